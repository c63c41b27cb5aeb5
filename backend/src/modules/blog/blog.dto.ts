import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { VISIBILITIES, type Visibility } from '../forum/forum.entities';
import { NEWS_TAGS, type NewsTag } from '../news/tags';
import { BLOG_LANGUAGES, BLOG_STATUSES, type BlogLanguage, type BlogStatus } from './blog.entities';

const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ListBlogPostsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id de la cuenta autora' }) @Optional() @IsUUID() author?: string;
  @ApiPropertyOptional({ enum: NEWS_TAGS }) @Optional() @IsIn(NEWS_TAGS) tag?: NewsTag;
  @ApiPropertyOptional({ enum: BLOG_LANGUAGES }) @Optional() @IsIn(BLOG_LANGUAGES) lang?: BlogLanguage;
  @ApiPropertyOptional({ default: 1 }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(500) page?: number;
}

export class BlogAuthor {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class BlogPostSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'El comienzo del texto, sin formato' }) excerpt: string;
  @ApiProperty({ type: BlogAuthor }) author: BlogAuthor;
  @ApiProperty({ enum: NEWS_TAGS, isArray: true }) tags: NewsTag[];
  @ApiProperty({ enum: BLOG_LANGUAGES }) language: BlogLanguage;
  @ApiProperty({ enum: BLOG_STATUSES }) status: BlogStatus;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty() commentsOpen: boolean;
  @ApiProperty({ description: 'Comentarios visibles' }) commentCount: number;
  @ApiProperty() updatedAt: string;
}

export class BlogPostPage {
  @ApiProperty({ type: [BlogPostSummary] }) items: BlogPostSummary[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() hasMore: boolean;
  @ApiProperty({ type: BlogAuthor, nullable: true, description: 'Con ?author=: su nombre (también si aún no ha publicado)' }) author: BlogAuthor | null;
}

export class MineBlogPost extends BlogPostSummary {
  @ApiProperty({ enum: VISIBILITIES, description: 'hidden/deleted: lo decidió moderación' }) visibility: Visibility;
  @ApiProperty({ nullable: true, type: String }) moderationNote: string | null;
}

export class BlogCommentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: BlogAuthor }) author: BlogAuthor;
  @ApiProperty({ description: 'HTML saneado' }) bodyHtml: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ enum: VISIBILITIES, description: 'Solo quien escribió la entrada, quien comentó y moderación ven los no visibles' }) visibility: Visibility;
  @ApiProperty({ description: 'Quien mira puede borrarlo (quien comentó o quien escribió la entrada)' }) canDelete: boolean;
  @ApiProperty() mine: boolean;
}

export class BlogViewerRights {
  @ApiProperty() mine: boolean;
  @ApiProperty() canComment: boolean;
  @ApiProperty() canReport: boolean;
  @ApiProperty() canEdit: boolean;
}

export class BlogPostDetail extends BlogPostSummary {
  @ApiProperty({ nullable: true, type: String, description: 'Markdown tal como se escribió, solo para quien la escribió (para editarla)' }) body: string | null;
  @ApiProperty({ description: 'HTML saneado' }) bodyHtml: string;
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
  @ApiProperty({ nullable: true, type: String, description: 'Solo para quien la escribió y moderación' }) moderationNote: string | null;
  @ApiProperty({ type: [BlogCommentResponse] }) comments: BlogCommentResponse[];
  @ApiProperty({ type: BlogViewerRights }) viewer: BlogViewerRights;
}

export class CreateBlogPostRequest {
  @ApiProperty({ minLength: 5, maxLength: 200 }) @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(200) title: string;
  @ApiProperty({ description: 'Markdown', minLength: 20, maxLength: 50000 }) @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(50000) body: string;
  @ApiPropertyOptional({ enum: NEWS_TAGS, isArray: true, maxItems: 5 }) @Optional() @IsArray() @ArrayMaxSize(5) @IsIn(NEWS_TAGS, { each: true }) tags?: NewsTag[];
  @ApiProperty({ enum: BLOG_LANGUAGES }) @IsIn(BLOG_LANGUAGES) language: BlogLanguage;
  @ApiPropertyOptional({ enum: BLOG_STATUSES, default: 'draft' }) @Optional() @IsIn(BLOG_STATUSES) status?: BlogStatus;
  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() commentsOpen?: boolean;
}

export class UpdateBlogPostRequest {
  @ApiPropertyOptional({ minLength: 5, maxLength: 200, description: 'El slug no cambia' }) @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ description: 'Markdown', minLength: 20, maxLength: 50000 }) @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(50000) body?: string;
  @ApiPropertyOptional({ enum: NEWS_TAGS, isArray: true, maxItems: 5 }) @Optional() @IsArray() @ArrayMaxSize(5) @IsIn(NEWS_TAGS, { each: true }) tags?: NewsTag[];
  @ApiPropertyOptional({ enum: BLOG_LANGUAGES }) @Optional() @IsIn(BLOG_LANGUAGES) language?: BlogLanguage;
  @ApiPropertyOptional({ enum: BLOG_STATUSES, description: 'published la publica; draft la retira' }) @Optional() @IsIn(BLOG_STATUSES) status?: BlogStatus;
  @ApiPropertyOptional({ description: 'false cierra los comentarios' }) @Optional() @IsBoolean() commentsOpen?: boolean;
}

export class CreateBlogCommentRequest {
  @ApiProperty({ description: 'Markdown', minLength: 2, maxLength: 5000 }) @Transform(cleanProseTransform) @IsString() @MinLength(2) @MaxLength(5000) body: string;
}

export class BlogWriteResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: VISIBILITIES, description: 'pending: una palabra vigilada la retiene hasta que moderación la revise' }) visibility: Visibility;
}

export class BlogCommentResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VISIBILITIES, description: 'pending: retenido hasta que moderación lo revise' }) visibility: Visibility;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { EDITORIAL_STATUSES, NEWS_LANGUAGES, NEWS_REGIONS, RELIABILITY_TIERS, type EditorialStatus, type NewsLanguage, type NewsRegion, type ReliabilityTier } from './news.entities';
import { NEWS_TAGS, type NewsTag } from './tags';

/** http(s) with a host; no spaces, quotes, angle brackets or other characters a URL must escape. */
const HTTP_URL = /^https?:\/\/[^\s/$.?#"'<>\\^`{|}][^\s"'<>\\^`{|}]*$/i;
/** A citation: an http(s) address, or a path on Puente (one slash: "//host" would leave the site). */
const CITATION_URL = /^(https?:\/\/[^\s/$.?#"'<>\\^`{|}][^\s"'<>\\^`{|}]*|\/(?![/\\])[^\s"'<>\\^`{|}]*)$/i;
const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value);

// ---- Sources (editors) ----

export class CreateSourceRequest {
  @ApiProperty({ example: 'elDiario.es — Desalambre' }) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(120) name: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'https://www.eldiario.es/rss/desalambre/', description: 'RSS, Atom o JSON Feed; sin él la fuente queda inactiva' })
  @Optional() @Transform(emptyToNull) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(1000) @Matches(HTTP_URL)
  feedUrl?: string | null;
  @ApiProperty({ example: 'https://www.eldiario.es' }) @Transform(trimmed) @IsString() @MaxLength(1000) @Matches(HTTP_URL) siteUrl: string;
  @ApiProperty({ enum: NEWS_REGIONS }) @IsIn(NEWS_REGIONS) region: NewsRegion;
  @ApiProperty({ enum: NEWS_LANGUAGES }) @IsIn(NEWS_LANGUAGES) language: NewsLanguage;
  @ApiProperty({ enum: RELIABILITY_TIERS }) @IsIn(RELIABILITY_TIERS) tier: ReliabilityTier;
  @ApiPropertyOptional({ default: false }) @Optional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ default: true, description: 'Fuente generalista: solo se guardan las noticias sobre migración' }) @Optional() @IsBoolean() keywordFilter?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @Optional() @Transform(cleanProseTransform) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(2000) notes?: string | null;
}

export class UpdateSourceRequest {
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(120) name?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cambiarlo borra el estado de lectura (fallos, validadores)' })
  @Optional() @Transform(emptyToNull) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(1000) @Matches(HTTP_URL)
  feedUrl?: string | null;
  @ApiPropertyOptional() @Optional() @Transform(trimmed) @IsString() @MaxLength(1000) @Matches(HTTP_URL) siteUrl?: string;
  @ApiPropertyOptional({ enum: NEWS_REGIONS }) @Optional() @IsIn(NEWS_REGIONS) region?: NewsRegion;
  @ApiPropertyOptional({ enum: NEWS_LANGUAGES }) @Optional() @IsIn(NEWS_LANGUAGES) language?: NewsLanguage;
  @ApiPropertyOptional({ enum: RELIABILITY_TIERS }) @Optional() @IsIn(RELIABILITY_TIERS) tier?: ReliabilityTier;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() keywordFilter?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @Optional() @Transform(cleanProseTransform) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(2000) notes?: string | null;
  @ApiPropertyOptional({ description: 'true: se vuelve a intentar en la próxima lectura, sin esperar la pausa tras los fallos' }) @Optional() @IsBoolean() retryNow?: boolean;
}

export class SourceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) feedUrl: string | null;
  @ApiProperty() siteUrl: string;
  @ApiProperty({ enum: NEWS_REGIONS }) region: NewsRegion;
  @ApiProperty({ enum: NEWS_LANGUAGES }) language: NewsLanguage;
  @ApiProperty({ enum: RELIABILITY_TIERS }) tier: ReliabilityTier;
  @ApiProperty() active: boolean;
  @ApiProperty() keywordFilter: boolean;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) lastFetchedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastSuccessAt: string | null;
  @ApiProperty({ nullable: true, type: String }) etag: string | null;
  @ApiProperty({ nullable: true, type: String }) lastModified: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'La fuente respondió con redirecciones permanentes a esta dirección: conviene actualizar la del feed' }) movedTo: string | null;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty({ nullable: true, type: String, description: 'Mientras esté en el futuro, las lecturas no tocan la fuente' }) nextAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ description: 'Falla desde hace varias lecturas: hay que revisarla' }) flagged: boolean;
  @ApiProperty({ description: 'Noticias guardadas de esta fuente' }) itemCount: number;
}

/** What everyone may see of a source: who it is and how far to trust it. */
export class PublicSourceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() siteUrl: string;
  @ApiProperty({ enum: NEWS_REGIONS }) region: NewsRegion;
  @ApiProperty({ enum: NEWS_LANGUAGES }) language: NewsLanguage;
  @ApiProperty({ enum: RELIABILITY_TIERS }) tier: ReliabilityTier;
  @ApiProperty({ description: 'Se lee ahora mismo' }) active: boolean;
  @ApiProperty() itemCount: number;
}

export class IngestFailure {
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty() source: string;
  @ApiProperty() error: string;
}

export class IngestReportResponse {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: 'schedule' | 'manual';
  @ApiProperty() startedAt: string;
  @ApiProperty() finishedAt: string;
  @ApiProperty({ description: 'Fuentes leídas' }) sources: number;
  @ApiProperty({ description: 'Fuentes en pausa tras fallos' }) skipped: number;
  @ApiProperty() fetched: number;
  @ApiProperty() notModified: number;
  @ApiProperty() newItems: number;
  @ApiProperty() duplicates: number;
  @ApiProperty({ description: 'Noticias de fuentes generalistas que no tratan de migración' }) filtered: number;
  @ApiProperty({ type: [IngestFailure] }) failed: IngestFailure[];
}

export class IngestRunSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: 'schedule' | 'manual';
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ nullable: true, type: IngestReportResponse }) report: IngestReportResponse | null;
}

// ---- Public news ----

export class ListNewsQuery {
  @ApiPropertyOptional({ enum: NEWS_REGIONS }) @Optional() @IsIn(NEWS_REGIONS) region?: NewsRegion;
  @ApiPropertyOptional({ enum: NEWS_TAGS }) @Optional() @IsIn(NEWS_TAGS) tag?: NewsTag;
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i) source?: string;
  @ApiPropertyOptional({ description: 'Búsqueda en español (sin importar tildes)' }) @Optional() @Transform(cleanLineTransform) @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ default: 1 }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(500) page?: number;
}

export class FeedQuery {
  @ApiPropertyOptional({ enum: NEWS_REGIONS }) @Optional() @IsIn(NEWS_REGIONS) region?: NewsRegion;
}

export class NewsSourceRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RELIABILITY_TIERS }) tier: ReliabilityTier;
  @ApiProperty() siteUrl: string;
}

export class AlsoReported {
  @ApiProperty() slug: string;
  @ApiProperty() source: string;
  @ApiProperty({ enum: RELIABILITY_TIERS }) tier: ReliabilityTier;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
}

export class Verification {
  @ApiProperty({ nullable: true, type: String, description: 'Nombre de quien verificó (null si la cuenta ya no existe)' }) name: string | null;
  @ApiProperty() at: string;
}

export class NewsSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ['feed', 'editorial'] }) kind: 'feed' | 'editorial';
  @ApiProperty() title: string;
  @ApiProperty({ description: 'HTML saneado (p, a, strong, em, listas)' }) summaryHtml: string;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
  @ApiProperty() publishedAt: string;
  @ApiProperty({ enum: NEWS_REGIONS }) region: NewsRegion;
  @ApiProperty({ enum: NEWS_LANGUAGES }) language: NewsLanguage;
  @ApiProperty({ enum: NEWS_TAGS, isArray: true }) tags: NewsTag[];
  @ApiProperty({ nullable: true, type: NewsSourceRef, description: 'null en las noticias de la redacción de Puente' }) source: NewsSourceRef | null;
  @ApiProperty({ nullable: true, type: Verification }) verified: Verification | null;
  @ApiProperty({ type: [AlsoReported], description: 'Otras fuentes que publicaron la misma historia' }) alsoReportedBy: AlsoReported[];
}

export class NewsPage {
  @ApiProperty({ type: [NewsSummary] }) items: NewsSummary[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() hasMore: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Fin de la última lectura de las fuentes' }) lastUpdatedAt: string | null;
}

export class CitationInput {
  @ApiProperty({ example: 'BOE, Real Decreto 1155/2024' }) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(500) text: string;
  @ApiProperty({ nullable: true, type: String, description: 'https://… o una ruta de Puente que empiece por /' })
  @Transform(emptyToNull) @ValidateIf((_o, v) => v !== null && v !== undefined) @IsString() @MaxLength(1000) @Matches(CITATION_URL)
  url: string | null;
}

export class Correction {
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;
}

export class NewsDetail extends NewsSummary {
  @ApiProperty({ nullable: true, type: String, description: 'Redacción: el texto completo (HTML saneado)' }) bodyHtml: string | null;
  @ApiProperty({ type: [CitationInput] }) citations: CitationInput[];
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty({ type: [Correction], description: 'Correcciones, la más antigua primero' }) corrections: Correction[];
  @ApiProperty({ nullable: true, type: String, description: 'La noticia que encabeza esta historia, si no es esta' }) clusterSlug: string | null;
}

// ---- Editorial (editors) ----

export class EditorialContent {
  @ApiProperty() @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(200) title: string;
  @ApiProperty({ description: 'Entradilla en texto plano' }) @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(600) summary: string;
  @ApiProperty({ description: 'Markdown' }) @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(30000) body: string;
  @ApiProperty({ enum: NEWS_REGIONS }) @IsIn(NEWS_REGIONS) region: NewsRegion;
  @ApiPropertyOptional({ enum: NEWS_LANGUAGES, default: 'es' }) @Optional() @IsIn(NEWS_LANGUAGES) language?: NewsLanguage;
  @ApiPropertyOptional({ enum: NEWS_TAGS, isArray: true }) @Optional() @IsArray() @ArrayMaxSize(NEWS_TAGS.length) @IsIn(NEWS_TAGS, { each: true }) tags?: NewsTag[];
  @ApiProperty({ type: [CitationInput], description: 'Las fuentes del texto: al menos una' })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CitationInput)
  citations: CitationInput[];
}

export class UpdateEditorialRequest {
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(200) title?: string;
  @ApiPropertyOptional() @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(600) summary?: string;
  @ApiPropertyOptional() @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(30000) body?: string;
  @ApiPropertyOptional({ enum: NEWS_REGIONS }) @Optional() @IsIn(NEWS_REGIONS) region?: NewsRegion;
  @ApiPropertyOptional({ enum: NEWS_LANGUAGES }) @Optional() @IsIn(NEWS_LANGUAGES) language?: NewsLanguage;
  @ApiPropertyOptional({ enum: NEWS_TAGS, isArray: true }) @Optional() @IsArray() @ArrayMaxSize(NEWS_TAGS.length) @IsIn(NEWS_TAGS, { each: true }) tags?: NewsTag[];
  @ApiPropertyOptional({ type: [CitationInput] }) @Optional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CitationInput) citations?: CitationInput[];
}

export class ReturnRequest {
  @ApiProperty({ description: 'Qué hay que cambiar' }) @Transform(cleanProseTransform) @IsString() @MinLength(5) @MaxLength(2000) note: string;
}

export class CorrectionRequest {
  @ApiProperty({ description: 'Qué se corrige y por qué (texto plano)' }) @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(2000) body: string;
}

export class EditorialListQuery {
  @ApiPropertyOptional({ enum: EDITORIAL_STATUSES }) @Optional() @IsIn(EDITORIAL_STATUSES) status?: EditorialStatus;
}

export class EditorialResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: EDITORIAL_STATUSES }) status: EditorialStatus;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, description: 'El texto tal como lo leerán (HTML saneado); solo al pedir una noticia, no en la lista' }) bodyHtml: string | null;
  @ApiProperty({ enum: NEWS_REGIONS }) region: NewsRegion;
  @ApiProperty({ enum: NEWS_LANGUAGES }) language: NewsLanguage;
  @ApiProperty({ enum: NEWS_TAGS, isArray: true }) tags: NewsTag[];
  @ApiProperty({ type: [CitationInput] }) citations: CitationInput[];
  @ApiProperty({ nullable: true, type: String }) authorId: string | null;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty({ nullable: true, type: String }) lastEditedById: string | null;
  @ApiProperty({ nullable: true, type: String }) lastEditedByName: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewNote: string | null;
  @ApiProperty({ nullable: true, type: Verification }) verified: Verification | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ type: [Correction] }) corrections: Correction[];
  @ApiProperty({ description: 'Quien pregunta puede verificarla ahora' }) canVerify: boolean;
  @ApiProperty() updatedAt: string;
}

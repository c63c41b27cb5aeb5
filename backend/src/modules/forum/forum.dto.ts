import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { NEWS_TAGS, type NewsTag } from '../news/tags';
import {
  FORUM_COUNTRIES,
  POST_KINDS,
  QUESTION_STATUSES,
  REPORT_REASONS,
  VISIBILITIES,
  WATCH_ACTIONS,
  type ForumCountry,
  type PostKind,
  type QuestionStatus,
  type ReportReason,
  type Visibility,
  type WatchAction,
} from './forum.entities';
import type { PiiKind } from './scrubber';
import { LegalTopicSummary } from '../legal/legal.dto';

const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class LocalisedText {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
}

export class CategoryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: LocalisedText }) name: LocalisedText;
  @ApiProperty({ type: LocalisedText }) description: LocalisedText;
  @ApiProperty({ description: 'Las preguntas de esta categoría son anónimas salvo que quien pregunta elija lo contrario' }) anonymousByDefault: boolean;
  @ApiProperty() questionCount: number;
  @ApiProperty({ description: 'Preguntas visibles que aún no tienen respuesta de una persona asesora' }) awaitingCounsellor: number;
}

export class ListQuestionsQuery {
  @ApiPropertyOptional({ description: 'Slug de la categoría' }) @Optional() @IsString() @Matches(/^[a-z0-9-]{1,80}$/) category?: string;
  @ApiPropertyOptional({ enum: QUESTION_STATUSES }) @Optional() @IsIn(QUESTION_STATUSES) status?: QuestionStatus;
  @ApiPropertyOptional({ enum: NEWS_TAGS }) @Optional() @IsIn(NEWS_TAGS) tag?: NewsTag;
  @ApiPropertyOptional({ enum: FORUM_COUNTRIES }) @Optional() @IsIn(FORUM_COUNTRIES) country?: ForumCountry;
  @ApiPropertyOptional({ description: 'Búsqueda en español (sin importar tildes)' }) @Optional() @Transform(cleanLineTransform) @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ default: 1 }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(500) page?: number;
}

export class CategoryRef {
  @ApiProperty() slug: string;
  @ApiProperty({ type: LocalisedText }) name: LocalisedText;
}

/** Who asked: a pseudonym for anonymous questions (never the account), else the display name. */
export class AskerRef {
  @ApiProperty() anonymous: boolean;
  @ApiProperty({ example: 'Persona 4F2K' }) name: string;
}

export class QuestionSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'El principio del texto, sin formato' }) excerpt: string;
  @ApiProperty({ type: CategoryRef }) category: CategoryRef;
  @ApiProperty({ enum: FORUM_COUNTRIES }) country: ForumCountry;
  @ApiProperty({ enum: NEWS_TAGS, isArray: true }) tags: NewsTag[];
  @ApiProperty({ enum: QUESTION_STATUSES }) status: QuestionStatus;
  @ApiProperty({ type: AskerRef }) asker: AskerRef;
  @ApiProperty() answerCount: number;
  @ApiProperty({ description: 'Ya la ha respondido una persona asesora' }) counsellorAnswered: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() lastActivityAt: string;
}

export class MineQuestion extends QuestionSummary {
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
}

export class QuestionPage {
  @ApiProperty({ type: [QuestionSummary] }) items: QuestionSummary[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() hasMore: boolean;
}

export class CounsellorBadge {
  @ApiProperty({ example: 'Abogada del Ilustre Colegio de la Abogacía de Madrid' }) credential: string;
}

export class AnswerAuthor {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Es quien hizo la pregunta (con su seudónimo si la pregunta es anónima)' }) isAsker: boolean;
  @ApiProperty({ type: CounsellorBadge, nullable: true }) counsellor: CounsellorBadge | null;
}

export class AnswerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'HTML saneado' }) bodyHtml: string;
  @ApiProperty({ type: AnswerAuthor }) author: AnswerAuthor;
  @ApiProperty() accepted: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'Es tuya' }) mine: boolean;
  @ApiProperty({ enum: VISIBILITIES, description: 'Solo quien la escribió y moderación ven las que no son «visible»' }) visibility: Visibility;
}

export class ViewerRights {
  @ApiProperty({ description: 'Eres quien preguntó (solo tú lo ves)' }) mine: boolean;
  @ApiProperty() canAnswer: boolean;
  @ApiProperty({ description: 'Puedes marcar la respuesta aceptada' }) canAccept: boolean;
  @ApiProperty() canReport: boolean;
}

export class QuestionDetail extends QuestionSummary {
  @ApiProperty({ description: 'HTML saneado' }) bodyHtml: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) acceptedAnswerId: string | null;
  @ApiProperty({ enum: VISIBILITIES, description: 'Solo quien la escribió y moderación ven una pregunta que no está «visible»' }) visibility: Visibility;
  @ApiProperty({ nullable: true, type: String, description: 'Por qué no se muestra; solo para quien la escribió y moderación' }) moderationNote: string | null;
  @ApiProperty({ type: [AnswerResponse], description: 'La aceptada primero, luego las de personas asesoras y después las demás' }) answers: AnswerResponse[];
  @ApiProperty({ type: ViewerRights }) viewer: ViewerRights;
  @ApiProperty({ type: [LegalTopicSummary], description: 'Temas de la comparativa legal enlazados en el hilo (/leyes/<tema>) o con las mismas etiquetas; hasta 3' })
  relatedLegalTopics: LegalTopicSummary[];
}

export class AskQuestionRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @Transform(cleanLineTransform) @IsString() @MinLength(10) @MaxLength(200) title: string;
  @ApiProperty({ description: 'Markdown', minLength: 20, maxLength: 10000 }) @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(10000) body: string;
  @ApiPropertyOptional({ description: 'Sin indicarlo, lo que diga la categoría' }) @Optional() @IsBoolean() anonymous?: boolean;
  @ApiProperty({ enum: FORUM_COUNTRIES, description: 'País al que se refiere la consulta' }) @IsIn(FORUM_COUNTRIES) country: ForumCountry;
  @ApiPropertyOptional({ enum: NEWS_TAGS, isArray: true }) @Optional() @IsArray() @ArrayMaxSize(5) @IsIn(NEWS_TAGS, { each: true }) tags?: NewsTag[];
  @ApiPropertyOptional({ description: 'true: publicar tal como quedó tras ocultar los datos personales' }) @Optional() @IsBoolean() confirm?: boolean;
}

export class AnswerRequest {
  @ApiProperty({ description: 'Markdown', minLength: 2, maxLength: 10000 }) @Transform(cleanProseTransform) @IsString() @MinLength(2) @MaxLength(10000) body: string;
  @ApiPropertyOptional({ description: 'true: publicar tal como quedó tras ocultar los datos personales' }) @Optional() @IsBoolean() confirm?: boolean;
}

export class MaskedData {
  @ApiProperty({ enum: ['title', 'body'] }) field: 'title' | 'body';
  @ApiProperty({ enum: ['dni', 'nie', 'nif', 'cedula', 'passport', 'phone', 'email', 'iban', 'address'] }) kind: PiiKind;
  @ApiProperty({ description: 'Lo que escribiste (solo se te muestra a ti, no se guarda)' }) original: string;
  @ApiProperty({ description: 'Lo que se publicará en su lugar' }) replacement: string;
  @ApiProperty({ description: 'Por qué se oculta, en tu idioma' }) reason: string;
}

export class ScrubPreview {
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ description: 'El texto tal como se publicaría (HTML saneado)' }) bodyHtml: string;
  @ApiProperty({ type: [MaskedData] }) masked: MaskedData[];
}

/**
 * What happened to a post. `preview`: personal data was found and masked, nothing was stored; send it again
 * with `confirm: true` to publish the masked text. `published`: it is public. `held`: stored, but a moderator
 * must review it before it is shown.
 */
export class PostResult {
  @ApiProperty({ enum: ['preview', 'published', 'held'] }) outcome: 'preview' | 'published' | 'held';
  @ApiProperty({ type: ScrubPreview, nullable: true }) preview: ScrubPreview | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'La pregunta' }) questionId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'La respuesta, si se publicó una' }) answerId: string | null;
}

// ---- reports and moderation ----

export class ReportRequest {
  @ApiProperty({ enum: REPORT_REASONS }) @IsIn(REPORT_REASONS) reason: ReportReason;
  @ApiPropertyOptional({ maxLength: 1000 }) @Optional() @Transform(cleanProseTransform) @IsString() @MaxLength(1000) note?: string;
}

export class ReportResult {
  @ApiProperty({ description: 'La publicación quedó oculta hasta que moderación la revise (tres denuncias abiertas)' }) hidden: boolean;
}

export class ReasonRequest {
  @ApiProperty({ minLength: 5, maxLength: 1000 }) @Transform(cleanProseTransform) @IsString() @MinLength(5) @MaxLength(1000) reason: string;
}

export class OptionalReasonRequest {
  @ApiPropertyOptional({ maxLength: 1000 }) @Optional() @Transform(cleanProseTransform) @IsString() @MaxLength(1000) reason?: string;
}

export class UnmaskRequest {
  @ApiProperty({ minLength: 10, maxLength: 1000, description: 'Por qué hace falta saber quién es: queda en el registro' }) @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(1000) reason: string;
}

export class SuspendRequest {
  @ApiProperty({ minimum: 1, maximum: 365 }) @IsInt() @Min(1) @Max(365) days: number;
  @ApiProperty({ minLength: 5, maxLength: 1000 }) @Transform(cleanProseTransform) @IsString() @MinLength(5) @MaxLength(1000) reason: string;
}

export class SuspendResult {
  @ApiProperty() until: string;
}

export class UnmaskResponse {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class ReportView {
  @ApiProperty({ enum: REPORT_REASONS }) reason: ReportReason;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: string;
}

export class ModerationPost {
  @ApiProperty({ enum: POST_KINDS }) kind: PostKind;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'La pregunta del hilo; en un blog, la entrada' }) questionId: string;
  @ApiProperty({ description: 'Título de la pregunta o de la entrada del blog' }) questionTitle: string;
  @ApiPropertyOptional({ description: 'Solo en blogs: la dirección de la entrada (/blog/<slug>)' }) blogSlug?: string;
  @ApiProperty({ description: 'Como lo ve el público: el seudónimo si es anónima' }) authorName: string;
  @ApiProperty() anonymous: boolean;
  @ApiProperty() excerpt: string;
  @ApiProperty() bodyHtml: string;
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
  @ApiProperty({ nullable: true, type: String }) moderationNote: string | null;
  @ApiProperty({ enum: QUESTION_STATUSES }) questionStatus: QuestionStatus;
  @ApiProperty() openReports: number;
  @ApiProperty({ type: [ReportView] }) reports: ReportView[];
  @ApiProperty() createdAt: string;
}

export class ModerationAction {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'hide', description: 'auto_hide, hide, restore, delete, lock, unlock, suspend, unmask, watch_word, unwatch_word' }) action: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null: lo hizo el sistema (tres denuncias)' }) actorName: string | null;
  @ApiProperty({ enum: POST_KINDS, nullable: true }) postKind: PostKind | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) postId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() createdAt: string;
}

export class WatchedWordRequest {
  @ApiProperty({ minLength: 2, maxLength: 60 }) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(60) word: string;
  @ApiProperty({ enum: WATCH_ACTIONS, description: 'block: no se publica · review: espera a moderación' }) @IsIn(WATCH_ACTIONS) action: WatchAction;
}

export class WatchedWordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() word: string;
  @ApiProperty({ enum: WATCH_ACTIONS }) action: WatchAction;
  @ApiProperty() createdAt: string;
}

export class ModerationQueue {
  @ApiProperty({ type: [ModerationPost], description: 'Retenidas por una palabra vigilada' }) pending: ModerationPost[];
  @ApiProperty({ type: [ModerationPost], description: 'Con denuncias abiertas (también las ocultas por tres denuncias), las más denunciadas primero' }) reported: ModerationPost[];
  @ApiProperty({ type: [ModerationPost], description: 'Las últimas 50 que ocultó moderación, para poder volver a mostrarlas' }) hidden: ModerationPost[];
  @ApiProperty({ type: [ModerationAction], description: 'Las últimas 100 acciones' }) log: ModerationAction[];
  @ApiProperty({ type: [WatchedWordResponse] }) watchedWords: WatchedWordResponse[];
}

// ---- counsellors ----

export class ClaimView {
  @ApiProperty() name: string;
  @ApiProperty() mine: boolean;
  @ApiProperty() at: string;
}

export class QueueItem extends QuestionSummary {
  @ApiProperty({ description: 'Horas desde que se preguntó' }) waitingHours: number;
  @ApiProperty({ description: 'Más de 48 horas sin respuesta de una persona asesora' }) overdue: boolean;
  @ApiProperty({ type: ClaimView, nullable: true }) claim: ClaimView | null;
}

export class CategoryMetrics {
  @ApiProperty() slug: string;
  @ApiProperty({ type: LocalisedText }) name: LocalisedText;
  @ApiProperty({ description: 'Preguntas de los últimos 90 días' }) questions: number;
  @ApiProperty({ description: 'De ellas, con respuesta de una persona asesora' }) answered: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mediana de horas hasta la primera respuesta de una persona asesora' }) medianHours: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Percentil 90 de esas horas' }) p90Hours: number | null;
  @ApiProperty({ description: 'Respondidas en 48 horas o menos' }) within48h: number;
  @ApiProperty({ description: 'Esperando ahora' }) waiting: number;
  @ApiProperty({ description: 'Esperando ahora desde hace más de 48 horas' }) overdue: number;
}

export class ForumMetrics {
  @ApiProperty() windowDays: number;
  @ApiProperty() targetHours: number;
  @ApiProperty({ type: [CategoryMetrics] }) categories: CategoryMetrics[];
  @ApiProperty({ type: CategoryMetrics, description: 'Todas las categorías juntas' }) total: CategoryMetrics;
}

export class CredentialRequest {
  @ApiProperty({ nullable: true, type: String, maxLength: 200, example: 'Abogada, Ilustre Colegio de la Abogacía de Madrid n.º 12345' })
  @Transform(cleanLineTransform)
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MinLength(5)
  @MaxLength(200)
  credential: string | null;
}

export class CounsellorResponse {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) credential: string | null;
  @ApiProperty({ description: 'Tiene credencial: sus respuestas llevan la insignia' }) verified: boolean;
  @ApiProperty() answers: number;
}

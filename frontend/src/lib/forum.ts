import type { components } from '$lib/api/schema';
import { madridDay } from '$lib/campaigns';
import { formatDayShort } from '$lib/format';
import type { Locale } from '$lib/i18n';
import { NEWS_TAGS, type NewsTag } from '$lib/news';

export type ForumCategory = components['schemas']['CategoryResponse'];
export type QuestionSummary = components['schemas']['QuestionSummary'];
export type MineQuestion = components['schemas']['MineQuestion'];
export type QuestionDetail = components['schemas']['QuestionDetail'];
export type ForumAnswer = components['schemas']['AnswerResponse'];
export type ScrubPreview = components['schemas']['ScrubPreview'];
export type ForumCountry = QuestionSummary['country'];
export type QuestionStatus = QuestionSummary['status'];
export type Visibility = MineQuestion['visibility'];
export type ReportReason = components['schemas']['ReportRequest']['reason'];

/** Where a question is about, in the API's order (forum.entities.ts). */
export const FORUM_COUNTRIES = Object.keys({ ES: 1, EC: 1, other: 1 } satisfies Record<ForumCountry, 1>) as ForumCountry[];
export const QUESTION_STATUSES = Object.keys({ open: 1, answered: 1, resolved: 1, locked: 1 } satisfies Record<QuestionStatus, 1>) as QuestionStatus[];
export const REPORT_REASONS = Object.keys({
	personal_data: 1,
	spam: 1,
	abuse: 1,
	misleading: 1,
	off_topic: 1,
	other: 1
} satisfies Record<ReportReason, 1>) as ReportReason[];
/** Topics are the news topics; a question has at most this many (forum.dto.ts). */
export const FORUM_TAGS: readonly NewsTag[] = NEWS_TAGS;
export const MAX_TAGS = 5;

export const isCountry = (v: unknown): v is ForumCountry => typeof v === 'string' && (FORUM_COUNTRIES as string[]).includes(v);
export const isStatus = (v: unknown): v is QuestionStatus => typeof v === 'string' && (QUESTION_STATUSES as string[]).includes(v);
export const isReportReason = (v: unknown): v is ReportReason => typeof v === 'string' && (REPORT_REASONS as string[]).includes(v);
/** What the API takes as a category slug (forum.dto.ts, ListQuestionsQuery). */
export const isCategorySlug = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v);

/** The list's filters as they travel in its address (`/foro?q=&categoria=&estado=&pais=&tema=&pagina=`). */
export interface ForumFilters {
	q?: string;
	category?: string;
	status?: QuestionStatus;
	country?: ForumCountry;
	tag?: NewsTag;
	page?: number;
}

/** The list's address for these filters; empty ones (and page 1) are left out. */
export function forumHref(f: ForumFilters): string {
	const params = new URLSearchParams();
	if (f.q) params.set('q', f.q);
	if (f.category) params.set('categoria', f.category);
	if (f.status) params.set('estado', f.status);
	if (f.country) params.set('pais', f.country);
	if (f.tag) params.set('tema', f.tag);
	if (f.page && f.page > 1) params.set('pagina', String(f.page));
	const qs = params.toString();
	return qs ? `/foro?${qs}` : '/foro';
}

/** The day of an instant as people in Spain read it, short ("3 dic 2026"). */
export function forumDay(iso: string, locale: Locale): string {
	return formatDayShort(madridDay(iso), locale);
}

/** Roles that see the counsellors' and the moderators' desks (the API's own rules, forum controllers). */
export function forumDesks(roles: readonly string[] | undefined): { counsel: boolean; moderate: boolean } {
	const has = (r: string) => roles?.includes(r) ?? false;
	return { counsel: has('counsellor') || has('admin'), moderate: has('moderator') || has('admin') };
}

import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { pgArray } from '../../common/db/pg-array';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import type { Role } from '../users/role';
import { User, type Locale } from '../users/user.entity';
import type { NewsTag } from '../news/tags';
import type {
  AnswerRequest,
  AnswerResponse,
  AskQuestionRequest,
  CategoryResponse,
  ListQuestionsQuery,
  MaskedData,
  PostResult,
  QuestionDetail,
  QuestionPage,
  QuestionSummary,
} from './forum.dto';
import { ForumAnswer, ForumCategory, ForumMember, ForumQuestion, ForumWatchedWord, type ForumCountry, type QuestionStatus, type Visibility } from './forum.entities';
import { PII_LABELS, scrubPersonalData } from './scrubber';
import { LegalService } from '../legal/legal.service';

const PAGE_SIZE = 20;
/** A search ranks at most this many of the most recent matching questions. */
const SEARCH_CANDIDATES = 1000;
/** Accounts younger than this post at a limited rate (spam and abuse come mostly from fresh accounts). */
export const NEW_ACCOUNT_DAYS = 7;
export const NEW_ACCOUNT_LIMITS = { question: 3, answer: 10, report: 10 } as const;
/** Roles whose posts are never rate-limited or held: they are known people. */
const TRUSTED: Role[] = ['counsellor', 'moderator', 'admin'];
const PSEUDONYM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** An account younger than NEW_ACCOUNT_DAYS without a trusted role. */
export const isNewAccount = (u: User) => !u.roles.some((r) => TRUSTED.includes(r)) && Date.now() - u.createdAt.getTime() < NEW_ACCOUNT_DAYS * 86400_000;
export const isModerator = (u: User | null | undefined) => !!u && (u.roles.includes('moderator') || u.roles.includes('admin'));
export const isCounsellor = (u: User | null | undefined) => !!u && u.roles.includes('counsellor');

/** "Persona 4F2K": made for one question, so two questions by one person cannot be linked by it. */
export function makePseudonym(): string {
  let code = '';
  for (let i = 0; i < 4; i++) code += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return `Persona ${code}`;
}

/** Lower case without accents, for watched words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SummaryRow {
  id: string;
  title: string;
  body: string;
  category_slug: string;
  category_name_es: string;
  category_name_en: string;
  country: ForumCountry;
  tags: NewsTag[];
  status: QuestionStatus;
  asker_anonymous: boolean;
  asker_name: string;
  answer_count: number;
  counsellor_answered: boolean;
  created_at: Date;
  last_activity_at: Date;
}

/**
 * The asker's public name is computed in SQL for every row the same way (a join that always happens), so an
 * anonymous question costs what a named one costs and carries nothing but its pseudonym.
 */
export const SUMMARY_COLUMNS = `q.id, q.title, left(q.body, 400) as body, c.slug as category_slug, c.name_es as category_name_es, c.name_en as category_name_en,
  q.country, q.tags, q.status, q.anonymous as asker_anonymous,
  case when q.anonymous then q.pseudonym else coalesce(u.display_name, q.pseudonym) end as asker_name,
  q.answer_count, q.first_counsellor_answer_at is not null as counsellor_answered, q.created_at, q.last_activity_at`;
export const SUMMARY_FROM = `from forum_questions q join forum_categories c on c.id = q.category_id join users u on u.id = q.author_id`;

/** Plain text of the start of a Markdown body, for lists. */
export function excerpt(markdown: string, max = 220): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function summary(r: SummaryRow): QuestionSummary {
  return {
    id: r.id,
    title: r.title,
    excerpt: excerpt(r.body),
    category: { slug: r.category_slug, name: { es: r.category_name_es, en: r.category_name_en } },
    country: r.country,
    tags: r.tags,
    status: r.status,
    asker: { anonymous: r.asker_anonymous, name: r.asker_name },
    answerCount: r.answer_count,
    counsellorAnswered: r.counsellor_answered,
    createdAt: new Date(r.created_at).toISOString(),
    lastActivityAt: new Date(r.last_activity_at).toISOString(),
  };
}

const forumHtml = (markdown: string) => renderMarkdown(markdown, { nested: true, ugc: true });

/**
 * Recomputes what a question shows from its visible answers: the count and the status (answers by the asker
 * themself — follow-ups — do not count and do not bump it), the first counsellor answer, and whether the
 * accepted answer is still there. Call it with the question's row locked (in the same transaction), after
 * any change to its answers' visibility.
 */
export async function refreshQuestion(em: EntityManager, questionId: string): Promise<void> {
  await em.execute(
    `update forum_questions q set
        answer_count = s.n,
        first_counsellor_answer_at = s.first_counsellor,
        accepted_answer_id = case when s.accepted_visible then q.accepted_answer_id end,
        status = (case when q.status = 'locked' then 'locked'
                       when s.accepted_visible then 'resolved'
                       when s.n > 0 then 'answered' else 'open' end)::forum_question_status
       from (select count(a.id) filter (where a.author_id <> q2.author_id)::int as n,
                    min(a.created_at) filter (where a.by_counsellor and a.author_id <> q2.author_id) as first_counsellor,
                    coalesce(bool_or(a.id = q2.accepted_answer_id), false) as accepted_visible
               from forum_questions q2 left join forum_answers a on a.question_id = q2.id and a.visibility = 'visible'
              where q2.id = ? group by q2.id) s
      where q.id = ?`,
    [questionId, questionId],
  );
}

/** Takes a question's row lock for the rest of the transaction. */
export async function lockQuestion(em: EntityManager, questionId: string): Promise<void> {
  await em.execute(`select id from forum_questions where id = ? for update`, [questionId]);
}

/**
 * The legal-counselling forum: questions (anonymous when the asker wishes), answers with the counsellor
 * badge, accepted answers. Everything published is scrubbed of personal data first, and the author of a
 * question never leaves the server except to the author.
 */
@Injectable()
export class ForumService {
  private readonly logger = new Logger('forum');

  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly legal: LegalService,
  ) {}

  // ---- reading ----

  /** Counted at most every 30 seconds per instance: every forum page shows the categories. */
  private categoriesCache?: { at: number; value: Promise<CategoryResponse[]> };

  categories(): Promise<CategoryResponse[]> {
    const now = Date.now();
    if (!this.categoriesCache || now - this.categoriesCache.at > 30_000) {
      const value = this.countCategories();
      this.categoriesCache = { at: now, value };
      value.catch(() => (this.categoriesCache = undefined));
    }
    return this.categoriesCache.value;
  }

  /** Any change to what is shown or awaited drops the cached counts (other instances catch up within 30 s). */
  invalidateCategories(): void {
    this.categoriesCache = undefined;
  }

  private async countCategories(): Promise<CategoryResponse[]> {
    const rows = await this.em.getConnection().execute<
      { id: string; slug: string; name_es: string; name_en: string; description_es: string; description_en: string; anonymous_by_default: boolean; questions: number; awaiting: number }[]
    >(
      `select c.*, coalesce(s.questions, 0)::int as questions, coalesce(s.awaiting, 0)::int as awaiting
         from forum_categories c
         left join (select category_id, count(*) as questions, count(*) filter (where first_counsellor_answer_at is null and status <> 'locked') as awaiting
                      from forum_questions where visibility = 'visible' group by category_id) s on s.category_id = c.id
        order by c.position, c.slug`,
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: { es: r.name_es, en: r.name_en },
      description: { es: r.description_es, en: r.description_en },
      anonymousByDefault: r.anonymous_by_default,
      questionCount: r.questions,
      awaitingCounsellor: r.awaiting,
    }));
  }

  async list(q: ListQuestionsQuery): Promise<QuestionPage> {
    const page = q.page ?? 1;
    const where = [`q.visibility = 'visible'`];
    const params: unknown[] = [];
    if (q.category) {
      where.push('c.slug = ?');
      params.push(q.category);
    }
    if (q.status) {
      where.push('q.status = ?');
      params.push(q.status);
    }
    if (q.tag) {
      where.push('q.tags @> array[?]::text[]');
      params.push(q.tag);
    }
    if (q.country) {
      where.push('q.country = ?');
      params.push(q.country);
    }
    let sql = `select ${SUMMARY_COLUMNS} ${SUMMARY_FROM} where ${where.join(' and ')} order by q.last_activity_at desc, q.id limit ? offset ?`;
    if (q.q) {
      // Ranked among the most recent matches only: a common word ("residencia") must not make every public
      // search rank tens of thousands of rows.
      where.push(`q.search @@ websearch_to_tsquery('puente_es', ?)`);
      params.push(q.q);
      sql = `select ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
              where q.id in (select q.id from forum_questions q join forum_categories c on c.id = q.category_id where ${where.join(' and ')} order by q.last_activity_at desc limit ${SEARCH_CANDIDATES})
              order by ts_rank(q.search, websearch_to_tsquery('puente_es', ?)) desc, q.last_activity_at desc, q.id limit ? offset ?`;
      params.push(q.q);
    }
    const rows = await this.em.getConnection().execute<SummaryRow[]>(sql, [...params, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE]);
    return { items: rows.slice(0, PAGE_SIZE).map(summary), page, pageSize: PAGE_SIZE, hasMore: rows.length > PAGE_SIZE };
  }

  /** The viewer's own questions, whatever their state (only ever for the viewer). */
  async mine(user: User): Promise<(QuestionSummary & { visibility: Visibility })[]> {
    const rows = await this.em
      .getConnection()
      .execute<(SummaryRow & { visibility: Visibility })[]>(`select ${SUMMARY_COLUMNS}, q.visibility ${SUMMARY_FROM} where q.author_id = ? and q.visibility <> 'deleted' order by q.created_at desc limit 200`, [user.id]);
    return rows.map((r) => ({ ...summary(r), visibility: r.visibility }));
  }

  async detail(id: string, viewer: User | null): Promise<QuestionDetail> {
    const em = this.em.fork();
    const question = await em.findOne(ForumQuestion, id, { populate: ['category', 'author'] });
    const mine = !!viewer && question?.author.id === viewer.id;
    const moderator = isModerator(viewer);
    // Not shown publicly: the same 404 as a question that never existed, except for its author and moderators.
    if (!question || (question.visibility !== 'visible' && !mine && !(moderator && question.visibility !== 'deleted'))) throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
    const answers = await em.find(ForumAnswer, { question: question.id }, { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } });
    const shown = answers.filter((a) => a.visibility === 'visible' || (moderator && a.visibility !== 'deleted') || (viewer && a.author.id === viewer.id && a.visibility !== 'deleted'));
    const credentials = await this.credentials(em, shown.filter((a) => a.byCounsellor).map((a) => a.author.id));
    const askerName = question.anonymous ? question.pseudonym : question.author.displayName;
    const rank = (a: ForumAnswer) => (a.id === question.acceptedAnswerId ? 0 : a.byCounsellor ? 1 : 2);
    const ordered = [...shown].sort((a, b) => rank(a) - rank(b));
    const suspended = viewer ? await this.suspendedUntil(em, viewer.id) : null;
    const open = question.status !== 'locked' && question.visibility === 'visible';
    return {
      ...summary({
        id: question.id,
        title: question.title,
        body: question.body,
        category_slug: question.category.slug,
        category_name_es: question.category.nameEs,
        category_name_en: question.category.nameEn,
        country: question.country,
        tags: question.tags as NewsTag[],
        status: question.status,
        asker_anonymous: question.anonymous,
        asker_name: askerName,
        answer_count: question.answerCount,
        counsellor_answered: question.firstCounsellorAnswerAt !== null,
        created_at: question.createdAt,
        last_activity_at: question.lastActivityAt,
      }),
      bodyHtml: forumHtml(question.body),
      acceptedAnswerId: question.acceptedAnswerId,
      visibility: question.visibility,
      moderationNote: mine || moderator ? question.moderationNote : null,
      answers: ordered.map(
        (a): AnswerResponse => ({
          id: a.id,
          bodyHtml: forumHtml(a.body),
          author: {
            // The asker answering in their own anonymous thread keeps the question's pseudonym.
            name: a.author.id === question.author.id ? askerName : a.author.displayName,
            isAsker: a.author.id === question.author.id,
            counsellor: a.byCounsellor && credentials.has(a.author.id) ? { credential: credentials.get(a.author.id)! } : null,
          },
          accepted: a.id === question.acceptedAnswerId,
          createdAt: a.createdAt.toISOString(),
          mine: !!viewer && a.author.id === viewer.id,
          visibility: a.visibility,
        }),
      ),
      viewer: {
        mine,
        canAnswer: !!viewer && open && !suspended,
        canAccept: !!viewer && open && (mine || isCounsellor(viewer) || moderator) && shown.some((a) => a.visibility === 'visible'),
        canReport: !!viewer,
      },
      relatedLegalTopics: this.legal.related({ texts: [question.body, ...shown.filter((a) => a.visibility === 'visible').map((a) => a.body)], tags: question.tags }),
    };
  }

  // ---- writing ----

  async ask(user: User, dto: AskQuestionRequest, locale: Locale): Promise<PostResult> {
    const em = this.em.fork();
    const category = await em.findOne(ForumCategory, dto.categoryId);
    if (!category) throw new ValidationFailedException([{ field: 'categoryId', rule: 'forumCategory', args: [] }]);
    await this.checkMayPost(em, user, 'question');
    const title = scrubPersonalData(dto.title, locale);
    const body = scrubPersonalData(dto.body, locale);
    const masked = [...title.masked.map((m) => ({ field: 'title' as const, ...m })), ...body.masked.map((m) => ({ field: 'body' as const, ...m }))];
    if (masked.length > 0 && !dto.confirm) return this.preview(title.text, body.text, masked, locale);
    const held = await this.watchedWords(em, { title: title.text, body: body.text });
    const id = randomUUID();
    await em.transactional(async (tx) => {
      // Counted and written under a per-account lock, so parallel requests cannot pass the daily limit together.
      await this.checkRate(tx, user, 'question');
      tx.create(ForumQuestion, {
        id,
        category: tx.getReference(ForumCategory, category.id),
        author: tx.getReference(User, user.id),
        anonymous: dto.anonymous ?? category.anonymousByDefault,
        pseudonym: makePseudonym(),
        title: title.text,
        body: body.text,
        country: dto.country,
        tags: [...new Set(dto.tags ?? [])],
        visibility: held ? 'pending' : 'visible',
        moderationNote: held,
      });
    });
    this.invalidateCategories();
    return { outcome: held ? 'held' : 'published', preview: null, questionId: id, answerId: null };
  }

  async answer(user: User, questionId: string, dto: AnswerRequest, locale: Locale): Promise<PostResult> {
    const em = this.em.fork();
    const probe = await em.findOne(ForumQuestion, questionId);
    if (!probe || (probe.visibility !== 'visible' && probe.author.id !== user.id)) throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
    if (probe.status === 'locked') throw new AppException(HttpStatus.CONFLICT, 'forum.locked');
    await this.checkMayPost(em, user, 'answer');
    const body = scrubPersonalData(dto.body, locale);
    if (body.masked.length > 0 && !dto.confirm) return this.preview(null, body.text, body.masked.map((m) => ({ field: 'body' as const, ...m })), locale);
    const held = await this.watchedWords(em, { body: body.text });
    const credentialed = isCounsellor(user) && (await this.credentials(em, [user.id])).has(user.id);
    const answerId = randomUUID();
    const toNotify: { question: ForumQuestion; byCounsellor: boolean }[] = [];
    await em.transactional(async (tx) => {
      // Under the question's row lock: counts, status and the first counsellor answer stay consistent.
      const question = await tx.findOneOrFail(ForumQuestion, questionId, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['author'] });
      if (question.visibility !== 'visible' && question.author.id !== user.id) throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
      if (question.status === 'locked') throw new AppException(HttpStatus.CONFLICT, 'forum.locked');
      await this.checkRate(tx, user, 'answer');
      const own = question.author.id === user.id;
      // A counsellor answering their own (maybe anonymous) question is its asker here: no badge, which would
      // name them next to the pseudonym, and it does not count as a counsellor's answer.
      const byCounsellor = credentialed && !own;
      tx.create(ForumAnswer, { id: answerId, question, author: tx.getReference(User, user.id), body: body.text, byCounsellor, visibility: held ? 'pending' : 'visible', moderationNote: held });
      await tx.flush();
      await refreshQuestion(tx, question.id);
      if (!held && !own) {
        question.lastActivityAt = new Date();
        toNotify.push({ question, byCounsellor });
      }
    });
    this.invalidateCategories();
    for (const n of toNotify) await this.notifyAsker(n.question, answerId, n.byCounsellor);
    return { outcome: held ? 'held' : 'published', preview: null, questionId, answerId };
  }

  /** The asker, a counsellor or a moderator marks the accepted answer (marking another one moves it). */
  async accept(user: User, answerId: string): Promise<QuestionDetail> {
    const questionId = await this.em.fork().transactional(async (em) => {
      const probe = await em.findOne(ForumAnswer, answerId, { fields: ['question'] });
      if (!probe) throw new AppException(HttpStatus.NOT_FOUND, 'forum.answer_not_found');
      // The question's row lock first: a lock or a hide at the same moment cannot be overwritten.
      const question = await em.findOneOrFail(ForumQuestion, probe.question.id, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['author'] });
      const answer = await em.findOneOrFail(ForumAnswer, answerId, { populate: ['author'] });
      if (answer.visibility !== 'visible' || question.visibility !== 'visible') throw new AppException(HttpStatus.NOT_FOUND, 'forum.answer_not_found');
      const asker = question.author.id === user.id;
      // A counsellor may mark another person's answer, not their own (unless they asked the question).
      const counsellor = isCounsellor(user) && answer.author.id !== user.id;
      if (!asker && !counsellor && !isModerator(user)) throw new AppException(HttpStatus.FORBIDDEN, 'forum.cannot_accept');
      if (question.status === 'locked') throw new AppException(HttpStatus.CONFLICT, 'forum.locked');
      const until = await this.suspendedUntil(em, user.id);
      if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });
      question.acceptedAnswerId = answer.id;
      question.status = 'resolved';
      question.lastActivityAt = new Date();
      return question.id;
    });
    return this.detail(questionId, user);
  }

  // ---- rules ----

  private preview(title: string | null, body: string, masked: (Omit<MaskedData, 'reason'> & { start: number; end: number })[], locale: Locale): PostResult {
    return {
      outcome: 'preview',
      preview: {
        title,
        body,
        bodyHtml: forumHtml(body),
        masked: masked.map((m) => ({ field: m.field, kind: m.kind, original: m.original, replacement: m.replacement, reason: PII_LABELS[locale][m.kind] })),
      },
      questionId: null,
      answerId: null,
    };
  }

  /** Suspended accounts may not post; new accounts post at a limited rate (checked early, and again under lock). */
  private async checkMayPost(em: EntityManager, user: User, kind: 'question' | 'answer'): Promise<void> {
    const until = await this.suspendedUntil(em, user.id);
    if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });
    await this.checkRate(em, user, kind, false);
  }

  /** New accounts post at a limited rate (trusted roles excepted). In a transaction it takes a per-account lock first. */
  private async checkRate(em: EntityManager, user: User, kind: 'question' | 'answer' | 'report', lock = true): Promise<void> {
    if (!isNewAccount(user)) return;
    if (lock) await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`forum-rate:${user.id}`]);
    const table = kind === 'question' ? 'forum_questions' : kind === 'answer' ? 'forum_answers' : 'forum_reports';
    const who = kind === 'report' ? 'reporter_id' : 'author_id';
    const [r] = await em.execute<{ n: number; oldest: Date | null }[]>(`select count(*)::int as n, min(created_at) as oldest from ${table} where ${who} = ? and created_at > now() - interval '24 hours'`, [
      user.id,
    ]);
    if (r.n >= NEW_ACCOUNT_LIMITS[kind]) {
      const minutes = Math.max(1, Math.ceil((new Date(r.oldest!).getTime() + 86400_000 - Date.now()) / 60_000));
      const key = kind === 'question' ? 'forum.rate_limited_questions' : kind === 'answer' ? 'forum.rate_limited_answers' : 'forum.rate_limited_reports';
      throw new AppException(HttpStatus.TOO_MANY_REQUESTS, key, { limit: NEW_ACCOUNT_LIMITS[kind], minutes }, undefined, {
        'Retry-After': String(minutes * 60),
      });
    }
  }

  async suspendedUntil(em: EntityManager, userId: string): Promise<Date | null> {
    const member = await em.findOne(ForumMember, { user: userId }, { fields: ['suspendedUntil'] });
    return member?.suspendedUntil && member.suspendedUntil > new Date() ? member.suspendedUntil : null;
  }

  /**
   * Watched words: a "block" word refuses the post (the field named), a "review" word holds it for a
   * moderator. Returns the note to keep on a held post, or null. Blogs use the same list.
   */
  async watchedWords(em: EntityManager, fields: { title?: string; body: string }): Promise<string | null> {
    const words = await em.find(ForumWatchedWord, {}, { orderBy: { word: 'asc' } });
    if (words.length === 0) return null;
    let review: string | null = null;
    for (const [field, text] of Object.entries(fields) as [string, string | undefined][]) {
      if (!text) continue;
      const folded = fold(text);
      for (const w of words) {
        const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${w.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
        if (!pattern.test(folded)) continue;
        if (w.action === 'block') throw new ValidationFailedException([{ field, rule: 'watchedWord', args: [w.word] }]);
        review ??= `watched word: ${w.word}`;
      }
    }
    return review;
  }

  /** Credential lines of verified counsellors (role and a credential set by an admin). */
  async credentials(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await em.getConnection().execute<{ user_id: string; credential: string }[]>(
      `select m.user_id, m.credential from forum_members m join users u on u.id = m.user_id
        where m.user_id = any(?::uuid[]) and m.credential is not null and 'counsellor' = any(u.roles) and u.deleted_at is null`,
      [pgArray([...new Set(userIds)])],
    );
    return new Map(rows.map((r) => [r.user_id, r.credential]));
  }

  /** The asker hears about every new answer (in Puente, and by mail as they chose), anonymous or not; the address is never shown to anyone. */
  async notifyAsker(question: ForumQuestion, answerId: string, byCounsellor: boolean): Promise<void> {
    try {
      const path = `/foro/preguntas/${question.id}#respuesta-${answerId}`;
      // The preference for `forum_answer` decides whether this mail goes now, in the digest or not at all.
      await this.notifications.notify(question.author.id, 'forum_answer', { questionTitle: question.title, byCounsellor }, path, {
        mail: { name: 'forum_new_answer', params: { displayName: question.author.displayName, questionTitle: question.title, byCounsellor, link: `${this.config.publicUrl}${path}` } },
      });
    } catch (e) {
      this.logger.error({ err: { message: (e as Error).message }, question: question.id }, 'answer notification failed');
    }
  }
}

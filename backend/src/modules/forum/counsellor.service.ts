import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import type { CategoryMetrics, CounsellorResponse, ForumMetrics, QueueItem } from './forum.dto';
import { ForumModerationEntry, ForumQuestion } from './forum.entities';
import { summary, SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow } from './forum.service';

/** The target: a first counsellor answer within this many hours. */
export const TARGET_HOURS = 48;
/** A claim nobody acts on lapses, so a question is not stuck behind someone who got busy. */
export const CLAIM_HOURS = 24;
const METRICS_DAYS = 90;
export const DIGEST_QUEUE = 'forum-counsellor-digest';

interface QueueRow extends SummaryRow {
  claimed_by_id: string | null;
  claimed_by_name: string | null;
  claimed_at: Date | null;
}

/**
 * What counsellors work from: the queue of questions still waiting for a counsellor (oldest first), claims
 * so two people do not answer the same one, the daily digest of overdue questions, and the response-time
 * figures per category.
 */
@Injectable()
export class CounsellorService {
  private readonly logger = new Logger('forum');

  constructor(
    private readonly em: EntityManager,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // In the constructor, like every other job: pg-boss creates queues and schedules in the job service's
    // own onModuleInit, which Nest may run before this module's (the schedule was then never registered).
    this.jobs.register(DIGEST_QUEUE, () => this.sendDigest().then(() => undefined));
    if (this.config.forumDigestCron) this.jobs.scheduleCron(DIGEST_QUEUE, this.config.forumDigestCron);
  }

  async queue(user: User): Promise<QueueItem[]> {
    const rows = await this.em.getConnection().execute<QueueRow[]>(
      `select ${SUMMARY_COLUMNS},
              case when q.claimed_at > now() - make_interval(hours => ?) then q.claimed_by_id end as claimed_by_id,
              case when q.claimed_at > now() - make_interval(hours => ?) then cu.display_name end as claimed_by_name,
              case when q.claimed_at > now() - make_interval(hours => ?) then q.claimed_at end as claimed_at
         ${SUMMARY_FROM} left join users cu on cu.id = q.claimed_by_id
        where q.visibility = 'visible' and q.first_counsellor_answer_at is null and q.status <> 'locked'
        order by q.created_at, q.id
        limit 200`,
      [CLAIM_HOURS, CLAIM_HOURS, CLAIM_HOURS],
    );
    const now = Date.now();
    return rows.map((r) => {
      const waitingHours = Math.floor((now - new Date(r.created_at).getTime()) / 3600_000);
      return {
        ...summary(r),
        waitingHours,
        overdue: waitingHours >= TARGET_HOURS,
        claim: r.claimed_by_id ? { name: r.claimed_by_name ?? '', mine: r.claimed_by_id === user.id, at: new Date(r.claimed_at!).toISOString() } : null,
      };
    });
  }

  /** Takes a question; refused while someone else's claim is fresh. */
  async claim(user: User, questionId: string): Promise<void> {
    const em = this.em.fork();
    const res = await em.getConnection().execute<{ id: string }[]>(
      `update forum_questions set claimed_by_id = ?, claimed_at = now()
        where id = ? and visibility = 'visible' and status <> 'locked'
          and (claimed_by_id is null or claimed_by_id = ? or claimed_at <= now() - make_interval(hours => ?))
        returning id`,
      [user.id, questionId, user.id, CLAIM_HOURS],
    );
    if (res.length) return;
    const q = await em.findOne(ForumQuestion, questionId, { populate: ['claimedBy'] });
    if (!q || q.visibility !== 'visible') throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
    if (q.status === 'locked') throw new AppException(HttpStatus.CONFLICT, 'forum.locked');
    throw new AppException(HttpStatus.CONFLICT, 'forum.claimed', { name: q.claimedBy?.displayName ?? '' });
  }

  /** Gives a question back (its claimer, or a moderator). */
  async release(user: User, questionId: string, moderator: boolean): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const q = await em.findOne(ForumQuestion, questionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!q || q.visibility !== 'visible') throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
      if (!q.claimedBy) return;
      if (q.claimedBy.id !== user.id) {
        if (!moderator) throw new AppException(HttpStatus.FORBIDDEN, 'forum.not_your_claim');
        // Taking a question away from a counsellor is a moderator action: logged like the others.
        em.create(ForumModerationEntry, { actor: em.getReference(User, user.id), action: 'release_claim', postKind: 'question', postId: q.id, reason: null });
      }
      q.claimedBy = null;
      q.claimedAt = null;
    });
  }

  /** Median and 90th percentile of the time to a first counsellor answer, per category, over 90 days. */
  async metrics(): Promise<ForumMetrics> {
    const rows = await this.em.getConnection().execute<
      { slug: string | null; name_es: string | null; name_en: string | null; questions: number; answered: number; median: number | null; p90: number | null; within: number; waiting: number; overdue: number }[]
    >(
      `with base as (
         select q.category_id, q.created_at, q.first_counsellor_answer_at, q.status,
                extract(epoch from (q.first_counsellor_answer_at - q.created_at)) / 3600 as hours
           from forum_questions q
          where q.visibility = 'visible' and q.created_at > now() - make_interval(days => ?)
       )
       select c.slug, c.name_es, c.name_en,
              count(b.created_at)::int as questions,
              count(b.first_counsellor_answer_at)::int as answered,
              percentile_cont(0.5) within group (order by b.hours) as median,
              percentile_cont(0.9) within group (order by b.hours) as p90,
              count(*) filter (where b.hours <= ?)::int as within,
              count(*) filter (where b.first_counsellor_answer_at is null and b.status <> 'locked')::int as waiting,
              count(*) filter (where b.first_counsellor_answer_at is null and b.status <> 'locked' and b.created_at <= now() - make_interval(hours => ?))::int as overdue
         from forum_categories c left join base b on b.category_id = c.id
        group by grouping sets ((c.slug, c.name_es, c.name_en, c.position), ())
        order by c.position nulls last, c.slug`,
      [METRICS_DAYS, TARGET_HOURS, TARGET_HOURS],
    );
    const round = (n: number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);
    const metric = (r: (typeof rows)[number]): CategoryMetrics => ({
      slug: r.slug ?? 'total',
      name: { es: r.name_es ?? 'Todas las categorías', en: r.name_en ?? 'All categories' },
      questions: r.questions,
      answered: r.answered,
      medianHours: round(r.median),
      p90Hours: round(r.p90),
      within48h: r.within,
      waiting: r.waiting,
      overdue: r.overdue,
    });
    return { windowDays: METRICS_DAYS, targetHours: TARGET_HOURS, categories: rows.filter((r) => r.slug !== null).map(metric), total: metric(rows.find((r) => r.slug === null)!) };
  }

  /**
   * The daily digest: every counsellor gets the list of questions past the 48-hour target, if there are any.
   * Titles as published (already scrubbed); nothing about who asked.
   */
  async sendDigest(): Promise<{ overdue: number; sent: number }> {
    const conn = this.em.getConnection();
    const overdue = await conn.execute<{ id: string; title: string; category_es: string; category_en: string; hours: number }[]>(
      `select q.id, q.title, c.name_es as category_es, c.name_en as category_en, floor(extract(epoch from now() - q.created_at) / 3600)::int as hours
         from forum_questions q join forum_categories c on c.id = q.category_id
        where q.visibility = 'visible' and q.first_counsellor_answer_at is null and q.status <> 'locked' and q.created_at <= now() - make_interval(hours => ?)
        order by q.created_at, q.id limit 50`,
      [TARGET_HOURS],
    );
    if (overdue.length === 0) return { overdue: 0, sent: 0 };
    const counsellors = await this.em
      .fork()
      .find(User, { roles: { $contains: ['counsellor'] }, deletedAt: null, emailVerifiedAt: { $ne: null }, email: { $ne: null } }, { orderBy: { id: 'asc' } });
    let sent = 0;
    for (const c of counsellors) {
      const items = overdue.map((o) => `• ${o.title} (${c.locale === 'en' ? o.category_en : o.category_es}, ${o.hours} h)`).join('\n');
      try {
        if (await this.mail.sendToUser(c, { name: 'forum_counsellor_digest', params: { displayName: c.displayName, items, count: overdue.length, hours: TARGET_HOURS, link: `${this.config.publicUrl}/foro/cola` } }))
          sent++;
      } catch (e) {
        this.logger.error({ err: { message: (e as Error).message } }, 'counsellor digest failed');
      }
    }
    this.logger.log({ overdue: overdue.length, sent }, 'counsellor digest');
    return { overdue: overdue.length, sent };
  }

  async counsellors(): Promise<CounsellorResponse[]> {
    const rows = await this.em.getConnection().execute<{ user_id: string; display_name: string; credential: string | null; answers: number }[]>(
      `select u.id as user_id, u.display_name, m.credential,
              (select count(*)::int from forum_answers a where a.author_id = u.id and a.by_counsellor) as answers
         from users u left join forum_members m on m.user_id = u.id
        where 'counsellor' = any(u.roles) and u.deleted_at is null
        order by u.display_name, u.id`,
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, credential: r.credential, verified: r.credential !== null, answers: r.answers }));
  }

  async setCredential(admin: User, userId: string, credential: string | null): Promise<CounsellorResponse> {
    const em = this.em.fork();
    const user = await em.findOne(User, { id: userId, deletedAt: null });
    if (!user) throw new AppException(HttpStatus.NOT_FOUND, 'users.not_found');
    if (!user.roles.includes('counsellor')) throw new AppException(HttpStatus.CONFLICT, 'forum.not_counsellor');
    await em.getConnection().execute(
      `insert into forum_members (user_id, credential, credential_set_by_id, credential_set_at) values (?, ?, ?, now())
       on conflict (user_id) do update set credential = excluded.credential, credential_set_by_id = excluded.credential_set_by_id, credential_set_at = now()`,
      [userId, credential, admin.id],
    );
    return (await this.counsellors()).find((c) => c.userId === userId)!;
  }
}

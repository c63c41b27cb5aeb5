import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { pgArray } from '../../common/db/pg-array';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { APP_OPTIONS, DATABASE_URL, type AppOptions } from '../../database/database.tokens';
import { FeedError, fetchFeed } from './feed-fetch';
import { parseFeedDocument, type RawEntry } from './feed-parse';
import { canonicalLink, itemSlug, plainText, sameStory, sanitiseSummary, storyKeys, titleTokens } from './feed-text';
import { NewsIngestRun, NewsItem, NewsSource } from './news.entities';
import { isMigrationRelated, tagsFor } from './tags';

export const NEWS_CRON_JOB = 'news-ingest';
/** Ingestion runs take turns on this lock, across instances (pg advisory lock id). */
const INGEST_LOCK = 0x4e_65_77_73; // "News"
/** Feeds read at the same time within a run. */
const CONCURRENCY = 6;
/** Stories from different sources cluster when their titles match and they were published this close. */
const CLUSTER_WINDOW_MS = 48 * 3600_000;
const MAX_BACKOFF_MS = 7 * 24 * 3600_000;
const FIRST_RUN_DELAY_MS = 30_000;
/** A date further ahead than this is a feed's mistake: the item is dated when we saw it. */
const FUTURE_SLACK_MS = 3600_000;
/**
 * A source whose pause ends this soon after a run starts is read in that run: pauses are counted from the
 * start of the run that failed, and a run takes a few minutes, so without slack a 3-hour pause would miss the
 * next 3-hourly run by those minutes and wait for the one after.
 */
const DUE_SLACK_MS = 10 * 60_000;
/** Longer GUIDs are stored as their hash (some feeds put whole URLs with tracking, or worse, in them). */
const MAX_GUID = 500;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The key an entry is known by: its GUID without control characters (PostgreSQL text cannot hold NUL), hashed when long. */
export function guidKey(raw: string): string {
  const guid = raw.replace(CONTROL, '').trim();
  return guid.length > MAX_GUID ? `sha256:${createHash('sha256').update(guid).digest('hex')}` : guid;
}

export interface IngestReport {
  runId: string;
  trigger: 'schedule' | 'manual';
  startedAt: string;
  finishedAt: string;
  /** Sources read in this run (active, with a feed, not backing off). */
  sources: number;
  /** Sources left alone because they are backing off after failures. */
  skipped: number;
  fetched: number;
  notModified: number;
  newItems: number;
  /** Items already stored (same source and id, or same link from any source). */
  duplicates: number;
  /** Items of sitewide feeds left out because they are not about migration. */
  filtered: number;
  failed: { sourceId: string; source: string; error: string }[];
}

interface Prepared {
  id: string;
  guid: string;
  link: string | null;
  title: string;
  summaryHtml: string;
  summaryText: string;
  publishedAt: Date;
  tags: string[];
  tokens: string[];
}

/**
 * Reads every active feed, every NEWS_CRON slot and on demand. One run at a time across instances (a session
 * advisory lock on a connection of its own, released even if the process dies), and a scheduled slot runs
 * once (its row is unique). Each source's failure is recorded on the source and never stops the run; a
 * failing source waits longer each time, and comes back by itself once its feed works.
 */
@Injectable()
export class NewsIngestService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('news');
  /** Storing is serialised within a run, so stories from feeds read in parallel still meet each other. */
  private storing: Promise<unknown> = Promise.resolve();
  /** Runs in progress (scheduled and manual): shutdown stops their reads and waits for them. */
  private readonly running = new Set<Promise<unknown>>();
  private readonly shutdown = new AbortController();
  private firstRunTimer?: NodeJS.Timeout;

  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.connect === false || !this.config.jobsEnabled || !this.config.newsCron) return;
    const job = CronJob.from({
      cronTime: this.config.newsCron,
      timeZone: 'UTC',
      onTick: () => {
        const slot = new Date();
        slot.setUTCSeconds(0, 0);
        this.run('schedule', { slot: slot.toISOString() }).catch((e: unknown) =>
          this.logger.error({ err: { message: (e as Error).message } }, 'scheduled news ingestion failed'),
        );
      },
    });
    this.scheduler.addCronJob(NEWS_CRON_JOB, job);
    job.start();
    // A new installation should not wait up to three hours for its first news: one early run, once per database.
    this.firstRunTimer = setTimeout(() => {
      void this.em
        .fork()
        .count(NewsIngestRun, { finishedAt: { $ne: null } })
        .then((runs) => (runs ? null : this.run('schedule', { slot: 'first-start' })))
        .catch((e: unknown) => this.logger.error({ err: { message: (e as Error).message } }, 'first news ingestion failed'));
    }, FIRST_RUN_DELAY_MS);
    this.firstRunTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.firstRunTimer);
    if (this.scheduler.doesExist('cron', NEWS_CRON_JOB)) this.scheduler.deleteCronJob(NEWS_CRON_JOB);
    // Reads in flight stop at once; what was already read is stored, and each run records its report.
    this.shutdown.abort();
    await Promise.allSettled([...this.running]);
  }

  /**
   * Runs ingestion now. Null when another run holds the lock (or, for a scheduled slot, when another
   * instance already took that slot), or when the application is shutting down.
   */
  run(trigger: 'schedule' | 'manual', o: { slot?: string; userId?: string } = {}): Promise<IngestReport | null> {
    if (this.shutdown.signal.aborted) return Promise.resolve(null);
    const run = this.runLocked(trigger, o);
    this.running.add(run);
    void run.then(
      () => this.running.delete(run),
      () => this.running.delete(run),
    );
    return run;
  }

  private async runLocked(trigger: 'schedule' | 'manual', o: { slot?: string; userId?: string }): Promise<IngestReport | null> {
    const lock = new Client({ connectionString: this.databaseUrl });
    // A dropped idle connection must not take the process down; the lock goes with the session anyway.
    lock.on('error', (e) => this.logger.warn({ err: { message: e.message } }, 'news ingestion lock connection lost'));
    await lock.connect();
    try {
      const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [INGEST_LOCK]);
      if (!rows[0].ok) return null;
      try {
        const em = this.em.fork();
        const inserted = await em.getConnection().execute<{ id: string }[]>(
          `insert into news_ingest_runs (id, trigger, slot, started_by_id, started_at) values (?, ?, ?, ?, now()) on conflict (slot) do nothing returning id`,
          [randomUUID(), trigger, o.slot ?? null, o.userId ?? null],
        );
        if (inserted.length === 0) return null; // this slot already ran
        const report = await this.ingest(inserted[0].id, trigger);
        await em.getConnection().execute(`update news_ingest_runs set finished_at = ?, report = ? where id = ?`, [new Date(report.finishedAt), JSON.stringify(report), report.runId]);
        this.logger.log({ ...report, failed: report.failed.length }, 'news ingestion');
        return report;
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [INGEST_LOCK]).catch(() => undefined);
      }
    } finally {
      await lock.end().catch(() => undefined);
    }
  }

  private async ingest(runId: string, trigger: 'schedule' | 'manual'): Promise<IngestReport> {
    const startedAt = new Date();
    const em = this.em.fork();
    const all = await em.find(NewsSource, { active: true, feedUrl: { $ne: null } }, { orderBy: { name: 'asc' } });
    const due = all.filter((s) => !s.nextAttemptAt || s.nextAttemptAt.getTime() <= startedAt.getTime() + DUE_SLACK_MS);
    const report: IngestReport = {
      runId,
      trigger,
      startedAt: startedAt.toISOString(),
      finishedAt: '',
      sources: due.length,
      skipped: all.length - due.length,
      fetched: 0,
      notModified: 0,
      newItems: 0,
      duplicates: 0,
      filtered: 0,
      failed: [],
    };
    let next = 0;
    const worker = async () => {
      while (next < due.length && !this.shutdown.signal.aborted) await this.readSource(due[next++], report, startedAt);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker));
    report.failed.sort((a, b) => a.source.localeCompare(b.source, 'es'));
    report.finishedAt = new Date().toISOString();
    return report;
  }

  private async readSource(source: NewsSource, report: IngestReport, runStartedAt: Date): Promise<void> {
    const em = this.em.fork();
    try {
      const res = await fetchFeed(source.feedUrl!, {
        etag: source.etag,
        lastModified: source.lastModified,
        validatorsUrl: source.validatorsUrl,
        signal: this.shutdown.signal,
        timeoutMs: this.config.newsFetchTimeoutMs,
        maxBytes: this.config.newsMaxFeedBytes,
        userAgent: `PuenteNews/1.0 (+${this.config.publicUrl})`,
        allowPrivateHosts: this.config.newsAllowPrivateHosts,
      });
      if (res.status === 'not_modified') {
        report.notModified++;
        await this.succeeded(em, source.id, {});
        return;
      }
      const feed = parseFeedDocument(res.body);
      const base = feed.siteLink ? (canonicalLink(feed.siteLink, res.finalUrl) ?? res.finalUrl) : res.finalUrl;
      const counts = await this.serially(() => this.store(source, feed.entries, base));
      report.fetched++;
      report.newItems += counts.added;
      report.duplicates += counts.duplicates;
      report.filtered += counts.filtered;
      await this.succeeded(em, source.id, { etag: res.etag, lastModified: res.lastModified, validatorsUrl: res.finalUrl, movedTo: res.movedTo });
    } catch (e) {
      if (!(e instanceof FeedError)) {
        // Our fault (the database, a bug), not the feed's: reported and logged, but the source keeps its state.
        report.failed.push({ sourceId: source.id, source: source.name, error: `unexpected: ${(e as Error).message}`.slice(0, 500) });
        this.logger.error({ err: { message: (e as Error).message, stack: (e as Error).stack }, source: source.id }, 'news source error');
        return;
      }
      report.failed.push({ sourceId: source.id, source: source.name, error: e.message });
      if (this.shutdown.signal.aborted) return; // not the feed's failure either
      const failures = source.consecutiveFailures + 1;
      let wait = Math.min(MAX_BACKOFF_MS, this.config.newsBackoffMinutes * 60_000 * 2 ** (failures - 1));
      if (e.retryAfterSeconds) wait = Math.min(MAX_BACKOFF_MS, Math.max(wait, e.retryAfterSeconds * 1000));
      // Counted from the start of this run, so the pause lines up with the schedule's slots.
      await em.getConnection().execute(
        `update news_sources set consecutive_failures = consecutive_failures + 1, last_error = ?, last_fetched_at = now(), next_attempt_at = ?, updated_at = now() where id = ?`,
        [e.message, new Date(runStartedAt.getTime() + wait), source.id],
      );
    }
  }

  private async succeeded(em: EntityManager, id: string, v: { etag?: string | null; lastModified?: string | null; validatorsUrl?: string; movedTo?: string | null }): Promise<void> {
    const set = v.validatorsUrl !== undefined ? ', etag = ?, last_modified = ?, validators_url = ?, moved_to = ?' : '';
    await em.getConnection().execute(
      `update news_sources set consecutive_failures = 0, last_error = null, next_attempt_at = null, last_fetched_at = now(), last_success_at = now(), updated_at = now()${set} where id = ?`,
      v.validatorsUrl !== undefined ? [v.etag ?? null, v.lastModified ?? null, v.validatorsUrl, v.movedTo ?? null, id] : [id],
    );
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.storing.then(work, work);
    this.storing = result.catch(() => undefined);
    return result;
  }

  /** Normalises a feed's entries, drops repeats, and stores the new ones in one transaction with their clusters. */
  private async store(source: NewsSource, entries: RawEntry[], base: string): Promise<{ added: number; duplicates: number; filtered: number }> {
    const now = Date.now();
    let duplicates = 0;
    let filtered = 0;
    const seen = new Set<string>();
    const prepared: Prepared[] = [];
    for (const entry of entries) {
      const title = plainText(entry.title);
      if (!title) continue;
      const link = canonicalLink(entry.link, base);
      const summary = sanitiseSummary(entry.html, link ?? base);
      const guid = guidKey(entry.guid ?? '') || link || guidKey(`title:${title}`);
      if (seen.has(guid) || (link && seen.has(link))) {
        duplicates++;
        continue;
      }
      seen.add(guid);
      if (link) seen.add(link);
      const text = `${title}. ${summary.text}`;
      if (source.keywordFilter && !isMigrationRelated(text)) {
        filtered++;
        continue;
      }
      const published = entry.published && entry.published.getTime() <= now + FUTURE_SLACK_MS ? entry.published : new Date(now);
      prepared.push({ id: randomUUID(), guid, link, title, summaryHtml: summary.html, summaryText: summary.text, publishedAt: published, tags: tagsFor(text), tokens: titleTokens(title) });
    }
    if (prepared.length === 0) return { added: 0, duplicates, filtered };

    return this.em.fork().transactional(async (em) => {
      const conn = em.getConnection();
      const known = await conn.execute<{ guid: string | null; link: string | null; source_id: string }[]>(
        `select guid, link, source_id from news_items where (source_id = ? and guid = any(?::text[])) or (kind = 'feed' and link = any(?::text[]))`,
        [source.id, pgArray(prepared.map((p) => p.guid)), pgArray(prepared.flatMap((p) => (p.link ? [p.link] : [])))],
      );
      const knownGuids = new Set(known.filter((k) => k.source_id === source.id).map((k) => k.guid));
      const knownLinks = new Set(known.map((k) => k.link));
      const fresh = prepared.filter((p) => {
        const dup = knownGuids.has(p.guid) || (p.link !== null && knownLinks.has(p.link));
        if (dup) duplicates++;
        return !dup;
      });
      if (fresh.length === 0) return { added: 0, duplicates, filtered };

      // Candidates for "the same story": other sources' items within the window sharing a story key.
      const times = fresh.map((p) => p.publishedAt.getTime());
      const candidates = await conn.execute<{ id: string; cluster_id: string; title_tokens: string[]; published_at: Date }[]>(
        `select id, cluster_id, title_tokens, published_at from news_items
          where kind = 'feed' and source_id <> ? and published_at between ? and ? and title_tokens && ?::text[]`,
        [source.id, new Date(Math.min(...times) - CLUSTER_WINDOW_MS), new Date(Math.max(...times) + CLUSTER_WINDOW_MS), pgArray([...new Set(fresh.flatMap((p) => storyKeys(p.tokens)))])],
      );
      const byKey = new Map<string, typeof candidates>();
      for (const c of candidates)
        for (const k of storyKeys(c.title_tokens)) {
          const list = byKey.get(k);
          if (list) list.push(c);
          else byKey.set(k, [c]);
        }
      const sameStoryAs = (p: Prepared) => {
        const t = p.publishedAt.getTime();
        for (const k of storyKeys(p.tokens))
          for (const c of byKey.get(k) ?? []) if (Math.abs(new Date(c.published_at).getTime() - t) <= CLUSTER_WINDOW_MS && sameStory(p.tokens, c.title_tokens)) return c;
        return undefined;
      };
      const rows = fresh.map((p) => {
        const match = sameStoryAs(p);
        return {
          id: p.id,
          slug: itemSlug(p.title, p.id),
          kind: 'feed' as const,
          source: source.id,
          guid: p.guid,
          link: p.link,
          title: p.title,
          summaryHtml: p.summaryHtml,
          summaryText: p.summaryText,
          publishedAt: p.publishedAt,
          region: source.region,
          language: source.language,
          tags: p.tags,
          titleTokens: p.tokens,
          clusterId: match?.cluster_id ?? p.id,
          status: 'published' as const,
        };
      });
      // A concurrent writer (an editor's run on another instance cannot overlap, but a retried run can) is
      // not an error: conflicting rows are skipped.
      const res = await em.createQueryBuilder(NewsItem).insert(rows).onConflict().ignore().execute('run');
      const added = res.affectedRows;
      duplicates += rows.length - added;
      return { added, duplicates, filtered };
    });
  }

  async recentRuns(): Promise<{ id: string; trigger: 'schedule' | 'manual'; startedAt: string; finishedAt: string | null; report: IngestReport | null }[]> {
    const runs = await this.em.fork().find(NewsIngestRun, {}, { orderBy: { startedAt: 'desc' }, limit: 20 });
    return runs.map((r) => ({ id: r.id, trigger: r.trigger, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null, report: (r.report as IngestReport | null) ?? null }));
  }
}

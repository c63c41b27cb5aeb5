import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { CreateSourceRequest, ListNewsQuery, NewsDetail, NewsPage, NewsSummary, PublicSourceResponse, SourceResponse, UpdateSourceRequest } from './news.dto';
import { NewsSource, type NewsRegion, type ReliabilityTier } from './news.entities';
import type { NewsTag } from './tags';

/** Sources failing this many reads in a row are flagged to editors. */
export const FLAG_AFTER_FAILURES = 3;
const PAGE_SIZE = 20;

interface ItemRow {
  id: string;
  slug: string;
  kind: 'feed' | 'editorial';
  title: string;
  summary_html: string;
  link: string | null;
  published_at: Date;
  region: NewsRegion;
  language: 'es' | 'en';
  tags: NewsTag[];
  source_id: string | null;
  source_name: string | null;
  source_tier: ReliabilityTier;
  source_site: string | null;
  verified_at: Date | null;
  verified_by_name: string | null;
  also: { slug: string; source: string; tier: ReliabilityTier; link: string | null }[];
}

const ITEM_COLUMNS = `i.id, i.slug, i.kind, i.title, i.summary_html, i.link, i.published_at, i.region, i.language, i.tags,
  s.id as source_id, s.name as source_name, s.tier as source_tier, s.site_url as source_site,
  i.verified_at, v.display_name as verified_by_name,
  coalesce((select json_agg(json_build_object('slug', o.slug, 'source', os.name, 'tier', os.tier, 'link', o.link) order by o.published_at, o.id)
              from news_items o join news_sources os on os.id = o.source_id
             where o.cluster_id = i.cluster_id and o.id <> i.id and o.status = 'published'), '[]'::json) as also`;

const ITEM_FROM = `from news_items i left join news_sources s on s.id = i.source_id left join users v on v.id = i.verified_by_id`;

/**
 * One page of stories: the page is cut first (on the listed index, newest first) and only its rows are
 * joined to their source, verifier and other reports. Joining first made PostgreSQL read and sort every
 * story for each page (it cannot estimate how few rows `id = cluster_id` leaves).
 */
function pageQuery(where: string): string {
  return `select ${ITEM_COLUMNS}
            from (select * from news_items i where ${where} order by i.published_at desc, i.id limit ? offset ?) i
            left join news_sources s on s.id = i.source_id left join users v on v.id = i.verified_by_id
           order by i.published_at desc, i.id`;
}

function summary(r: ItemRow): NewsSummary {
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    title: r.title,
    summaryHtml: r.summary_html,
    link: r.link,
    publishedAt: new Date(r.published_at).toISOString(),
    region: r.region,
    language: r.language,
    tags: r.tags,
    source: r.source_id ? { id: r.source_id, name: r.source_name ?? '', tier: r.source_tier, siteUrl: r.source_site ?? '' } : null,
    verified: r.verified_at ? { name: r.verified_by_name, at: new Date(r.verified_at).toISOString() } : null,
    alsoReportedBy: r.also,
  };
}

/** Public news (published items, one per story) and the editors' source management. */
@Injectable()
export class NewsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- public ----

  /**
   * Published items, one per story (the first item of each cluster), newest first. A filter matches a story
   * when any of its published reports matches it all: the story first told by a Spanish outlet is found under
   * Ecuador when an Ecuadorian outlet reported it too, and a search finds words only the second report used.
   */
  async list(q: ListNewsQuery): Promise<NewsPage> {
    const page = q.page ?? 1;
    const where = [`i.status = 'published'`, `i.id = i.cluster_id`];
    const member: string[] = [];
    const params: unknown[] = [];
    if (q.region) {
      member.push('m.region = ?');
      params.push(q.region);
    }
    if (q.tag) {
      member.push('m.tags @> array[?]::text[]');
      params.push(q.tag);
    }
    if (q.source) {
      member.push('m.source_id = ?');
      params.push(q.source);
    }
    if (q.q) {
      member.push(`m.search @@ websearch_to_tsquery('puente_es', ?)`);
      params.push(q.q);
    }
    if (member.length) where.push(`i.id in (select m.cluster_id from news_items m where m.status = 'published' and ${member.join(' and ')})`);
    const conn = this.em.getConnection();
    const [rows, updated] = await Promise.all([
      conn.execute<ItemRow[]>(pageQuery(where.join(' and ')), [...params, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE]),
      this.lastUpdatedAt(),
    ]);
    return { items: rows.slice(0, PAGE_SIZE).map(summary), page, pageSize: PAGE_SIZE, hasMore: rows.length > PAGE_SIZE, lastUpdatedAt: updated };
  }

  /** The latest stories for our own feeds (RSS, Atom, JSON Feed), filtered like the list. */
  async latest(region: NewsRegion | undefined, limit = 50): Promise<NewsSummary[]> {
    const rows = await this.em
      .getConnection()
      .execute<ItemRow[]>(
        pageQuery(`i.status = 'published' and i.id = i.cluster_id ${region ? `and i.id in (select m.cluster_id from news_items m where m.status = 'published' and m.region = ?)` : ''}`),
        region ? [region, limit, 0] : [limit, 0],
      );
    return rows.map(summary);
  }

  async lastUpdatedAt(): Promise<string | null> {
    const [r] = await this.em.getConnection().execute<{ at: Date | null }[]>(`select max(finished_at) as at from news_ingest_runs`);
    return r?.at ? new Date(r.at).toISOString() : null;
  }

  async detail(slug: string): Promise<NewsDetail> {
    const [r] = await this.em
      .getConnection()
      .execute<(ItemRow & { body: string | null; citations: { text: string; url: string | null }[] | null; author_name: string | null; cluster_id: string; cluster_slug: string | null })[]>(
        `select ${ITEM_COLUMNS}, i.body, i.citations, a.display_name as author_name, i.cluster_id,
                (select c.slug from news_items c where c.id = i.cluster_id and c.id <> i.id) as cluster_slug
           ${ITEM_FROM} left join users a on a.id = i.author_id
          where i.slug = ? and i.status = 'published'`,
        [slug],
      );
    if (!r) throw new AppException(HttpStatus.NOT_FOUND, 'news.not_found');
    const corrections = await this.em
      .getConnection()
      .execute<{ body: string; created_at: Date }[]>(`select body, created_at from news_corrections where item_id = ? order by created_at, id`, [r.id]);
    return {
      ...summary(r),
      bodyHtml: r.kind === 'editorial' && r.body ? renderMarkdown(r.body, { nested: true }) : null,
      citations: r.citations ?? [],
      authorName: r.kind === 'editorial' ? r.author_name : null,
      corrections: corrections.map((c) => ({ body: c.body, createdAt: new Date(c.created_at).toISOString() })),
      clusterSlug: r.cluster_slug,
    };
  }

  async publicSources(): Promise<PublicSourceResponse[]> {
    const rows = await this.em.getConnection().execute<{ id: string; name: string; site_url: string; region: NewsRegion; language: 'es' | 'en'; tier: PublicSourceResponse['tier']; active: boolean; item_count: number }[]>(
      `select s.id, s.name, s.site_url, s.region, s.language, s.tier, s.active and s.feed_url is not null as active,
              (select count(*)::int from news_items i where i.source_id = s.id) as item_count
         from news_sources s order by s.region, s.tier, s.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, siteUrl: r.site_url, region: r.region, language: r.language, tier: r.tier, active: r.active, itemCount: r.item_count }));
  }

  // ---- sources (editors) ----

  async sources(): Promise<SourceResponse[]> {
    const em = this.em.fork();
    const sources = await em.find(NewsSource, {}, { orderBy: { consecutiveFailures: 'desc', name: 'asc' } });
    const counts = new Map(
      (await em.getConnection().execute<{ source_id: string; n: number }[]>(`select source_id, count(*)::int as n from news_items where source_id is not null group by source_id`)).map((r) => [r.source_id, r.n]),
    );
    return sources.map((s) => this.sourceResponse(s, counts.get(s.id) ?? 0));
  }

  async source(id: string): Promise<SourceResponse> {
    const em = this.em.fork();
    const s = await em.findOne(NewsSource, id);
    if (!s) throw new AppException(HttpStatus.NOT_FOUND, 'news.source_not_found');
    const [c] = await em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from news_items where source_id = ?`, [id]);
    return this.sourceResponse(s, c.n);
  }

  async createSource(dto: CreateSourceRequest): Promise<SourceResponse> {
    const em = this.em.fork();
    if (dto.active && !dto.feedUrl) throw new ValidationFailedException([{ field: 'feedUrl', rule: 'feedRequired', args: [] }]);
    const s = em.create(NewsSource, {
      name: dto.name,
      feedUrl: dto.feedUrl ?? null,
      siteUrl: dto.siteUrl,
      region: dto.region,
      language: dto.language,
      tier: dto.tier,
      active: dto.active ?? false,
      keywordFilter: dto.keywordFilter ?? true,
      notes: dto.notes ?? null,
    });
    await this.flushUnique(em);
    return this.sourceResponse(s, 0);
  }

  async updateSource(id: string, dto: UpdateSourceRequest): Promise<SourceResponse> {
    const em = this.em.fork();
    const s = await em.findOne(NewsSource, id);
    if (!s) throw new AppException(HttpStatus.NOT_FOUND, 'news.source_not_found');
    const { retryNow, ...fields } = dto;
    if (fields.feedUrl !== undefined && fields.feedUrl !== s.feedUrl) {
      // Another address: nothing known about the old one applies to it.
      Object.assign(s, { etag: null, lastModified: null, validatorsUrl: null, movedTo: null, consecutiveFailures: 0, nextAttemptAt: null, lastError: null });
    }
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
    if (s.active && !s.feedUrl) throw new ValidationFailedException([{ field: 'feedUrl', rule: 'feedRequired', args: [] }]);
    if (retryNow) s.nextAttemptAt = null;
    await this.flushUnique(em);
    return this.source(id);
  }

  private async flushUnique(em: EntityManager): Promise<void> {
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw new ValidationFailedException([{ field: 'feedUrl', rule: 'feedTaken', args: [] }]);
      throw e;
    }
  }

  private sourceResponse(s: NewsSource, itemCount: number): SourceResponse {
    return {
      id: s.id,
      name: s.name,
      feedUrl: s.feedUrl,
      siteUrl: s.siteUrl,
      region: s.region,
      language: s.language,
      tier: s.tier,
      active: s.active,
      keywordFilter: s.keywordFilter,
      notes: s.notes,
      lastFetchedAt: s.lastFetchedAt?.toISOString() ?? null,
      lastSuccessAt: s.lastSuccessAt?.toISOString() ?? null,
      etag: s.etag,
      lastModified: s.lastModified,
      movedTo: s.movedTo,
      consecutiveFailures: s.consecutiveFailures,
      nextAttemptAt: s.nextAttemptAt?.toISOString() ?? null,
      lastError: s.lastError,
      flagged: s.consecutiveFailures >= FLAG_AFTER_FAILURES,
      itemCount,
    };
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }
}

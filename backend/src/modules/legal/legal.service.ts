import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { pgArray } from '../../common/db/pg-array';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { loadLegalTopics, type LegalContent } from './legal-content.loader';
import type { LegalMatrix, LegalSearchResult, LegalTopicListQuery } from './legal.dto';
import { renderLegalPdf } from './legal.pdf';
import { buildViews, pointsOf, SECTION_HEADINGS, sectionsOf, summaryOf, type TopicSummaryView, type TopicView } from './legal-view';

interface Loaded {
  content: LegalContent;
  topics: TopicView[];
  bySlug: Map<string, TopicView>;
  summaries: TopicSummaryView[];
  matrix: LegalMatrix;
}

/** The files are read and checked once per process and folder: they only change with a deploy. */
const loadedByDir = new Map<string, Loaded>();

export function loadLegal(dir: string): Loaded {
  let loaded = loadedByDir.get(dir);
  if (!loaded) {
    const content = loadLegalTopics(dir);
    const topics = buildViews(content);
    const matrix: LegalMatrix = {
      countries: ['EC', 'ES'],
      rows: topics.map((t) => {
        const cited = new Set([...t.glance.EC.citations, ...t.glance.ES.citations].map((c) => c.n));
        return {
          slug: t.slug,
          title: t.title,
          lastChecked: t.lastChecked,
          question: t.glance.question,
          EC: t.glance.EC,
          ES: t.glance.ES,
          sources: t.sources.filter((s) => cited.has(s.n)),
        };
      }),
    };
    loaded = { content, topics, bySlug: new Map(topics.map((t) => [t.slug, t])), summaries: topics.map(summaryOf), matrix };
    loadedByDir.set(dir, loaded);
  }
  return loaded;
}

const MARK_OPEN = '\u27e6';
const MARK_CLOSE = '\u27e7';
const SEARCH_LIMIT = 40;
const REINDEX_CHECK_MS = 15 * 60_000;

/** Bump when passagesOf() changes what it stores. */
const PASSAGES_VERSION = 3;
/** Bump when the JSON or the PDFs change for the same content (a new layout, a new field). */
const RENDER_VERSION = 1;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface PassageRow {
  topic: string;
  section: string;
  position: number;
  heading: string;
  body: string;
}

/** Every searchable passage: each topic's summary (anchor 0) and each point, in page order. */
function passagesOf(topics: TopicView[]): PassageRow[] {
  const rows: PassageRow[] = [];
  for (const t of topics) {
    // The summary passage carries the title in its text too, so a search for the topic's name shows it highlighted.
    rows.push({ topic: t.slug, section: 'summary', position: 0, heading: t.title.es, body: `${t.title.es}. ${t.summary.es} ${t.glance.question.es} ${t.glance.EC.es} ${t.glance.ES.es}` });
    for (const s of sectionsOf(t)) {
      for (const { point, heading } of pointsOf(s)) {
        // The topic's title belongs to its summary passage only: otherwise a search for "reagrupación"
        // would return every point of that topic, most without the word in their text.
        rows.push({ topic: t.slug, section: s.key, position: point.anchor, heading: heading ?? '', body: point.text });
      }
    }
  }
  return rows;
}

/** Topics sharing at least one of `tags`, those sharing more first, then in their order. */
function byTagOverlap<T extends TopicSummaryView>(topics: readonly T[], tags: readonly string[]): T[] {
  const wanted = new Set(tags);
  return topics
    .map((t) => ({ t, shared: t.tags.filter((x) => wanted.has(x)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.t.order - b.t.order)
    .map((x) => x.t);
}

@Injectable()
export class LegalService {
  private readonly loaded: Loaded;
  private indexed?: Promise<void>;
  private indexedAt = 0;
  private readonly pdfs = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Throws LegalContentError (every broken rule with its file and line): the platform does not start with broken content.
    this.loaded = loadLegal(config.legalDocsDir);
  }

  get contentHash(): string {
    return this.loaded.content.hash;
  }

  /** The content and the way passages are cut from it: a change in either indexes a new version. */
  private get indexVersion(): string {
    return `${PASSAGES_VERSION}:${this.contentHash.slice(0, 32)}`;
  }

  /** For ETags: the content and the way the API and the PDFs present it. */
  get etagVersion(): string {
    return `${RENDER_VERSION}-${this.contentHash.slice(0, 24)}`;
  }

  list(query: LegalTopicListQuery = {}): TopicSummaryView[] {
    let topics = this.loaded.summaries;
    if (query.slugs) {
      const wanted = query.slugs.split(',');
      topics = wanted.map((s) => this.loaded.bySlug.get(s)).filter((t): t is TopicView => !!t).map(summaryOf);
    }
    if (query.tags) topics = byTagOverlap(topics, query.tags.split(','));
    return query.limit ? topics.slice(0, query.limit) : topics;
  }

  /**
   * Topics to show as "related" beside other content: first those it links to (`/leyes/<slug>` in its text,
   * or slugs it declares), then those sharing its topic tags, the most shared first; at most `limit`.
   */
  related(opts: { texts?: string[]; slugs?: string[]; tags?: string[] }, limit = 3): TopicSummaryView[] {
    const picked: TopicView[] = [];
    const add = (t: TopicView | undefined) => {
      if (t && !picked.includes(t)) picked.push(t);
    };
    for (const s of opts.slugs ?? []) add(this.loaded.bySlug.get(s));
    for (const text of opts.texts ?? []) for (const m of text.matchAll(/\/leyes\/([a-z0-9]+(?:-[a-z0-9]+)*)/g)) add(this.loaded.bySlug.get(m[1]));
    if (opts.tags?.length) byTagOverlap(this.loaded.topics, opts.tags).forEach(add);
    return picked.slice(0, limit).map(summaryOf);
  }

  topic(slug: string): TopicView {
    const t = this.loaded.bySlug.get(slug);
    if (!t) throw new AppException(HttpStatus.NOT_FOUND, 'legal.not_found');
    return t;
  }

  matrix(): LegalMatrix {
    return this.loaded.matrix;
  }

  /**
   * Adds this version's passages to the search table unless an instance already did (under an advisory
   * lock, so instances starting together do not race), and drops versions no instance has indexed for a
   * day. Each instance searches only its own version, and checks again at its first search after 15
   * minutes: that keeps its version's rows marked as in use while it runs (an instance on newer content
   * deletes only versions untouched for a day) and puts them back if they were deleted all the same.
   */
  ensureIndexed(): Promise<void> {
    if (this.indexed && Date.now() - this.indexedAt <= REINDEX_CHECK_MS) return this.indexed;
    this.indexedAt = Date.now();
    this.indexed = this.em
      .fork()
      .transactional(async (em) => {
        await em.execute(`select pg_advisory_xact_lock(hashtext('legal:index'))`);
        const [present] = await em.execute<{ n: number }[]>(`select count(*)::int as n from legal_passages where version = ?`, [this.indexVersion]);
        if (present.n > 0) {
          await em.execute(`update legal_passages set indexed_at = now() where version = ? and indexed_at < now() - interval '1 hour'`, [this.indexVersion]);
        } else {
          const rows = passagesOf(this.loaded.topics);
          await em.execute(
            `insert into legal_passages (version, topic, section, position, heading, body)
             select ?, * from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::text[])`,
            [this.indexVersion, pgArray(rows.map((r) => r.topic)), pgArray(rows.map((r) => r.section)), pgArray(rows.map((r) => String(r.position))), pgArray(rows.map((r) => r.heading)), pgArray(rows.map((r) => r.body))],
          );
        }
        await em.execute(`delete from legal_passages where version <> ? and indexed_at < now() - interval '1 day'`, [this.indexVersion]);
      })
      .catch((e: unknown) => {
        this.indexed = undefined;
        throw e;
      });
    return this.indexed;
  }

  /** Spanish full-text search over every point of every topic, accents optional, with highlighted snippets. */
  async search(q: string): Promise<LegalSearchResult> {
    await this.ensureIndexed();
    let rows = await this.query(q);
    if (!rows.length) {
      // Nothing found: unless this version's rows are there, another instance removed them (see ensureIndexed).
      const [{ present }] = await this.em.execute<{ present: boolean }[]>(`select exists (select 1 from legal_passages where version = ?) as present`, [this.indexVersion]);
      if (!present) {
        this.indexed = undefined;
        await this.ensureIndexed();
        rows = await this.query(q);
      }
    }
    // PostgreSQL's own reading of the query: 'T' when it only leaves words out ("-visado", "- visado de"),
    // which would match nearly every passage with nothing to highlight.
    if (rows[0]?.tree === 'T') throw new ValidationFailedException([{ field: 'q', rule: 'searchTerm', args: [] }]);
    return {
      q,
      total: rows.length ? Number(rows[0].total) : 0,
      hits: rows.flatMap((r) => {
        const t = this.loaded.bySlug.get(r.topic);
        if (!t) return [];
        return {
          slug: t.slug,
          title: t.title,
          section: r.section,
          sectionHeading: r.section === 'summary' ? { es: 'Resumen', en: 'Summary' } : SECTION_HEADINGS[r.section as keyof typeof SECTION_HEADINGS],
          anchor: r.position,
          snippet: escapeHtml(r.snippet).split(MARK_OPEN).join('<mark>').split(MARK_CLOSE).join('</mark>'),
        };
      }),
    };
  }

  private query(q: string): Promise<(PassageRow & { snippet: string; total: string; tree: string })[]> {
    return this.em.execute<(PassageRow & { snippet: string; total: string; tree: string })[]>(
      `with query as (select websearch_to_tsquery('puente_es', ?) as tsq),
            hits as (select p.*, ts_rank(p.search, query.tsq) as rank from legal_passages p, query where p.version = ? and p.search @@ query.tsq)
       select h.topic, h.section, h.position, count(*) over () as total, querytree(query.tsq) as tree,
              ts_headline('puente_es', case when h.heading = '' or to_tsvector('puente_es', h.body) @@ query.tsq then h.body else h.heading || ': ' || h.body end, query.tsq, ?) as snippet
         from hits h, query
        order by (to_tsvector('puente_es', h.body) @@ query.tsq) desc, h.rank desc, h.topic, h.position
        limit ?`,
      [q, this.indexVersion, `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`, SEARCH_LIMIT],
    );
  }

  /** A topic (or, without a slug, the whole comparison) as a PDF; rendered once per process and content version. */
  pdf(slug?: string): { etag: string; body: () => Promise<Buffer> } {
    const topics = slug ? [this.topic(slug)] : this.loaded.topics;
    const key = slug ?? '*';
    return {
      etag: `"legal-${key === '*' ? 'all' : slug}-${this.etagVersion}"`,
      body: () => {
        let pdf = this.pdfs.get(key);
        if (!pdf) {
          pdf = renderLegalPdf(topics, { whole: !slug, publicUrl: this.config.publicUrl });
          pdf.catch(() => this.pdfs.delete(key));
          this.pdfs.set(key, pdf);
        }
        return pdf;
      },
    };
  }
}

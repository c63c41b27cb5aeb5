import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users/user.entity';

export const NEWS_REGIONS = ['ecuador', 'spain', 'eu', 'world'] as const;
export type NewsRegion = (typeof NEWS_REGIONS)[number];
/** How far a source can be trusted, shown as a label on every item. */
export const RELIABILITY_TIERS = ['official', 'established_media', 'civil_society', 'community'] as const;
export type ReliabilityTier = (typeof RELIABILITY_TIERS)[number];
export const NEWS_LANGUAGES = ['es', 'en'] as const;
export type NewsLanguage = (typeof NEWS_LANGUAGES)[number];
export const EDITORIAL_STATUSES = ['draft', 'in_review', 'published'] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

/**
 * A news source and its feed. The fetch state lives here: conditional GET validators, and the failure count
 * that pushes the next attempt further away (and flags the source to editors) until the feed works again.
 */
@Entity({ tableName: 'news_sources' })
export class NewsSource {
  [OptionalProps]?:
    | 'id'
    | 'feedUrl'
    | 'active'
    | 'keywordFilter'
    | 'notes'
    | 'seedKey'
    | 'lastFetchedAt'
    | 'lastSuccessAt'
    | 'etag'
    | 'lastModified'
    | 'validatorsUrl'
    | 'movedTo'
    | 'consecutiveFailures'
    | 'nextAttemptAt'
    | 'lastError'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name: string;

  /** Null until an editor finds the source's feed; such a source cannot be active. */
  @Unique()
  @Property({ type: 'text', nullable: true })
  feedUrl: string | null = null;

  @Property({ type: 'text' })
  siteUrl: string;

  @Enum({ items: [...NEWS_REGIONS], nativeEnumName: 'news_region' })
  region: NewsRegion;

  @Property({ type: 'text' })
  language: NewsLanguage;

  @Enum({ items: [...RELIABILITY_TIERS], nativeEnumName: 'reliability_tier' })
  tier: ReliabilityTier;

  @Property({ type: 'boolean', default: false })
  active: boolean = false;

  /** A sitewide feed: only items about migration are kept. */
  @Property({ type: 'boolean', default: true })
  keywordFilter: boolean = true;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** Rows from the shipped list carry their key, so a restart adds new ones and never overwrites edits. */
  @Unique()
  @Property({ type: 'text', nullable: true })
  seedKey: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastFetchedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  etag: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastModified: string | null = null;

  /** The address the ETag and Last-Modified came from (after redirects): they are sent there only. */
  @Property({ type: 'text', nullable: true })
  validatorsUrl: string | null = null;

  /** The feed answered with permanent redirects (301/308) to this address: an editor should update it. */
  @Property({ type: 'text', nullable: true })
  movedTo: string | null = null;

  @Property({ type: 'integer', default: 0 })
  consecutiveFailures: number = 0;

  /** While in the future, scheduled runs leave the source alone (back-off after failures). */
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export interface NewsCitation {
  text: string;
  url: string | null;
}

/**
 * One news item: aggregated from a feed (kind `feed`, always published) or written by our editors (kind
 * `editorial`, draft → in review → published once a second editor verifies it). Items telling the same story
 * share a cluster id, the id of the first one seen, which is the one listed.
 */
@Entity({ tableName: 'news_items' })
@Unique({ properties: ['source', 'guid'] })
@Index({ properties: ['status', 'publishedAt'] })
// One feed item per canonical link, whichever source brings it first.
@Index({ name: 'news_items_feed_link_unique', expression: `create unique index "news_items_feed_link_unique" on "news_items" ("link") where "kind" = 'feed' and "link" is not null` })
// The public list: the first item of each story, newest first.
@Index({ name: 'news_items_listed_index', expression: `create index "news_items_listed_index" on "news_items" ("published_at" desc) where "status" = 'published' and "id" = "cluster_id"` })
@Index({ name: 'news_items_recent_feed_index', expression: `create index "news_items_recent_feed_index" on "news_items" ("published_at") where "kind" = 'feed'` })
@Index({ name: 'news_items_search_index', expression: `create index "news_items_search_index" on "news_items" using gin ("search")` })
@Index({ name: 'news_items_tags_index', expression: `create index "news_items_tags_index" on "news_items" using gin ("tags")` })
export class NewsItem {
  [OptionalProps]?:
    | 'id'
    | 'source'
    | 'guid'
    | 'link'
    | 'summaryHtml'
    | 'summaryText'
    | 'tags'
    | 'titleTokens'
    | 'status'
    | 'body'
    | 'citations'
    | 'author'
    | 'lastEditedBy'
    | 'verifiedBy'
    | 'verifiedAt'
    | 'submittedAt'
    | 'reviewNote'
    | 'fetchedAt'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  slug: string;

  @Enum({ items: ['feed', 'editorial'], nativeEnumName: 'news_item_kind' })
  kind: 'feed' | 'editorial';

  @ManyToOne(() => NewsSource, { nullable: true, deleteRule: 'cascade' })
  source: NewsSource | null = null;

  /** The feed's own id for the item (guid, Atom id, JSON Feed id), or its link when it has none. */
  @Property({ type: 'text', nullable: true })
  guid: string | null = null;

  /** Canonical: no tracking parameters, no fragment. One feed item per link, whatever the source. */
  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'text' })
  title: string;

  /** Sanitised to a small safe subset. */
  @Property({ type: 'text', default: '' })
  summaryHtml: string = '';

  @Property({ type: 'text', default: '' })
  summaryText: string = '';

  @Property({ type: 'timestamptz' })
  publishedAt: Date;

  @Enum({ items: [...NEWS_REGIONS], nativeEnumName: 'news_region' })
  region: NewsRegion;

  @Property({ type: 'text' })
  language: NewsLanguage;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  /** The normalised title's tokens, to find the same story from other sources. */
  @Property({ type: 'text[]', default: '{}' })
  titleTokens: string[] = [];

  @Index()
  @Property({ type: 'uuid' })
  clusterId: string;

  @Enum({ items: [...EDITORIAL_STATUSES], nativeEnumName: 'news_item_status' })
  status: EditorialStatus = 'published';

  /** Editorial items: Markdown. */
  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  /** Editorial items: the sources the text relies on. */
  @Property({ type: 'jsonb', nullable: true })
  citations: NewsCitation[] | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null = null;

  /** Whoever saved the text last; like the author, they cannot be the one who verifies it. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  lastEditedBy: User | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  verifiedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  /** Why a reviewer sent the draft back. */
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  fetchedAt: Date = new Date();

  /**
   * Spanish full-text search that forgives missing accents (the `puente_es` configuration: unaccent, then
   * the Spanish stemmer). Computed by PostgreSQL, never loaded.
   */
  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    lazy: true,
    nullable: true,
    generated: `((setweight(to_tsvector('puente_es'::regconfig, title), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, summary_text), 'B'::"char")) || setweight(to_tsvector('puente_es'::regconfig, COALESCE(body, ''::text)), 'C'::"char")) stored`,
  })
  search?: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A correction to a published editorial item: appended and shown, never a silent edit. */
@Entity({ tableName: 'news_corrections' })
export class NewsCorrection {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => NewsItem, { deleteRule: 'cascade' })
  item: NewsItem;

  @Property({ type: 'text' })
  body: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One ingestion run and its report. A scheduled run carries its slot, unique, so a slot runs once. */
@Entity({ tableName: 'news_ingest_runs' })
export class NewsIngestRun {
  [OptionalProps]?: 'id' | 'slot' | 'startedBy' | 'finishedAt' | 'report' | 'startedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  trigger: 'schedule' | 'manual';

  @Unique()
  @Property({ type: 'text', nullable: true })
  slot: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  startedBy: User | null = null;

  @Index()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'jsonb', nullable: true })
  report: unknown = null;
}

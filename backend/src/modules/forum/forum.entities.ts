import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

export const FORUM_COUNTRIES = ['ES', 'EC', 'other'] as const;
export type ForumCountry = (typeof FORUM_COUNTRIES)[number];

/** open: no answer yet · answered: at least one · resolved: an answer was accepted · locked: closed by a moderator. */
export const QUESTION_STATUSES = ['open', 'answered', 'resolved', 'locked'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * Who can see a post. visible: everyone · pending: held back by a watched word until a moderator looks ·
 * hidden: by a moderator, or by three open reports, until reviewed · deleted: removed by a moderator.
 * Only `visible` posts exist for the public; the author still sees their own post and why it is not shown.
 */
export const VISIBILITIES = ['visible', 'pending', 'hidden', 'deleted'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const REPORT_REASONS = ['personal_data', 'spam', 'abuse', 'misleading', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Forum posts, members' blog posts and comments, and private messages, which go through the same reports and queue. */
export const POST_KINDS = ['question', 'answer', 'blog_post', 'blog_comment', 'message'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const WATCH_ACTIONS = ['block', 'review'] as const;
export type WatchAction = (typeof WATCH_ACTIONS)[number];

@Entity({ tableName: 'forum_categories' })
export class ForumCategory {
  [OptionalProps]?: 'id' | 'anonymousByDefault' | 'position';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  slug: string;

  @Property({ type: 'text' })
  nameEs: string;

  @Property({ type: 'text' })
  nameEn: string;

  @Property({ type: 'text' })
  descriptionEs: string;

  @Property({ type: 'text' })
  descriptionEn: string;

  /** Questions here are anonymous unless the asker chooses otherwise. */
  @Property({ type: 'boolean', default: false })
  anonymousByDefault: boolean = false;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

/**
 * A question. Its author is known to the server only: anonymous questions show a pseudonym made for this
 * question alone, and nothing public (JSON, page, feed, mail to others, search, error) carries the author.
 */
@Entity({ tableName: 'forum_questions' })
@Index({ name: 'forum_questions_listed_index', expression: `create index "forum_questions_listed_index" on "forum_questions" ("last_activity_at" desc, "id") where "visibility" = 'visible'` })
@Index({ name: 'forum_questions_queue_index', expression: `create index "forum_questions_queue_index" on "forum_questions" ("created_at", "id") where "visibility" = 'visible' and "first_counsellor_answer_at" is null` })
@Index({ name: 'forum_questions_search_index', expression: `create index "forum_questions_search_index" on "forum_questions" using gin ("search")` })
@Index({ name: 'forum_questions_moderation_index', expression: `create index "forum_questions_moderation_index" on "forum_questions" ("created_at") where "visibility" = 'pending' or "open_reports" > 0` })
@Index({ name: 'forum_questions_tags_index', expression: `create index "forum_questions_tags_index" on "forum_questions" using gin ("tags")` })
export class ForumQuestion {
  [OptionalProps]?:
    | 'id'
    | 'tags'
    | 'status'
    | 'visibility'
    | 'moderationNote'
    | 'acceptedAnswerId'
    | 'claimedBy'
    | 'claimedAt'
    | 'firstCounsellorAnswerAt'
    | 'answerCount'
    | 'openReports'
    | 'lastActivityAt'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => ForumCategory, { deleteRule: 'restrict' })
  category: ForumCategory;

  /** Never serialised to anyone but the author (and, through an audited action, a moderator). */
  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade', hidden: true })
  author: User;

  @Property({ type: 'boolean' })
  anonymous: boolean;

  /** "Persona 4F2K": random, made for this question only. */
  @Property({ type: 'text' })
  pseudonym: string;

  /** Already scrubbed: personal data masked before it was stored. */
  @Property({ type: 'text' })
  title: string;

  /** Markdown, already scrubbed. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text' })
  country: ForumCountry;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Enum({ items: [...QUESTION_STATUSES], nativeEnumName: 'forum_question_status', default: 'open' })
  status: QuestionStatus = 'open';

  @Enum({ items: [...VISIBILITIES], nativeEnumName: 'forum_visibility', default: 'visible' })
  visibility: Visibility = 'visible';

  /** Why a moderator hid or deleted it, or which watched word held it; shown to moderators and the author. */
  @Property({ type: 'text', nullable: true })
  moderationNote: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  acceptedAnswerId: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  claimedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null = null;

  /** For the 48-hour target and the response-time figures. */
  @Property({ type: 'timestamptz', nullable: true })
  firstCounsellorAnswerAt: Date | null = null;

  /** Visible answers. */
  @Property({ type: 'integer', default: 0 })
  answerCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  openReports: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastActivityAt: Date = new Date();

  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    lazy: true,
    nullable: true,
    generated: `(setweight(to_tsvector('puente_es'::regconfig, title), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, body), 'B'::"char")) stored`,
  })
  search?: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'forum_answers' })
@Index({ properties: ['question', 'createdAt'] })
@Index({ name: 'forum_answers_moderation_index', expression: `create index "forum_answers_moderation_index" on "forum_answers" ("created_at") where "visibility" = 'pending' or "open_reports" > 0` })
export class ForumAnswer {
  [OptionalProps]?: 'id' | 'visibility' | 'moderationNote' | 'openReports' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ForumQuestion, { deleteRule: 'cascade' })
  question: ForumQuestion;

  /** Never serialised: in an anonymous thread the asker's own answers carry the pseudonym. */
  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade', hidden: true })
  author: User;

  /** Markdown, already scrubbed. */
  @Property({ type: 'text' })
  body: string;

  /** Written by a verified counsellor (role and credential at the time): carries the badge. */
  @Property({ type: 'boolean' })
  byCounsellor: boolean;

  @Enum({ items: [...VISIBILITIES], nativeEnumName: 'forum_visibility', default: 'visible' })
  visibility: Visibility = 'visible';

  @Property({ type: 'text', nullable: true })
  moderationNote: string | null = null;

  @Property({ type: 'integer', default: 0 })
  openReports: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A report on a post. One per person and post; open until a moderator reviews the post. */
@Entity({ tableName: 'forum_reports' })
@Unique({ properties: ['postId', 'reporter'] })
@Index({ properties: ['status', 'createdAt'] })
export class ForumReport {
  [OptionalProps]?: 'id' | 'note' | 'status' | 'createdAt' | 'resolvedAt' | 'resolvedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  postKind: PostKind;

  @Property({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  reporter: User;

  @Property({ type: 'text' })
  reason: ReportReason;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text', default: 'open' })
  status: 'open' | 'resolved' = 'open';

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  resolvedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Every moderator action, with who, when and why; moderators read it, nobody edits it. */
@Entity({ tableName: 'forum_moderation_log' })
@Index({ properties: ['createdAt'] })
export class ForumModerationEntry {
  [OptionalProps]?: 'id' | 'postKind' | 'postId' | 'targetUser' | 'reason' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null;

  @Property({ type: 'text' })
  action: string;

  @Property({ type: 'text', nullable: true })
  postKind: PostKind | null = null;

  @Property({ type: 'uuid', nullable: true })
  postId: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  targetUser: User | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Forum standing of an account: a counsellor's credential line (set by an admin) and any suspension. */
@Entity({ tableName: 'forum_members' })
export class ForumMember {
  [OptionalProps]?: 'credential' | 'credentialSetBy' | 'credentialSetAt' | 'suspendedUntil' | 'suspensionReason';

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user: User;

  /** e.g. "Abogada, ICAM n.º 12345" or "Servicio jurídico de una ONG". */
  @Property({ type: 'text', nullable: true })
  credential: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  credentialSetBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  credentialSetAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null = null;

  @Property({ type: 'text', nullable: true })
  suspensionReason: string | null = null;
}

/** Words that block a post or hold it for review; compared without case or accents. */
@Entity({ tableName: 'forum_watched_words' })
export class ForumWatchedWord {
  [OptionalProps]?: 'id' | 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  word: string;

  @Property({ type: 'text' })
  action: WatchAction;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

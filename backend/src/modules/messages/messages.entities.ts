import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VISIBILITIES, type Visibility } from '../forum/forum.entities';
import { User } from '../users/user.entity';

export const WHO_CAN_MESSAGE = ['everyone', 'classmates', 'nobody'] as const;
export type WhoCanMessage = (typeof WHO_CAN_MESSAGE)[number];

/**
 * A private conversation between exactly two members. `userA` holds the smaller id, so a pair has one
 * ordinary thread. A counsellor writing to the asker of a forum question they claimed gets a thread of its
 * own for that question (`question`), where the asker (`maskedUser`) is shown to the other member by the
 * question's pseudonym when the question is anonymous (`pseudonym`), never by name or id.
 */
@Entity({ tableName: 'message_threads' })
@Index({ name: 'message_threads_pair_unique', expression: `create unique index "message_threads_pair_unique" on "message_threads" ("user_a_id", "user_b_id") where "question_id" is null` })
@Index({ name: 'message_threads_question_unique', expression: `create unique index "message_threads_question_unique" on "message_threads" ("question_id", "user_a_id", "user_b_id") where "question_id" is not null` })
export class MessageThread {
  [OptionalProps]?: 'id' | 'questionId' | 'maskedUser' | 'pseudonym' | 'lastMessageAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  userA: User;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  userB: User;

  /**
   * Set on a counsellor's thread with the asker of this forum question. A plain id, not a foreign key: the
   * thread (and its pseudonym) outlives the question and never merges with the pair's ordinary thread.
   */
  @Property({ type: 'uuid', nullable: true })
  questionId: string | null = null;

  /** The member the other one knows only by `pseudonym` (the anonymous asker); null when both are named. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade' })
  maskedUser: User | null = null;

  @Property({ type: 'text', nullable: true })
  pseudonym: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastMessageAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One member's state in a thread: how far they have read (read receipts and unread counts). */
@Entity({ tableName: 'message_thread_members' })
@Unique({ properties: ['thread', 'user'] })
export class MessageThreadMember {
  [OptionalProps]?: 'id' | 'lastReadAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MessageThread, { deleteRule: 'cascade' })
  thread: MessageThread;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'timestamptz', nullable: true })
  lastReadAt: Date | null = null;
}

/**
 * A private message. `visibility`, `openReports` and `moderationNote` work as on forum posts: a member of
 * the thread can report it to the forum's moderation queue, and a moderator can hide it. Moderators read a
 * message only when it was reported.
 */
@Entity({ tableName: 'messages' })
@Index({ properties: ['thread', 'createdAt'] })
@Index({ name: 'messages_moderation_index', expression: `create index "messages_moderation_index" on "messages" ("created_at") where "visibility" = 'pending' or "open_reports" > 0` })
export class Message {
  [OptionalProps]?: 'id' | 'visibility' | 'moderationNote' | 'openReports' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MessageThread, { deleteRule: 'cascade' })
  thread: MessageThread;

  /** The sender (named `author` like forum and blog posts, so moderation treats them alike). */
  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author: User;

  /** Markdown as written; sanitised when rendered. */
  @Property({ type: 'text' })
  body: string;

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

/**
 * `blocker` receives nothing from `blocked`, and neither can write to the other. A block with a `thread` is a
 * counsellor's block of an anonymous asker they know only by that thread's pseudonym: it closes that thread
 * alone (both ways), so it never tells the counsellor which account is behind the pseudonym — not through
 * the blocks list, not through another thread being refused. In a thread where one member is masked, the
 * other member's ordinary blocks do not apply for the same reason (see MessagesService.blockedBetween).
 */
@Entity({ tableName: 'message_blocks' })
@Index({ name: 'message_blocks_pair_unique', expression: `create unique index "message_blocks_pair_unique" on "message_blocks" ("blocker_id", "blocked_id") where "thread_id" is null` })
@Index({ name: 'message_blocks_thread_unique', expression: `create unique index "message_blocks_thread_unique" on "message_blocks" ("blocker_id", "thread_id") where "thread_id" is not null` })
export class MessageBlock {
  [OptionalProps]?: 'id' | 'thread' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  blocker: User;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  blocked: User;

  /** Set when the block closes one thread only (a counsellor blocking an anonymous asker there). */
  @ManyToOne(() => MessageThread, { nullable: true, deleteRule: 'cascade' })
  thread: MessageThread | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Who may start writing to a member (no row: everyone). */
@Entity({ tableName: 'message_settings' })
export class MessageSettings {
  [OptionalProps]?: 'whoCanMessage' | 'updatedAt';

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'text', default: 'everyone' })
  whoCanMessage: WhoCanMessage = 'everyone';

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users/user.entity';
import type { NotificationMode, NotificationParams, NotificationType } from './notification-types';

/** One item of a person's notification centre. Params are plain text; the words come from the type, in the reader's language. */
@Entity({ tableName: 'notifications' })
@Index({ name: 'notifications_inbox_idx', properties: ['recipient', 'createdAt', 'id'] })
@Index({ name: 'notifications_unread_idx', expression: 'create index "notifications_unread_idx" on "notifications" ("recipient_id") where "read_at" is null' })
@Index({ name: 'notifications_digest_idx', expression: 'create index "notifications_digest_idx" on "notifications" ("recipient_id") where "digest_pending"' })
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt' | 'readAt' | 'digestPending';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient: User;

  @Property({ type: 'text' })
  type: NotificationType;

  @Property({ type: 'json' })
  params: NotificationParams;

  /** A path inside Puente (starts with `/`), never an outside address. */
  @Property({ type: 'text' })
  link: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  /** Waiting for the recipient's daily digest email. */
  @Property({ type: 'boolean', default: false })
  digestPending: boolean = false;
}

/** How a person wants to hear about one type by email; no row means the type's default. */
@Entity({ tableName: 'notification_preferences' })
@Unique({ properties: ['user', 'type'] })
export class NotificationPreference {
  [OptionalProps]?: 'id' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'text' })
  type: NotificationType;

  @Property({ type: 'text' })
  mode: NotificationMode;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * The random token behind one-click unsubscribe links: one per person and scope (a type, or `digest`),
 * reused for every email of that scope, so any old email's link keeps working. It only ever turns mail off.
 */
@Entity({ tableName: 'notification_unsubscribe_tokens' })
@Unique({ properties: ['user', 'scope'] })
export class NotificationUnsubscribeToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  token: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'text' })
  scope: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

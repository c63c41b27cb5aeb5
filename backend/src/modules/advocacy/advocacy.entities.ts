import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User, type Locale } from '../users/user.entity';

export const OFFICIAL_LEVELS = ['national', 'regional', 'local', 'eu', 'consular', 'ngo', 'international'] as const;
export type OfficialLevel = (typeof OFFICIAL_LEVELS)[number];

/**
 * Someone a brief can be sent to: a person in post or an office. Only an address an official source states
 * goes in `email`; anything else is marked as needing verification before a real send.
 */
@Entity({ tableName: 'officials' })
export class Official {
  [OptionalProps]?: 'id' | 'position' | 'region' | 'email' | 'contactUrl' | 'sourceUrl' | 'lastVerifiedOn' | 'needsVerification' | 'notes' | 'active' | 'seedKey' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', nullable: true })
  position: string | null = null;

  @Index()
  @Property({ type: 'text' })
  institution: string;

  @Enum({ items: [...OFFICIAL_LEVELS], nativeEnumName: 'official_level' })
  level: OfficialLevel;

  /** ES, EC, EU or another ISO 3166-1 alpha-2 code. */
  @Index()
  @Property({ type: 'text' })
  country: string;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  /** Lower-case; unique when present (the CSV import updates by it). */
  @Unique()
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  sourceUrl: string | null = null;

  @Property({ type: 'date', nullable: true })
  lastVerifiedOn: string | null = null;

  @Property({ type: 'boolean', default: false })
  needsVerification: boolean = false;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Rows from the shipped directory carry their key, so a restart adds new ones and never repeats or overwrites. */
  @Unique()
  @Property({ type: 'text', nullable: true })
  seedKey: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export const CAMPAIGN_STATUSES = ['draft', 'published', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const AUDIENCES = ['ngos', 'families', 'political', 'government', 'students'] as const;
export type Audience = (typeof AUDIENCES)[number];

@Entity({ tableName: 'campaigns' })
export class Campaign {
  [OptionalProps]?: 'id' | 'status' | 'publishedAt' | 'closedAt' | 'coAdvocates' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  slug: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  /** Markdown. */
  @Property({ type: 'text' })
  problem: string;

  /** Markdown. */
  @Property({ type: 'text' })
  asks: string;

  @Property({ type: 'text[]' })
  audiences: Audience[];

  /** The language the campaign is written in. */
  @Property({ type: 'text' })
  locale: Locale;

  @Index()
  @Enum({ items: [...CAMPAIGN_STATUSES], nativeEnumName: 'campaign_status' })
  status: CampaignStatus = 'draft';

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  owner: User;

  @ManyToMany({ entity: () => User, pivotTable: 'campaign_advocates', joinColumn: 'campaign_id', inverseJoinColumn: 'user_id' })
  coAdvocates = new Collection<User>(this);

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A sign-on. It counts only once its signer confirms it from the email (double opt-in); the same token,
 * kept only as a hash, lets them withdraw, which deletes the row. One per email per campaign.
 */
@Entity({ tableName: 'campaign_signatures' })
@Unique({ properties: ['campaign', 'email'] })
@Index({ properties: ['campaign', 'confirmedAt'] })
export class Signature {
  [OptionalProps]?: 'id' | 'organisation' | 'confirmedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign: Campaign;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'text' })
  city: string;

  @Property({ type: 'text' })
  country: string;

  @Property({ type: 'text', nullable: true })
  organisation: string | null = null;

  @Property({ type: 'boolean' })
  showName: boolean;

  @Property({ type: 'text' })
  locale: Locale;

  @Unique()
  @Property({ type: 'text' })
  tokenHash: string;

  @Property({ type: 'timestamptz' })
  consentAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export interface Citation {
  text: string;
  url: string | null;
}

@Entity({ tableName: 'briefs' })
export class Brief {
  [OptionalProps]?: 'id' | 'latestVersion' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign: Campaign;

  @Property({ type: 'text' })
  locale: Locale;

  @Property({ type: 'integer' })
  latestVersion: number = 0;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy: User;

  @OneToMany(() => BriefVersion, (v) => v.brief)
  versions = new Collection<BriefVersion>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * One saved state of a brief; never edited. The first send freezes it: the PDF as sent (with that day's
 * signature count) is stored, and every later delivery and download of this version gets those bytes.
 */
@Entity({ tableName: 'brief_versions' })
@Unique({ properties: ['brief', 'number'] })
export class BriefVersion {
  [OptionalProps]?: 'id' | 'frozenAt' | 'pdf' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Brief, { deleteRule: 'cascade' })
  brief: Brief;

  @Property({ type: 'integer' })
  number: number;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  /** Markdown. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'jsonb' })
  recommendations: string[];

  @Property({ type: 'jsonb' })
  citations: Citation[];

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author: User;

  @Property({ type: 'timestamptz', nullable: true })
  frozenAt: Date | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  pdf: Buffer | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export interface SendFilter {
  country?: string;
  level?: OfficialLevel;
  institution?: string;
}

@Entity({ tableName: 'brief_sends' })
export class BriefSend {
  [OptionalProps]?: 'id' | 'filter' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => BriefVersion, { deleteRule: 'restrict' })
  version: BriefVersion;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'text' })
  message: string;

  @Property({ type: 'jsonb', nullable: true })
  filter: SendFilter | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy: User;

  /** Where replies go: the advocate's address when the send was made. */
  @Property({ type: 'text' })
  replyTo: string;

  @Property({ type: 'text' })
  senderName: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced', 'replied'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One email to one official: the outbox row written in the same transaction as its send. The unique
 * (version, official) pair is what makes "at most once" hold across retries, sends and instances.
 */
@Entity({ tableName: 'deliveries' })
@Unique({ properties: ['version', 'official'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class Delivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'nextAttemptAt' | 'leaseUntil' | 'claimToken' | 'lastError' | 'smtpResponse' | 'sentAt' | 'lastAttemptAt' | 'followUpRemindedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => BriefSend, { deleteRule: 'cascade' })
  send: BriefSend;

  @ManyToOne(() => BriefVersion, { deleteRule: 'restrict' })
  version: BriefVersion;

  @Index()
  @ManyToOne(() => Official, { deleteRule: 'restrict' })
  official: Official;

  /** The address, name, post and institution as they were when the send was made. */
  @Property({ type: 'text' })
  toEmail: string;

  @Property({ type: 'text' })
  toName: string;

  @Property({ type: 'text', nullable: true })
  toPosition: string | null;

  @Property({ type: 'text' })
  toInstitution: string;

  /** `<uuid@host>`, fixed when the delivery is created and sent with every attempt. */
  @Unique()
  @Property({ type: 'text' })
  messageId: string;

  @Enum({ items: [...DELIVERY_STATUSES], nativeEnumName: 'delivery_status' })
  status: DeliveryStatus = 'queued';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  /** While `sending`: until when the worker holding it keeps it (renewed while that worker lives). */
  @Property({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null = null;

  /** While `sending`: which worker holds it; only that worker may record its outcome. */
  @Property({ type: 'uuid', nullable: true })
  claimToken: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** The SMTP server's reply to the last attempt (250 … on success, 550 … on a bounce). */
  @Property({ type: 'text', nullable: true })
  smtpResponse: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  /** Counts attempts in the last minute for MAIL_RATE_PER_MINUTE. */
  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  followUpRemindedAt: Date | null = null;

  @OneToMany(() => DeliveryReply, (r) => r.delivery)
  replies = new Collection<DeliveryReply>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export const REPLY_CHANNELS = ['email', 'letter', 'phone', 'meeting', 'other'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

@Entity({ tableName: 'delivery_replies' })
export class DeliveryReply {
  [OptionalProps]?: 'id' | 'url' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Delivery, { deleteRule: 'cascade' })
  delivery: Delivery;

  @Property({ type: 'timestamptz' })
  receivedAt: Date;

  @Enum({ items: [...REPLY_CHANNELS], nativeEnumName: 'reply_channel' })
  channel: ReplyChannel;

  @Property({ type: 'text' })
  summary: string;

  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  recordedBy: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService, type AttachmentRef } from '../mail/mail.service';
import type { MailTemplate } from '../mail/mail.templates';
import type { Locale } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { NotificationPage, NotificationPreferences, NotificationResponse, UnreadCount, UnsubscribeInfo, UpdateNotificationPreferences } from './notifications.dto';
import {
  DEFAULT_MODES,
  NOTIFICATION_TYPES,
  plainParam,
  renderNotification,
  TYPE_LABELS,
  type NotificationMode,
  type NotificationParams,
  type NotificationParamsByType,
  type NotificationType,
} from './notification-types';

export const NOTIFY_DIGEST_QUEUE = 'notifications-digest';
const PAGE_SIZE = 20;
const DIGEST_SCOPE = 'digest';

export interface NotifyOptions {
  /** The feature's own email for this event (kept as it was); without it, a plain email says what happened. */
  mail?: MailTemplate;
  attachments?: AttachmentRef[];
}

/** notified: the person exists (not a deleted account) and has the item in their centre; mailed: an email went out now. */
export interface NotifyResult {
  notified: boolean;
  mailed: boolean;
}

interface Recipient {
  id: string;
  email: string | null;
  locale: Locale;
  display_name: string;
  mode: NotificationMode | null;
}

interface Row {
  id: string;
  type: NotificationType;
  params: NotificationParams;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

/**
 * The notification centre: every event about a person is kept in Puente, and mailed according to their
 * choice for its type — at once, in one daily digest, or never. Every such email can be turned off with
 * one click (RFC 8058), without logging in.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('notifications');

  constructor(
    private readonly em: EntityManager,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'notifications', export: (id) => this.exportFor(id), erase: (em, id) => this.eraseFor(em, id) });
    // In the constructor: the job service starts pg-boss (queues, schedules) in its own onModuleInit, which
    // Nest may run before this module's.
    this.jobs.register(NOTIFY_DIGEST_QUEUE, () => this.sendDigests().then(() => undefined));
    if (this.config.notifyDigestCron) this.jobs.scheduleCron(NOTIFY_DIGEST_QUEUE, this.config.notifyDigestCron);
  }

  /** Records a notification for one person and mails it as their preference for the type says. */
  async notify<T extends NotificationType>(userId: string, type: T, params: NotificationParamsByType[T], link: string, options: NotifyOptions = {}): Promise<NotifyResult> {
    const em = this.em.fork();
    const rows = await em.getConnection().execute<Recipient[]>(
      `select u.id, u.email, u.locale, u.display_name, p.mode
         from users u left join notification_preferences p on p.user_id = u.id and p.type = ?
        where u.id = ? and u.deleted_at is null`,
      [type, userId],
    );
    const user = rows[0];
    if (!user) return { notified: false, mailed: false };
    const clean: NotificationParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, plainParam(v)]));
    const path = this.pathOf(link);
    const mode = user.mode ?? DEFAULT_MODES[type];
    await em.getConnection().execute(`insert into notifications (id, recipient_id, type, params, link, digest_pending) values (gen_random_uuid(), ?, ?, ?, ?, ?)`, [
      user.id,
      type,
      JSON.stringify(clean),
      path,
      mode === 'daily' && user.email !== null,
    ]);
    if (mode !== 'immediately' || !user.email) return { notified: true, mailed: false };
    const token = await this.tokenFor(user.id, type);
    const template: MailTemplate = options.mail ?? {
      name: 'notification',
      params: { displayName: user.display_name, ...renderNotification(type, clean, user.locale), link: `${this.config.publicUrl}${path}` },
    };
    await this.mail.sendToUser({ email: user.email, locale: user.locale }, template, options.attachments, { unsubscribe: { token } });
    return { notified: true, mailed: true };
  }

  /** Whether the person has an unread notification of this type and link made after `since` (a feature's own anti-flood check). */
  async hasUnread(userId: string, type: NotificationType, link: string, since: Date | null): Promise<boolean> {
    const rows = await this.em.getConnection().execute<{ found: boolean }[]>(
      `select exists (select 1 from notifications where recipient_id = ? and type = ? and link = ? and read_at is null and created_at > coalesce(?::timestamptz, '-infinity')) as found`,
      [userId, type, this.pathOf(link), since],
    );
    return rows[0]?.found ?? false;
  }

  /** Marks read what the person has now seen in the feature itself (e.g. a message thread they opened). */
  async markReadByLink(userId: string, type: NotificationType, link: string): Promise<void> {
    await this.em.getConnection().execute(`update notifications set read_at = now() where recipient_id = ? and type = ? and link = ? and read_at is null`, [userId, type, this.pathOf(link)]);
  }

  /** A link kept as a path inside Puente, so it follows the site if PUBLIC_URL changes. */
  private pathOf(link: string): string {
    if (link.startsWith(this.config.publicUrl)) link = link.slice(this.config.publicUrl.length) || '/';
    return link.startsWith('/') && !link.startsWith('//') ? link : '/avisos';
  }

  /** The person's unsubscribe token for a scope, made on first use and the same ever after. */
  private async tokenFor(userId: string, scope: string): Promise<string> {
    const rows = await this.em.getConnection().execute<{ token: string }[]>(
      `insert into notification_unsubscribe_tokens (token, user_id, scope) values (?, ?, ?)
       on conflict (user_id, scope) do update set scope = excluded.scope
       returning token`,
      [randomBytes(24).toString('base64url'), userId, scope],
    );
    return rows[0].token;
  }

  async list(userId: string, page: number, locale: Locale): Promise<NotificationPage> {
    const conn = this.em.getConnection();
    const [rows, unread] = await Promise.all([
      conn.execute<Row[]>(
        `select id, type, params, link, created_at, read_at from notifications where recipient_id = ? order by created_at desc, id desc limit ? offset ?`,
        [userId, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE],
      ),
      this.unreadCount(userId),
    ]);
    return { items: rows.slice(0, PAGE_SIZE).map((r) => this.toResponse(r, locale)), page, pageSize: PAGE_SIZE, hasMore: rows.length > PAGE_SIZE, unread: unread.unread };
  }

  private toResponse(r: Row, locale: Locale): NotificationResponse {
    const text = renderNotification(r.type, r.params, locale);
    return { id: r.id, type: r.type, title: text.title, body: text.body, link: r.link, createdAt: new Date(r.created_at).toISOString(), readAt: r.read_at ? new Date(r.read_at).toISOString() : null };
  }

  /** One indexed count (a partial index on unread rows): cheap enough for every page's header. */
  async unreadCount(userId: string): Promise<UnreadCount> {
    const rows = await this.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from notifications where recipient_id = ? and read_at is null`, [userId]);
    return { unread: rows[0]?.n ?? 0 };
  }

  /** Someone else's notification is "not found", like one that does not exist. */
  async markRead(userId: string, id: string): Promise<UnreadCount> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `update notifications set read_at = coalesce(read_at, now()) where id = ? and recipient_id = ? returning id`,
      [id, userId],
    );
    if (!rows.length) throw new AppException(HttpStatus.NOT_FOUND, 'notifications.not_found');
    return this.unreadCount(userId);
  }

  async markAllRead(userId: string): Promise<UnreadCount> {
    await this.em.getConnection().execute(`update notifications set read_at = now() where recipient_id = ? and read_at is null`, [userId]);
    return { unread: 0 };
  }

  async preferences(userId: string, locale: Locale): Promise<NotificationPreferences> {
    const rows = await this.em.getConnection().execute<{ type: NotificationType; mode: NotificationMode }[]>(`select type, mode from notification_preferences where user_id = ?`, [userId]);
    const chosen = new Map(rows.map((r) => [r.type, r.mode]));
    return {
      items: NOTIFICATION_TYPES.map((type) => ({ type, label: TYPE_LABELS[type][locale], mode: chosen.get(type) ?? DEFAULT_MODES[type], defaultMode: DEFAULT_MODES[type] })),
    };
  }

  async updatePreferences(userId: string, dto: UpdateNotificationPreferences, locale: Locale): Promise<NotificationPreferences> {
    await this.em.fork().transactional(async (em) => {
      for (const type of NOTIFICATION_TYPES) {
        const mode = dto[type];
        if (mode) await this.setMode(em, userId, type, mode);
      }
    });
    return this.preferences(userId, locale);
  }

  private async setMode(em: EntityManager, userId: string, type: NotificationType, mode: NotificationMode): Promise<void> {
    await em.getConnection().execute(
      `insert into notification_preferences (id, user_id, type, mode) values (gen_random_uuid(), ?, ?, ?)
       on conflict (user_id, type) do update set mode = excluded.mode, updated_at = now()`,
      [userId, type, mode],
    );
    // What waited for a digest that is no longer wanted stays in the centre, without an email.
    if (mode !== 'daily') await em.getConnection().execute(`update notifications set digest_pending = false where recipient_id = ? and type = ? and digest_pending`, [userId, type]);
  }

  private async findToken(token: string): Promise<{ user_id: string; scope: string }> {
    const rows = await this.em.getConnection().execute<{ user_id: string; scope: string }[]>(
      `select t.user_id, t.scope from notification_unsubscribe_tokens t join users u on u.id = t.user_id where t.token = ? and u.deleted_at is null`,
      [token],
    );
    if (!rows.length) throw new AppException(HttpStatus.NOT_FOUND, 'notifications.bad_unsubscribe');
    return rows[0];
  }

  private scopeLabel(scope: string, locale: Locale): string {
    if (scope === DIGEST_SCOPE) return locale === 'es' ? 'El resumen diario de avisos' : 'The daily notification digest';
    return TYPE_LABELS[scope as NotificationType]?.[locale] ?? scope;
  }

  /** What a link would turn off, changing nothing (mail scanners follow links). */
  async unsubscribeInfo(token: string, locale: Locale): Promise<UnsubscribeInfo> {
    const t = await this.findToken(token);
    const conn = this.em.getConnection();
    let unsubscribed: boolean;
    if (t.scope === DIGEST_SCOPE) {
      const prefs = await this.preferences(t.user_id, locale);
      unsubscribed = !prefs.items.some((p) => p.mode === 'daily');
    } else {
      const rows = await conn.execute<{ mode: NotificationMode }[]>(`select mode from notification_preferences where user_id = ? and type = ?`, [t.user_id, t.scope]);
      unsubscribed = (rows[0]?.mode ?? DEFAULT_MODES[t.scope as NotificationType]) === 'never';
    }
    return { scope: t.scope, label: this.scopeLabel(t.scope, locale), unsubscribed };
  }

  /** One click: that type (or every type in the digest) is no longer mailed. In-app notifications go on. */
  async unsubscribe(token: string, locale: Locale): Promise<UnsubscribeInfo> {
    const t = await this.findToken(token);
    await this.em.fork().transactional(async (em) => {
      if (t.scope === DIGEST_SCOPE) {
        const prefs = await this.preferences(t.user_id, locale);
        for (const p of prefs.items) if (p.mode === 'daily') await this.setMode(em, t.user_id, p.type, 'never');
      } else if ((NOTIFICATION_TYPES as readonly string[]).includes(t.scope)) {
        await this.setMode(em, t.user_id, t.scope as NotificationType, 'never');
      }
    });
    this.logger.log({ scope: t.scope }, 'unsubscribed by link');
    return { scope: t.scope, label: this.scopeLabel(t.scope, locale), unsubscribed: true };
  }

  /**
   * The daily digest: one email per person with everything that waited for it. Rows are claimed in a
   * transaction (skip locked), so two instances never send the same item twice. Returns emails sent.
   */
  async sendDigests(): Promise<number> {
    const users = await this.em.getConnection().execute<{ recipient_id: string }[]>(`select distinct recipient_id from notifications where digest_pending`);
    let sent = 0;
    for (const { recipient_id: userId } of users) {
      try {
        if (await this.sendDigest(userId)) sent++;
      } catch (e) {
        this.logger.error({ err: { message: (e as Error).message } }, 'notification digest failed');
      }
    }
    this.logger.log({ people: users.length, sent }, 'notification digest');
    return sent;
  }

  private async sendDigest(userId: string): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      const conn = em.getConnection();
      const rows = await conn.execute<Row[]>(
        `select id, type, params, link, created_at, read_at from notifications where recipient_id = ? and digest_pending order by created_at, id for update skip locked`,
        [userId],
      );
      if (!rows.length) return false;
      await conn.execute(`update notifications set digest_pending = false where id in (${rows.map(() => '?').join(',')})`, rows.map((r) => r.id));
      const users = await conn.execute<{ email: string | null; locale: Locale; display_name: string }[]>(`select email, locale, display_name from users where id = ? and deleted_at is null`, [userId]);
      const user = users[0];
      if (!user?.email) return false;
      const items = rows
        .map((r) => {
          const t = renderNotification(r.type, r.params, user.locale);
          return `• ${t.title}${t.body ? ` — ${t.body}` : ''}\n  ${this.config.publicUrl}${r.link}`;
        })
        .join('\n');
      const token = await this.tokenFor(userId, DIGEST_SCOPE);
      await this.mail.sendToUser(
        { email: user.email, locale: user.locale },
        { name: 'notification_digest', params: { displayName: user.display_name, items, count: rows.length, link: `${this.config.publicUrl}/avisos` } },
        undefined,
        { unsubscribe: { token, digest: true } },
      );
      return true;
    });
  }

  /** For the data export: the centre's items and the choices made. */
  async exportFor(userId: string): Promise<unknown> {
    const conn = this.em.fork().getConnection();
    const [notifications, preferences] = await Promise.all([
      conn.execute(`select type, params, link, created_at as "createdAt", read_at as "readAt" from notifications where recipient_id = ? order by created_at`, [userId]),
      conn.execute(`select type, mode from notification_preferences where user_id = ? order by type`, [userId]),
    ]);
    return { notifications, preferences };
  }

  async eraseFor(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`delete from notifications where recipient_id = ?`, [userId]);
    await em.execute(`delete from notification_preferences where user_id = ?`, [userId]);
    await em.execute(`delete from notification_unsubscribe_tokens where user_id = ?`, [userId]);
  }
}

import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { MEMBER_STATUSES } from '../classroom/enrolment.entity';
import { CLAIM_HOURS } from '../forum/counsellor.service';
import { ForumQuestion } from '../forum/forum.entities';
import { excerpt, ForumService, isCounsellor, isNewAccount } from '../forum/forum.service';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import type { BlockView, ContactView, MessageSettingsView, MessageView, SendMessageRequest, SendMessageResult, ThreadDetail, ThreadSummary } from './messages.dto';
import { Message, MessageThread, MessageThreadMember, type WhoCanMessage } from './messages.entities';

/** New accounts (see the forum's isNewAccount) write at a limited rate. */
export const MESSAGE_NEW_ACCOUNT_LIMITS = { message: 20, thread: 5 } as const;
export const PAGE_SIZE = 50;

// Headings a member types stay below the page's own (h4), out of the way of the thread's outline.
const messageHtml = (markdown: string) => renderMarkdown(markdown, { ugc: true, deep: true });

interface ThreadRow {
  id: string;
  question_id: string | null;
  pseudonym: string | null;
  masked_user_id: string | null;
  last_message_at: Date;
  other_id: string;
  other_name: string;
  other_deleted: boolean;
  other_last_read_at: Date | null;
  unread: number;
  last_body: string | null;
  last_mine: boolean | null;
  blocked_by_me: boolean;
}

/** What `send` hands on, once its transaction has committed, to notify the recipient. */
interface Delivery {
  recipientId: string;
  threadId: string;
  /** The sender as the recipient knows them: the question's pseudonym when the sender is the masked asker. */
  fromName: string;
}

/** The path of a thread's page, the link of its notifications. */
export const threadPath = (threadId: string) => `/mensajes/${threadId}`;

/**
 * The blocks that stop writing between `a` and `b` in a thread (null: a thread about to be made), either way
 * round. A thread's own blocks always count. Ordinary blocks count too, except in a thread where one member
 * is masked (an anonymous asker, `masked`): there only the asker's ordinary blocks count, never the other
 * member's, so that the counsellor's blocks of named people never tell them who is behind a pseudonym.
 * Parameters, in order: a, b, b, a, thread, masked, masked.
 */
const BLOCKS_BETWEEN = `from message_blocks
  where ((blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?))
    and (thread_id = ?::uuid or (thread_id is null and (?::uuid is null or blocker_id = ?::uuid)))`;

/**
 * Private messages: one-to-one threads between members, read receipts and unread counts, blocks, a per-member
 * setting of who may write to them, new-account limits, and counsellors writing to the asker of a question
 * they claimed (known to them only by the question's pseudonym when it is anonymous). Reports go to the
 * forum's moderation queue (ModerationService knows the `message` kind).
 *
 * Notifications: once `send` has committed a message, the recipient gets a `message` notification (in
 * Puente, and by mail as they chose) — never when a block stopped it, since nothing is delivered then.
 */
@Injectable()
export class MessagesService {
  private readonly logger = new Logger('messages');

  constructor(
    private readonly em: EntityManager,
    private readonly forum: ForumService,
    private readonly notifications: NotificationsService,
  ) {}

  async send(user: User, dto: SendMessageRequest): Promise<SendMessageResult> {
    const targets = [dto.toUserId, dto.questionId, dto.threadId].filter((v) => v !== undefined);
    if (targets.length !== 1) throw new ValidationFailedException([{ field: 'toUserId', rule: 'oneRecipient', args: [] }]);
    const until = await this.forum.suspendedUntil(this.em.fork(), user.id);
    if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });

    const { result, delivery } = await this.em.fork().transactional(async (em) => {
      let thread: MessageThread | null = null;
      let recipientId: string;
      let question: { id: string; pseudonym: string | null; askerId: string } | null = null;
      if (dto.threadId) {
        thread = await this.memberThread(em, user, dto.threadId);
        recipientId = thread.userA.id === user.id ? thread.userB.id : thread.userA.id;
      } else if (dto.questionId) {
        if (!isCounsellor(user)) throw new AppException(HttpStatus.FORBIDDEN, 'forum.not_counsellor');
        const q = await em.findOne(ForumQuestion, { id: dto.questionId, visibility: { $ne: 'deleted' } }, { populate: ['author'] });
        if (!q) throw new AppException(HttpStatus.NOT_FOUND, 'messages.question_not_found');
        const fresh = q.claimedAt && q.claimedAt.getTime() > Date.now() - CLAIM_HOURS * 3600_000;
        if (q.claimedBy?.id !== user.id || !fresh) throw new AppException(HttpStatus.FORBIDDEN, 'messages.not_your_claim');
        if (q.author.id === user.id) throw new AppException(HttpStatus.BAD_REQUEST, 'messages.to_self');
        recipientId = q.author.id;
        question = { id: q.id, pseudonym: q.anonymous ? q.pseudonym : null, askerId: q.author.id };
      } else {
        recipientId = dto.toUserId!;
        if (recipientId === user.id) throw new AppException(HttpStatus.BAD_REQUEST, 'messages.to_self');
      }

      const recipient = await em.findOne(User, { id: recipientId, deletedAt: null });
      if (!recipient) throw new AppException(HttpStatus.NOT_FOUND, thread || question ? 'messages.thread_not_found' : 'messages.user_not_found');

      if (!thread && !question) thread = await em.findOne(MessageThread, { questionId: null, userA: pairOf(user.id, recipientId)[0], userB: pairOf(user.id, recipientId)[1] });
      if (question) {
        const [a, b] = pairOf(user.id, recipientId);
        thread = await em.findOne(MessageThread, { questionId: question.id, userA: a, userB: b });
      }
      const maskedId = thread ? (thread.maskedUser?.id ?? null) : question?.pseudonym ? question.askerId : null;
      // Either way round, without saying who blocked whom.
      if (await this.blockedBetween(em, user.id, recipientId, thread?.id ?? null, maskedId)) throw new AppException(HttpStatus.FORBIDDEN, 'messages.cannot_write');
      // The recipient's setting applies to ordinary threads, unless they have written in this one themselves.
      // A counsellor's thread about the member's own question is help they asked for: only a block stops it.
      if (!question && !thread?.questionId) {
        const answered = thread ? await em.count(Message, { thread: thread.id, author: recipientId }) : 0;
        if (answered === 0) await this.checkSetting(em, user, recipientId);
      }

      // Counted and written under the per-account lock the forum and blogs use.
      if (isNewAccount(user)) await this.checkRate(em, user, !thread);

      if (!thread) thread = await this.createThread(em, user.id, recipientId, question);
      const now = new Date();
      const message = em.create(Message, { thread, author: em.getReference(User, user.id), body: dto.body, createdAt: now, updatedAt: now });
      thread.lastMessageAt = now;
      await em.flush();
      // Whoever writes has read everything up to their own message.
      await em.nativeUpdate(MessageThreadMember, { thread: thread.id, user: user.id }, { lastReadAt: now });
      const fromName = maskedId !== null && maskedId === user.id ? (thread.pseudonym ?? '') : user.displayName;
      return {
        result: { threadId: thread.id, message: this.view(message, user.id, null) } satisfies SendMessageResult,
        delivery: { recipientId, threadId: thread.id, fromName } satisfies Delivery,
      };
    });
    await this.notifyRecipient(delivery);
    return result;
  }

  /**
   * The recipient hears of a new message in Puente and, as they chose for `message`, by mail. One notice per
   * stretch of unread messages, not one per message: while the recipient has an unread notification for this
   * thread that came after they last opened it, they already know there is something to read, so a quick
   * exchange of ten messages is one notification and one email, not ten. Once they open the thread (which
   * also marks its notifications read), the next message notifies again. A failure here never undoes the
   * message, which is already committed.
   */
  private async notifyRecipient(d: Delivery): Promise<void> {
    try {
      const link = threadPath(d.threadId);
      const [member] = await this.em.getConnection().execute<{ last_read_at: Date | null }[]>(
        `select last_read_at from message_thread_members where thread_id = ? and user_id = ?`,
        [d.threadId, d.recipientId],
      );
      if (await this.notifications.hasUnread(d.recipientId, 'message', link, member?.last_read_at ?? null)) return;
      await this.notifications.notify(d.recipientId, 'message', { fromName: d.fromName }, link);
    } catch (e) {
      this.logger.error({ err: { message: (e as Error).message }, thread: d.threadId }, 'message notification failed');
    }
  }

  async threads(user: User): Promise<ThreadSummary[]> {
    const em = this.em.fork();
    const rows = await this.threadRows(em, user.id, null);
    return this.summaries(em, user, rows);
  }

  async unreadCount(user: User): Promise<{ unread: number }> {
    const [r] = await this.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from message_thread_members me join messages m on m.thread_id = me.thread_id
        where me.user_id = ? and m.author_id <> me.user_id and m.visibility = 'visible' and m.created_at > coalesce(me.last_read_at, '-infinity')`,
      [user.id],
    );
    return { unread: r.n };
  }

  /** The newest page (or the page before a message), oldest first; reading it marks the thread read. */
  async thread(user: User, threadId: string, before: string | undefined, limit: number = PAGE_SIZE): Promise<ThreadDetail> {
    const em = this.em.fork();
    const thread = await this.memberThread(em, user, threadId);
    let cursor: Message | null = null;
    if (before) {
      cursor = await em.findOne(Message, { id: before, thread: thread.id });
      if (!cursor) throw new ValidationFailedException([{ field: 'before', rule: 'isUUID', args: [] }]);
    }
    const where = cursor ? { thread: thread.id, $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] } : { thread: thread.id };
    const page = await em.find(Message, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const more = page.length > limit;
    const shown = page.slice(0, limit).reverse();
    await em.nativeUpdate(MessageThreadMember, { thread: thread.id, user: user.id }, { lastReadAt: new Date() });
    // Read here, read in the notification centre too.
    await this.notifications.markReadByLink(user.id, 'message', threadPath(thread.id));
    const [row] = await this.threadRows(em, user.id, thread.id);
    const [summary] = await this.summaries(em, user, [row]);
    const otherRead = row.other_last_read_at ? new Date(row.other_last_read_at) : null;
    return { thread: summary, messages: shown.map((m) => this.view(m, user.id, otherRead)), nextBefore: more ? shown[0].id : null };
  }

  // ---- blocks and settings ----

  async block(user: User, userId: string): Promise<void> {
    if (userId === user.id) throw new AppException(HttpStatus.BAD_REQUEST, 'messages.cannot_block_self');
    const em = this.em.fork();
    const other = await em.findOne(User, { id: userId, deletedAt: null });
    if (!other) throw new AppException(HttpStatus.NOT_FOUND, 'messages.user_not_found');
    await em.execute(`insert into message_blocks (id, blocker_id, blocked_id, created_at) values (gen_random_uuid(), ?, ?, now()) on conflict do nothing`, [user.id, userId]);
  }

  /** Lifts an ordinary block; a thread's own block (of a pseudonym) is lifted from its thread. */
  async unblock(user: User, userId: string): Promise<void> {
    await this.em.getConnection().execute(`delete from message_blocks where blocker_id = ? and blocked_id = ? and thread_id is null`, [user.id, userId]);
  }

  /**
   * Blocks the other member of a thread, by the thread. When they are masked to the one blocking (an
   * anonymous asker, to the counsellor), the block closes this thread, both ways, and names the thread, not
   * the account; otherwise it is the ordinary block of that person.
   */
  async blockThread(user: User, threadId: string): Promise<void> {
    const em = this.em.fork();
    const thread = await this.memberThread(em, user, threadId);
    const otherId = thread.userA.id === user.id ? thread.userB.id : thread.userA.id;
    if (thread.maskedUser?.id !== otherId) return this.block(user, otherId);
    await em.execute(
      `insert into message_blocks (id, blocker_id, blocked_id, thread_id, created_at) values (gen_random_uuid(), ?, ?, ?, now()) on conflict do nothing`,
      [user.id, otherId, thread.id],
    );
  }

  async unblockThread(user: User, threadId: string): Promise<void> {
    const em = this.em.fork();
    const thread = await this.memberThread(em, user, threadId);
    const otherId = thread.userA.id === user.id ? thread.userB.id : thread.userA.id;
    if (thread.maskedUser?.id !== otherId) return this.unblock(user, otherId);
    await em.execute(`delete from message_blocks where blocker_id = ? and thread_id = ?`, [user.id, thread.id]);
  }

  /** Ordinary blocks by name; a thread's block by the thread's pseudonym, without the account's id. */
  async blocks(user: User): Promise<BlockView[]> {
    const rows = await this.em.getConnection().execute<{ blocked_id: string; display_name: string; thread_id: string | null; pseudonym: string | null; created_at: Date }[]>(
      `select b.blocked_id, u.display_name, b.thread_id, t.pseudonym, b.created_at
         from message_blocks b join users u on u.id = b.blocked_id left join message_threads t on t.id = b.thread_id
        where b.blocker_id = ? order by b.created_at desc, b.id`,
      [user.id],
    );
    return rows.map((r) =>
      r.thread_id
        ? { userId: null, threadId: r.thread_id, name: r.pseudonym ?? '', pseudonymous: true, createdAt: new Date(r.created_at).toISOString() }
        : { userId: r.blocked_id, threadId: null, name: r.display_name, pseudonymous: false, createdAt: new Date(r.created_at).toISOString() },
    );
  }

  /** Someone to write to, by their id (from a page that shows it, such as a blog author's): their name and any thread you already share. */
  async contact(user: User, userId: string): Promise<ContactView> {
    if (userId === user.id) throw new AppException(HttpStatus.BAD_REQUEST, 'messages.to_self');
    const em = this.em.fork();
    const other = await em.findOne(User, { id: userId, deletedAt: null });
    if (!other) throw new AppException(HttpStatus.NOT_FOUND, 'messages.user_not_found');
    const [a, b] = pairOf(user.id, userId);
    const thread = await em.findOne(MessageThread, { questionId: null, userA: a, userB: b });
    const credentials = await this.forum.credentials(em, [userId]);
    const [blocked] = await em.execute<{ n: number }[]>(`select count(*)::int as n from message_blocks where blocker_id = ? and blocked_id = ? and thread_id is null`, [user.id, userId]);
    return {
      contact: { id: other.id, name: other.displayName, pseudonymous: false, credential: credentials.get(userId) ?? null, deleted: false },
      threadId: thread?.id ?? null,
      blockedByMe: blocked.n > 0,
    };
  }

  async settings(user: User): Promise<MessageSettingsView> {
    return { whoCanMessage: await this.whoCanMessage(this.em.fork(), user.id) };
  }

  async updateSettings(user: User, dto: MessageSettingsView): Promise<MessageSettingsView> {
    await this.em.getConnection().execute(
      `insert into message_settings (user_id, who_can_message, updated_at) values (?, ?, now())
       on conflict (user_id) do update set who_can_message = excluded.who_can_message, updated_at = now()`,
      [user.id, dto.whoCanMessage],
    );
    return { whoCanMessage: dto.whoCanMessage };
  }

  // ---- helpers ----

  private async blockedBetween(em: EntityManager, a: string, b: string, threadId: string | null, maskedId: string | null): Promise<boolean> {
    const [r] = await em.execute<{ n: number }[]>(`select count(*)::int as n ${BLOCKS_BETWEEN}`, [a, b, b, a, threadId, maskedId, maskedId]);
    return r.n > 0;
  }

  /** A thread the user belongs to; anyone else gets 404, as if it did not exist. */
  private async memberThread(em: EntityManager, user: User, threadId: string): Promise<MessageThread> {
    const thread = await em.findOne(MessageThread, { id: threadId, $or: [{ userA: user.id }, { userB: user.id }] });
    if (!thread) throw new AppException(HttpStatus.NOT_FOUND, 'messages.thread_not_found');
    return thread;
  }

  private async whoCanMessage(em: EntityManager, userId: string): Promise<WhoCanMessage> {
    const [r] = await em.getConnection().execute<{ who_can_message: WhoCanMessage }[]>(`select who_can_message from message_settings where user_id = ?`, [userId]);
    return r?.who_can_message ?? 'everyone';
  }

  private async checkSetting(em: EntityManager, sender: User, recipientId: string): Promise<void> {
    const who = await this.whoCanMessage(em, recipientId);
    if (who === 'everyone') return;
    if (who === 'nobody') throw new AppException(HttpStatus.FORBIDDEN, 'messages.recipient_nobody');
    if (!(await this.shareClass(em, sender.id, recipientId))) throw new AppException(HttpStatus.FORBIDDEN, 'messages.recipient_classmates');
  }

  /** Learners in the same class, or a trainer and a learner of one of their classes (active or completed). */
  async shareClass(em: EntityManager, a: string, b: string): Promise<boolean> {
    const statuses = `('${MEMBER_STATUSES.join("','")}')`;
    const [r] = await em.getConnection().execute<{ shared: boolean }[]>(
      `select exists (select 1 from enrolments e1 join enrolments e2 on e2.class_id = e1.class_id
                       where e1.user_id = ? and e2.user_id = ? and e1.status in ${statuses} and e2.status in ${statuses})
           or exists (select 1 from classes c join enrolments e on e.class_id = c.id
                       where ((c.trainer_id = ? and e.user_id = ?) or (c.trainer_id = ? and e.user_id = ?)) and e.status in ${statuses}) as shared`,
      [a, b, a, b, b, a],
    );
    return r.shared;
  }

  private async checkRate(em: EntityManager, user: User, newThread: boolean): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`forum-rate:${user.id}`]);
    const [m] = await em.execute<{ n: number; oldest: Date | null }[]>(
      `select count(*)::int as n, min(created_at) as oldest from messages where author_id = ? and created_at > now() - interval '24 hours'`,
      [user.id],
    );
    if (m.n >= MESSAGE_NEW_ACCOUNT_LIMITS.message) this.limited('messages.rate_limited_messages', MESSAGE_NEW_ACCOUNT_LIMITS.message, m.oldest!);
    if (!newThread) return;
    // Conversations this account started: its message is the thread's first.
    const [t] = await em.execute<{ n: number; oldest: Date | null }[]>(
      `select count(*)::int as n, min(t.created_at) as oldest from message_threads t
        where (t.user_a_id = ? or t.user_b_id = ?) and t.created_at > now() - interval '24 hours'
          and (select m.author_id from messages m where m.thread_id = t.id order by m.created_at, m.id limit 1) = ?`,
      [user.id, user.id, user.id],
    );
    if (t.n >= MESSAGE_NEW_ACCOUNT_LIMITS.thread) this.limited('messages.rate_limited_threads', MESSAGE_NEW_ACCOUNT_LIMITS.thread, t.oldest!);
  }

  private limited(key: 'messages.rate_limited_messages' | 'messages.rate_limited_threads', limit: number, oldest: Date): never {
    const minutes = Math.max(1, Math.ceil((new Date(oldest).getTime() + 86400_000 - Date.now()) / 60_000));
    throw new AppException(HttpStatus.TOO_MANY_REQUESTS, key, { limit, minutes }, undefined, { 'Retry-After': String(minutes * 60) });
  }

  /** Creates the pair's thread (or the question's), or takes the one another request just made. */
  private async createThread(em: EntityManager, sender: string, recipient: string, question: { id: string; pseudonym: string | null; askerId: string } | null): Promise<MessageThread> {
    const [a, b] = pairOf(sender, recipient);
    const masked = question?.pseudonym ? question.askerId : null;
    await em.execute(
      `insert into message_threads (id, user_a_id, user_b_id, question_id, masked_user_id, pseudonym, last_message_at, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, now(), now()) on conflict do nothing`,
      [a, b, question?.id ?? null, masked, question?.pseudonym ?? null],
    );
    const thread = await em.findOneOrFail(MessageThread, { questionId: question?.id ?? null, userA: a, userB: b });
    await em.execute(
      `insert into message_thread_members (id, thread_id, user_id) values (gen_random_uuid(), ?, ?), (gen_random_uuid(), ?, ?) on conflict do nothing`,
      [thread.id, a, thread.id, b],
    );
    return thread;
  }

  private threadRows(em: EntityManager, userId: string, threadId: string | null): Promise<ThreadRow[]> {
    return em.getConnection().execute<ThreadRow[]>(
      `select t.id, t.question_id, t.pseudonym, t.masked_user_id, t.last_message_at,
              o.user_id as other_id, ou.display_name as other_name, ou.deleted_at is not null as other_deleted, o.last_read_at as other_last_read_at,
              (select count(*) from messages m where m.thread_id = t.id and m.author_id <> me.user_id and m.visibility = 'visible'
                  and m.created_at > coalesce(me.last_read_at, '-infinity'))::int as unread,
              lm.body as last_body, lm.author_id = me.user_id as last_mine,
              exists (select 1 from message_blocks b where b.blocker_id = me.user_id and b.blocked_id = o.user_id
                        and (b.thread_id = t.id or (b.thread_id is null and (t.masked_user_id is null or t.masked_user_id = me.user_id)))) as blocked_by_me
         from message_thread_members me
         join message_threads t on t.id = me.thread_id
         join message_thread_members o on o.thread_id = t.id and o.user_id <> me.user_id
         join users ou on ou.id = o.user_id
         left join lateral (select m.body, m.author_id from messages m where m.thread_id = t.id and m.visibility = 'visible'
                             order by m.created_at desc, m.id desc limit 1) lm on true
        where me.user_id = ? and (?::uuid is null or t.id = ?::uuid)
        order by t.last_message_at desc, t.id
        limit 500`,
      [userId, threadId, threadId],
    );
  }

  private async summaries(em: EntityManager, user: User, rows: ThreadRow[]): Promise<ThreadSummary[]> {
    // Counsellors' credentials, for the members who may see them (never asked about a masked member).
    const credentials = await this.forum.credentials(
      em,
      rows.filter((r) => r.masked_user_id !== r.other_id).map((r) => r.other_id),
    );
    return rows.map((r) => {
      const masked = r.masked_user_id !== null && r.masked_user_id === r.other_id;
      return {
        id: r.id,
        other: masked
          ? { id: null, name: r.pseudonym ?? '', pseudonymous: true, credential: null, deleted: r.other_deleted }
          : { id: r.other_id, name: r.other_name, pseudonymous: false, credential: credentials.get(r.other_id) ?? null, deleted: r.other_deleted },
        questionId: r.question_id,
        lastExcerpt: r.last_body === null ? null : excerpt(r.last_body, 140),
        lastMine: r.last_mine ?? false,
        lastMessageAt: new Date(r.last_message_at).toISOString(),
        unread: r.unread,
        blockedByMe: r.blocked_by_me,
      };
    });
  }

  private view(m: Message, viewerId: string, otherReadAt: Date | null): MessageView {
    const mine = m.author.id === viewerId;
    const hidden = m.visibility !== 'visible';
    return {
      id: m.id,
      mine,
      bodyHtml: hidden ? null : messageHtml(m.body),
      hidden,
      readByOther: mine ? !!otherReadAt && otherReadAt.getTime() >= m.createdAt.getTime() : null,
      createdAt: m.createdAt.toISOString(),
    };
  }
}

/** A pair's ids in the order threads store them. */
function pairOf(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

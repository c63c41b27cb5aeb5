import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { pgArray } from '../../common/db/pg-array';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { cleanProse } from '../../common/text/plain-text';
import { MEMBER_STATUSES } from '../classroom/enrolment.entity';
import { ForumService } from '../forum/forum.service';
import type { User } from '../users/user.entity';
import { CHAT_CHANNEL, type ChatEvent, type ChatMessageView } from './chat.types';

export const CHAT_BODY_MAX = 1000;
/** History comes in pages of this many messages; a reconnecting client gets at most REPLAY_MAX it missed. */
export const CHAT_PAGE = 50;
export const REPLAY_MAX = 200;
/** Posting limit per member and class: enough for a lively class, not for a flood. */
export const CHAT_BURST = { messages: 20, seconds: 10 };

/** What a member of a class may do in its chat. */
export interface ChatAccess {
  classId: string;
  title: string;
  trainerId: string;
  /** The trainer (or an admin): may delete messages and mute members. */
  canModerate: boolean;
  muted: boolean;
}

interface MessageRow {
  id: string;
  seq: number;
  body: string;
  created_at: Date | string;
  deleted_at: Date | string | null;
  author_id: string;
  author_name: string | null;
  trainer_id: string;
}

const MESSAGE_COLUMNS = `m.id, m.seq, m.body, m.created_at, m.deleted_at, m.author_id, u.display_name as author_name, c.trainer_id`;
const MESSAGE_FROM = `class_chat_messages m join users u on u.id = m.author_id join classes c on c.id = m.course_class_id`;

export function messageView(r: MessageRow): ChatMessageView {
  const deleted = r.deleted_at !== null;
  return {
    seq: r.seq,
    id: r.id,
    author: { id: r.author_id, name: r.author_name ?? '', trainer: r.author_id === r.trainer_id },
    body: deleted ? '' : r.body,
    createdAt: new Date(r.created_at).toISOString(),
    deleted,
  };
}

/**
 * Class chat: one room per class for its trainer and its enrolled learners (active or completed). Messages
 * are numbered per class; each post, deletion and mute is announced with NOTIFY in the transaction that makes
 * it, so every app instance listening (ChatHub) hears it once committed, in commit order.
 */
@Injectable()
export class ChatService {
  constructor(
    private readonly em: EntityManager,
    private readonly forum: ForumService,
  ) {}

  /** The actor's access to a class's chat: 404 for no such class, 403 for someone not in it. */
  async access(user: Pick<User, 'id' | 'roles'>, classId: string): Promise<ChatAccess> {
    const rows = await this.em.getConnection().execute<{ title: string; trainer_id: string; member: boolean; muted: boolean }[]>(
      `select c.title, c.trainer_id,
              exists (select 1 from enrolments e where e.class_id = c.id and e.user_id = ? and e.status in (${MEMBER_STATUSES.map(() => '?').join(', ')})) as member,
              exists (select 1 from class_chat_mutes x where x.course_class_id = c.id and x.user_id = ?) as muted
         from classes c where c.id = ?`,
      [user.id, ...MEMBER_STATUSES, user.id, classId],
    );
    const row = rows[0];
    if (!row) throw new AppException(HttpStatus.NOT_FOUND, 'classes.not_found');
    const manager = row.trainer_id === user.id || user.roles.includes('admin');
    if (!row.member && !manager) throw new AppException(HttpStatus.FORBIDDEN, 'chat.not_member');
    return { classId, title: row.title, trainerId: row.trainer_id, canModerate: manager, muted: row.muted && !manager };
  }

  /** The room's last message number (0 before the first message). */
  async lastSeq(classId: string): Promise<number> {
    const rows = await this.em.getConnection().execute<{ last_seq: number }[]>(`select last_seq from class_chat_rooms where course_class_id = ?`, [classId]);
    return rows[0]?.last_seq ?? 0;
  }

  /** A page of history, oldest first: the newest page, or the page before message `before`. */
  async history(classId: string, before?: number): Promise<{ messages: ChatMessageView[]; hasOlder: boolean }> {
    const params: unknown[] = [classId];
    let where = `m.course_class_id = ?`;
    if (before !== undefined) {
      where += ` and m.seq < ?`;
      params.push(before);
    }
    const rows = await this.em.getConnection().execute<MessageRow[]>(
      `select ${MESSAGE_COLUMNS} from ${MESSAGE_FROM} where ${where} order by m.seq desc limit ${CHAT_PAGE + 1}`,
      params,
    );
    const hasOlder = rows.length > CHAT_PAGE;
    return { messages: rows.slice(0, CHAT_PAGE).reverse().map(messageView), hasOlder };
  }

  /** Messages after `after`, oldest first, at most `limit` (a reconnecting client's missed messages). */
  async since(classId: string, after: number, limit = REPLAY_MAX): Promise<ChatMessageView[]> {
    const rows = await this.em.getConnection().execute<MessageRow[]>(
      `select ${MESSAGE_COLUMNS} from ${MESSAGE_FROM} where m.course_class_id = ? and m.seq > ? order by m.seq limit ${Number(limit)}`,
      [classId, after],
    );
    return rows.map(messageView);
  }

  /** Of these people, those who are in the class now: its trainer and its learners (active or completed). */
  async membersAmong(classId: string, userIds: string[]): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ user_id: string }[]>(
      `select e.user_id from enrolments e where e.class_id = ? and e.status in (${MEMBER_STATUSES.map(() => '?').join(', ')}) and e.user_id = any(?::uuid[])
       union select c.trainer_id from classes c where c.id = ?`,
      [classId, ...MEMBER_STATUSES, pgArray([...new Set(userIds)]), classId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Of these sessions, those still live (not ended, not expired, account not deleted). */
  async liveSessions(ids: string[]): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select s.id from sessions s join users u on u.id = s.user_id where s.id = any(?::uuid[]) and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`,
      [pgArray([...new Set(ids)])],
    );
    return rows.map((r) => r.id);
  }

  /** Numbers of the messages deleted in (from, to]: a reconnecting client may still show them. */
  async deletedBetween(classId: string, from: number, to: number): Promise<number[]> {
    const rows = await this.em.getConnection().execute<{ seq: number }[]>(
      `select seq from class_chat_messages where course_class_id = ? and seq > ? and seq <= ? and deleted_at is not null order by seq`,
      [classId, from, to],
    );
    return rows.map((r) => r.seq);
  }

  /** Numbers of the messages deleted since `since` (what a listener that lost its connection missed). */
  async deletedSince(classId: string, since: Date): Promise<number[]> {
    const rows = await this.em.getConnection().execute<{ seq: number }[]>(
      `select seq from class_chat_messages where course_class_id = ? and deleted_at >= ? order by seq`,
      [classId, since],
    );
    return rows.map((r) => r.seq);
  }

  /** The muted members of a class, for its trainer. */
  async mutes(classId: string): Promise<{ userId: string; name: string; since: string }[]> {
    const rows = await this.em.getConnection().execute<{ user_id: string; name: string | null; created_at: Date }[]>(
      `select x.user_id, u.display_name as name, x.created_at from class_chat_mutes x join users u on u.id = x.user_id where x.course_class_id = ? order by x.created_at`,
      [classId],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name ?? '', since: new Date(r.created_at).toISOString() }));
  }

  /** Posts a message for a member of the class; the same path serves the WebSocket and the plain form. */
  async post(user: Pick<User, 'id' | 'roles' | 'displayName'>, classId: string, rawBody: unknown): Promise<ChatMessageView> {
    const body = typeof rawBody === 'string' ? cleanProse(rawBody) : rawBody;
    if (typeof body !== 'string') throw new ValidationFailedException([{ field: 'body', rule: 'isString', args: [] }]);
    if (body.length < 1) throw new ValidationFailedException([{ field: 'body', rule: 'isNotEmpty', args: [] }]);
    if (body.length > CHAT_BODY_MAX) throw new ValidationFailedException([{ field: 'body', rule: 'maxLength', args: [CHAT_BODY_MAX] }]);
    // The forum's rules first (a suspension; watched words that block, naming the field — a chat has no
    // review queue to hold a message in), read side by side.
    const [until] = await Promise.all([this.forum.suspendedUntil(this.em.fork(), user.id), this.forum.watchedWords(this.em.fork(), { body })]);
    if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });

    // One short transaction, four statements: the room's next number (its row lock orders this class's
    // posts, so numbers follow commit order), who is posting, the message with its NOTIFY.
    return this.em.fork().transactional(async (tx) => {
      const [room] = await tx.execute<{ last_seq: number }[]>(
        `insert into class_chat_rooms (course_class_id, last_seq) select id, 1 from classes where id = ?
         on conflict (course_class_id) do update set last_seq = class_chat_rooms.last_seq + 1 returning last_seq`,
        [classId],
      );
      if (!room) throw new AppException(HttpStatus.NOT_FOUND, 'classes.not_found');
      const [state] = await tx.execute<{ trainer_id: string; member: boolean; muted: boolean; recent: number }[]>(
        `select c.trainer_id,
                exists (select 1 from enrolments e where e.class_id = c.id and e.user_id = ? and e.status in (${MEMBER_STATUSES.map(() => '?').join(', ')})) as member,
                exists (select 1 from class_chat_mutes x where x.course_class_id = c.id and x.user_id = ?) as muted,
                (select count(*)::int from class_chat_messages m where m.course_class_id = c.id and m.author_id = ? and m.created_at > now() - make_interval(secs => ?)) as recent
           from classes c where c.id = ?`,
        [user.id, ...MEMBER_STATUSES, user.id, user.id, CHAT_BURST.seconds, classId],
      );
      const manager = state.trainer_id === user.id || user.roles.includes('admin');
      if (!state.member && !manager) throw new AppException(HttpStatus.FORBIDDEN, 'chat.not_member');
      if (state.muted && !manager) throw new AppException(HttpStatus.FORBIDDEN, 'chat.muted');
      if (state.recent >= CHAT_BURST.messages) {
        throw new AppException(HttpStatus.TOO_MANY_REQUESTS, 'chat.rate_limited', { seconds: CHAT_BURST.seconds }, undefined, { 'Retry-After': String(CHAT_BURST.seconds) });
      }
      const message: ChatMessageView = {
        seq: room.last_seq,
        id: randomUUID(),
        author: { id: user.id, name: user.displayName, trainer: user.id === state.trainer_id },
        body,
        // The database stamps the row (its clock counts the rate limit); this is the same instant to the eye.
        createdAt: new Date().toISOString(),
        deleted: false,
      };
      await tx.execute(
        `with saved as (insert into class_chat_messages (id, course_class_id, seq, author_id, body) values (?, ?, ?, ?, ?) returning 1)
         select pg_notify(?, ?) from saved`,
        [message.id, classId, message.seq, user.id, body, CHAT_CHANNEL, this.payload({ k: 'message', c: classId, m: message })],
      );
      return message;
    });
  }

  /** The trainer deletes a message: it keeps its place in the history, without its text. */
  async remove(user: Pick<User, 'id' | 'roles'>, classId: string, seq: number): Promise<void> {
    const access = await this.access(user, classId);
    if (!access.canModerate) throw new AppException(HttpStatus.FORBIDDEN, 'chat.not_trainer');
    await this.em.fork().transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `update class_chat_messages set deleted_at = coalesce(deleted_at, now()), deleted_by_id = coalesce(deleted_by_id, ?), body = ''
          where course_class_id = ? and seq = ? returning id`,
        [user.id, classId, seq],
      );
      if (rows.length === 0) throw new AppException(HttpStatus.NOT_FOUND, 'chat.message_not_found');
      await this.announce(tx, { k: 'deleted', c: classId, s: seq });
    });
  }

  /** The trainer mutes (or unmutes) a learner of the class. */
  async setMuted(user: Pick<User, 'id' | 'roles'>, classId: string, userId: string, muted: boolean): Promise<void> {
    const access = await this.access(user, classId);
    if (!access.canModerate) throw new AppException(HttpStatus.FORBIDDEN, 'chat.not_trainer');
    if (userId === access.trainerId) throw new AppException(HttpStatus.BAD_REQUEST, 'chat.cannot_mute_trainer');
    await this.em.fork().transactional(async (tx) => {
      if (muted) {
        const [learner] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from enrolments where class_id = ? and user_id = ?`, [classId, userId]);
        if (learner.n === 0) throw new AppException(HttpStatus.NOT_FOUND, 'chat.not_a_learner');
        await tx.execute(`insert into class_chat_mutes (course_class_id, user_id, muted_by_id) values (?, ?, ?) on conflict do nothing`, [classId, userId, user.id]);
      } else {
        await tx.execute(`delete from class_chat_mutes where course_class_id = ? and user_id = ?`, [classId, userId]);
      }
      await this.announce(tx, { k: 'muted', c: classId, u: userId, muted });
    });
  }

  /**
   * NOTIFY in the caller's transaction: delivered to every listening instance when it commits, never if it
   * rolls back. The payload limit is 8,000 bytes; a message too large to carry is announced by number and
   * the listeners read it from the table.
   */
  private async announce(tx: EntityManager, event: ChatEvent): Promise<void> {
    await tx.execute(`select pg_notify(?, ?)`, [CHAT_CHANNEL, this.payload(event)]);
  }

  private payload(event: ChatEvent): string {
    const payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > 7900 && event.k === 'message' && 'm' in event) return JSON.stringify({ k: 'message', c: event.c, s: event.m.seq });
    return payload;
  }
}

import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { pgArray } from '../../common/db/pg-array';
import { UsersService } from '../users/users.service';

/**
 * The private-messages part of a person's data. The export has the messages they sent (with the thread
 * each belongs to), their blocks and their setting. On erasure their messages, blocks (either way) and
 * setting go, and so do reports about their messages and the reports they made on messages (the reported
 * messages then count only the reports that remain). Threads stay for the other member, who sees the
 * account as deleted and keeps their own messages.
 */
@Injectable()
export class MessagesPersonalData {
  constructor(
    private readonly em: EntityManager,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'messages', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id) });
  }

  async export(userId: string): Promise<unknown> {
    const em = this.em.fork();
    const [sent, blocks, settings] = await Promise.all([
      em.execute(`select id, thread_id as "threadId", body, visibility, created_at as "createdAt" from messages where author_id = ? order by created_at, id`, [userId]),
      // A block of a pseudonym (by its thread) is exported by its thread: the id behind it stays unknown to the blocker.
      em.execute(
        `select case when b.thread_id is null then b.blocked_id end as "userId", b.thread_id as "threadId", t.pseudonym, b.created_at as "createdAt"
           from message_blocks b left join message_threads t on t.id = b.thread_id where b.blocker_id = ? order by b.created_at`,
        [userId],
      ),
      em.execute(`select who_can_message as "whoCanMessage" from message_settings where user_id = ?`, [userId]),
    ]);
    return { sent, blocks, settings: settings[0] ?? { whoCanMessage: 'everyone' } };
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`delete from forum_reports where post_kind = 'message' and post_id in (select id from messages where author_id = ?)`, [userId]);
    await em.execute(`delete from messages where author_id = ?`, [userId]);
    const reported = await em.execute<{ post_id: string }[]>(`delete from forum_reports where reporter_id = ? and post_kind = 'message' returning post_id`, [userId]);
    const ids = [...new Set(reported.map((r) => r.post_id))];
    if (ids.length)
      await em.execute(`update messages m set open_reports = (select count(*)::int from forum_reports r where r.post_id = m.id and r.status = 'open') where m.id = any(?::uuid[])`, [pgArray(ids)]);
    await em.execute(`delete from message_blocks where blocker_id = ? or blocked_id = ?`, [userId, userId]);
    await em.execute(`delete from message_settings where user_id = ?`, [userId]);
  }
}

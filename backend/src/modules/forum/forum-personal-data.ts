import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { pgArray } from '../../common/db/pg-array';
import { UsersService } from '../users/users.service';

/**
 * The forum part of a person's data. The export has everything they wrote (anonymous questions included:
 * the export goes to them alone), their reports and their forum standing. On erasure their questions become
 * anonymous, so the thread keeps its answers without pointing at anyone, their reports go, and so does their
 * credential or suspension. What they wrote was scrubbed of personal data before it was ever stored.
 */
@Injectable()
export class ForumPersonalData {
  constructor(
    private readonly em: EntityManager,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'forum', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id) });
  }

  async export(userId: string): Promise<unknown> {
    const em = this.em.fork();
    const [questions, answers, reports, member] = await Promise.all([
      em.execute(
        `select q.id, c.slug as category, q.title, q.body, q.country, q.tags, q.anonymous, q.pseudonym, q.status, q.visibility, q.created_at as "createdAt"
           from forum_questions q join forum_categories c on c.id = q.category_id where q.author_id = ? order by q.created_at`,
        [userId],
      ),
      em.execute(`select id, question_id as "questionId", body, visibility, created_at as "createdAt" from forum_answers where author_id = ? order by created_at`, [userId]),
      em.execute(`select post_kind as "postKind", post_id as "postId", reason, note, status, created_at as "createdAt" from forum_reports where reporter_id = ? order by created_at`, [userId]),
      em.execute(`select credential, suspended_until as "suspendedUntil", suspension_reason as "suspensionReason" from forum_members where user_id = ?`, [userId]),
    ]);
    return { questions, answers, reports, standing: member[0] ?? null };
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`update forum_questions set anonymous = true where author_id = ?`, [userId]);
    await em.execute(`update forum_questions set claimed_by_id = null, claimed_at = null where claimed_by_id = ?`, [userId]);
    // Their reports go, and the posts they reported count only the reports that remain. The queue is shared:
    // blog posts, blog comments and private messages are reported here too.
    const reported = await em.execute<{ post_id: string }[]>(`delete from forum_reports where reporter_id = ? returning post_id`, [userId]);
    const ids = [...new Set(reported.map((r) => r.post_id))];
    for (const table of ['forum_questions', 'forum_answers', 'blog_posts', 'blog_comments', 'messages'])
      if (ids.length)
        await em.execute(`update ${table} t set open_reports = (select count(*)::int from forum_reports r where r.post_id = t.id and r.status = 'open') where t.id = any(?::uuid[])`, [pgArray(ids)]);
    await em.execute(`delete from forum_members where user_id = ?`, [userId]);
  }
}

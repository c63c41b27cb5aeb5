import { LockMode } from '@mikro-orm/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { BlogComment, BlogPost } from '../blog/blog.entities';
import { Message } from '../messages/messages.entities';
import { User } from '../users/user.entity';
import type { ModerationAction, ModerationPost, ModerationQueue, ReportRequest, SuspendRequest, UnmaskResponse, WatchedWordRequest, WatchedWordResponse } from './forum.dto';
import { ForumAnswer, ForumModerationEntry, ForumQuestion, ForumReport, ForumWatchedWord, type Visibility } from './forum.entities';
import { excerpt, fold, ForumService, isNewAccount, lockQuestion, refreshQuestion } from './forum.service';

/** Open reports that hide a post until a moderator reviews it. */
export const HIDE_AFTER_REPORTS = 3;

type Post =
  | { kind: 'question'; question: ForumQuestion }
  | { kind: 'answer'; answer: ForumAnswer; question: ForumQuestion }
  | { kind: 'blog_post'; blogPost: BlogPost }
  | { kind: 'blog_comment'; comment: BlogComment; blogPost: BlogPost }
  | { kind: 'message'; message: Message };

/** The post itself: what carries visibility, reports and the author. */
function targetOf(post: Post): ForumQuestion | ForumAnswer | BlogPost | BlogComment | Message {
  switch (post.kind) {
    case 'question':
      return post.question;
    case 'answer':
      return post.answer;
    case 'blog_post':
      return post.blogPost;
    case 'blog_comment':
      return post.comment;
    case 'message':
      return post.message;
  }
}

/** Deleted is final, for the post and for what sits under a deleted question or blog post. */
function isDeleted(post: Post): boolean {
  if (targetOf(post).visibility === 'deleted') return true;
  if (post.kind === 'answer') return post.question.visibility === 'deleted';
  if (post.kind === 'blog_comment') return post.blogPost.visibility === 'deleted';
  return false;
}

/**
 * Reports and moderation. Moderators act on posts (hide, restore, delete, lock, suspend the author) without
 * learning who wrote an anonymous one; seeing that needs an explicit, reasoned and logged "unmask". Every
 * action is written to a log that moderators read.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly em: EntityManager,
    private readonly forum: ForumService,
  ) {}

  /**
   * A member reports a post. Three open reports from established accounts (older than a week, or trusted
   * roles) hide it until a moderator looks, so a handful of fresh accounts cannot silence an answer.
   */
  async report(user: User, postId: string, dto: ReportRequest): Promise<{ hidden: boolean }> {
    const until = await this.forum.suspendedUntil(this.em.fork(), user.id);
    if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });
    return this.em.fork().transactional(async (em) => {
      const post = await this.post(em, postId, true);
      const target = targetOf(post);
      // A blog draft is its author's alone: nobody else can have seen it to report it.
      const draft = (post.kind === 'blog_post' || post.kind === 'blog_comment') && post.blogPost.status !== 'published' && post.blogPost.author.id !== user.id;
      // A private message exists only for the two members of its thread: only they can report it.
      const outsider = post.kind === 'message' && post.message.thread.userA.id !== user.id && post.message.thread.userB.id !== user.id;
      if (isDeleted(post) || draft || outsider) throw new AppException(HttpStatus.NOT_FOUND, 'forum.post_not_found');
      if (isNewAccount(user)) {
        await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`forum-rate:${user.id}`]);
        const [r] = await em.execute<{ n: number }[]>(`select count(*)::int as n from forum_reports where reporter_id = ? and created_at > now() - interval '24 hours'`, [user.id]);
        if (r.n >= 10) throw new AppException(HttpStatus.TOO_MANY_REQUESTS, 'forum.rate_limited_reports', { limit: 10, minutes: 60 }, undefined, { 'Retry-After': '3600' });
      }
      try {
        em.create(ForumReport, { postKind: post.kind, postId, reporter: em.getReference(User, user.id), reason: dto.reason, note: dto.note ?? null });
        await em.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw new AppException(HttpStatus.CONFLICT, 'forum.already_reported');
        throw e;
      }
      const [counts] = await em.execute<{ open: number; established: number }[]>(
        `select count(*)::int as open,
                count(*) filter (where u.created_at < now() - interval '7 days' or u.roles && '{counsellor,moderator,admin}'::text[])::int as established
           from forum_reports r join users u on u.id = r.reporter_id where r.post_id = ? and r.status = 'open'`,
        [postId],
      );
      target.openReports = counts.open;
      let hidden = false;
      if (counts.established >= HIDE_AFTER_REPORTS && target.visibility === 'visible') {
        this.forum.invalidateCategories();
        target.visibility = 'hidden';
        target.moderationNote = `${HIDE_AFTER_REPORTS} reports`;
        hidden = true;
        this.log(em, null, 'auto_hide', post, `${HIDE_AFTER_REPORTS} open reports`);
      }
      await em.flush();
      if (post.kind === 'answer') await refreshQuestion(em, post.question.id);
      return { hidden };
    });
  }

  async queue(): Promise<ModerationQueue> {
    const em = this.em.fork();
    // Waiting for a moderator: held posts and posts with open reports (auto-hidden ones included), each list
    // with its own limit so old decisions never crowd out new work; plus the latest posts moderators hid.
    const waiting = { $or: [{ visibility: 'pending' as const }, { openReports: { $gt: 0 } }] };
    const hiddenByModerators = { visibility: 'hidden' as const, openReports: 0 };
    const [questions, answers, hiddenQuestions, hiddenAnswers] = await Promise.all([
      em.find(ForumQuestion, waiting, { populate: ['author'], orderBy: { createdAt: 'asc' }, limit: 200 }),
      em.find(ForumAnswer, waiting, { populate: ['author', 'question', 'question.author'], orderBy: { createdAt: 'asc' }, limit: 200 }),
      em.find(ForumQuestion, hiddenByModerators, { populate: ['author'], orderBy: { updatedAt: 'desc' }, limit: 50 }),
      em.find(ForumAnswer, hiddenByModerators, { populate: ['author', 'question', 'question.author'], orderBy: { updatedAt: 'desc' }, limit: 50 }),
    ]);
    // Members' blogs share the queue.
    const [blogPosts, blogComments, hiddenBlogPosts, hiddenBlogComments] = await Promise.all([
      em.find(BlogPost, waiting, { populate: ['author'], orderBy: { createdAt: 'asc' }, limit: 200 }),
      em.find(BlogComment, waiting, { populate: ['author', 'post', 'post.author'], orderBy: { createdAt: 'asc' }, limit: 200 }),
      em.find(BlogPost, hiddenByModerators, { populate: ['author'], orderBy: { updatedAt: 'desc' }, limit: 50 }),
      em.find(BlogComment, hiddenByModerators, { populate: ['author', 'post', 'post.author'], orderBy: { updatedAt: 'desc' }, limit: 50 }),
    ]);
    // Private messages: only those a member of the thread reported (or a moderator already hid) reach moderators.
    const [messages, hiddenMessages] = await Promise.all([
      em.find(Message, { openReports: { $gt: 0 } }, { populate: ['author', 'thread'], orderBy: { createdAt: 'asc' }, limit: 200 }),
      em.find(Message, hiddenByModerators, { populate: ['author', 'thread'], orderBy: { updatedAt: 'desc' }, limit: 50 }),
    ]);
    const ids = [...questions.map((q) => q.id), ...answers.map((a) => a.id), ...blogPosts.map((p) => p.id), ...blogComments.map((c) => c.id), ...messages.map((m) => m.id)];
    const reports = ids.length ? await em.find(ForumReport, { postId: { $in: ids }, status: 'open' }, { orderBy: { createdAt: 'asc' } }) : [];
    const byPost = new Map<string, ForumReport[]>();
    for (const r of reports) byPost.set(r.postId, [...(byPost.get(r.postId) ?? []), r]);
    const posts: ModerationPost[] = [
      ...questions.map((q) => this.describe({ kind: 'question', question: q }, byPost.get(q.id) ?? [])),
      ...answers.map((a) => this.describe({ kind: 'answer', answer: a, question: a.question }, byPost.get(a.id) ?? [])),
      ...blogPosts.map((p) => this.describe({ kind: 'blog_post', blogPost: p }, byPost.get(p.id) ?? [])),
      ...blogComments.map((c) => this.describe({ kind: 'blog_comment', comment: c, blogPost: c.post }, byPost.get(c.id) ?? [])),
      ...messages.map((m) => this.describe({ kind: 'message', message: m }, byPost.get(m.id) ?? [])),
    ].sort((a, b) => b.openReports - a.openReports || a.createdAt.localeCompare(b.createdAt));
    const log = await em.find(ForumModerationEntry, {}, { populate: ['actor'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 });
    const words = await em.find(ForumWatchedWord, {}, { orderBy: { word: 'asc' } });
    const hidden = [
      ...hiddenQuestions.map((q) => this.describe({ kind: 'question', question: q }, [])),
      ...hiddenAnswers.map((a) => this.describe({ kind: 'answer', answer: a, question: a.question }, [])),
      ...hiddenBlogPosts.map((p) => this.describe({ kind: 'blog_post', blogPost: p }, [])),
      ...hiddenBlogComments.map((c) => this.describe({ kind: 'blog_comment', comment: c, blogPost: c.post }, [])),
      ...hiddenMessages.map((m) => this.describe({ kind: 'message', message: m }, [])),
    ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      pending: posts.filter((p) => p.visibility === 'pending'),
      reported: posts.filter((p) => p.visibility !== 'pending'),
      hidden,
      log: log.map((l) => this.entry(l)),
      watchedWords: words.map((w) => ({ id: w.id, word: w.word, action: w.action, createdAt: w.createdAt.toISOString() })),
    };
  }

  async hide(user: User, postId: string, reason: string): Promise<ModerationPost> {
    return this.setVisibility(user, postId, 'hidden', 'hide', reason);
  }

  /** Shows the post again (or for the first time, when a watched word held it) and closes its reports. */
  async restore(user: User, postId: string, reason: string | undefined): Promise<ModerationPost> {
    return this.setVisibility(user, postId, 'visible', 'restore', reason ?? null);
  }

  async delete(user: User, postId: string, reason: string): Promise<ModerationPost> {
    return this.setVisibility(user, postId, 'deleted', 'delete', reason);
  }

  async lock(user: User, postId: string, locked: boolean, reason: string | undefined): Promise<ModerationPost> {
    return this.em.fork().transactional(async (em) => {
      const post = await this.post(em, postId, true);
      if (post.kind !== 'question') throw new ValidationFailedException([{ field: 'id', rule: 'isQuestion', args: [] }]);
      const q = post.question;
      if (q.visibility === 'deleted') throw new AppException(HttpStatus.CONFLICT, 'forum.post_deleted');
      q.status = locked ? 'locked' : 'open';
      this.log(em, user, locked ? 'lock' : 'unlock', post, reason ?? null);
      await em.flush();
      if (!locked) {
        await refreshQuestion(em, q.id);
        await em.refresh(q);
      }
      this.forum.invalidateCategories();
      return this.describe(post, []);
    });
  }

  /** Suspends the author of a post from posting, without telling the moderator who it is. */
  async suspendAuthor(user: User, postId: string, dto: SuspendRequest): Promise<{ until: string }> {
    return this.em.fork().transactional(async (em) => {
      const post = await this.post(em, postId, true);
      if (targetOf(post).visibility === 'deleted') throw new AppException(HttpStatus.CONFLICT, 'forum.post_deleted');
      const author = targetOf(post).author;
      if (author.id === user.id) throw new ValidationFailedException([{ field: 'id', rule: 'notOwnPost', args: [] }]);
      const until = new Date(Date.now() + dto.days * 86400_000);
      await em.execute(
        `insert into forum_members (user_id, suspended_until, suspension_reason) values (?, ?, ?)
         on conflict (user_id) do update set suspended_until = excluded.suspended_until, suspension_reason = excluded.suspension_reason`,
        [author.id, until, dto.reason],
      );
      this.log(em, user, 'suspend', post, `${dto.days} d: ${dto.reason}`, author);
      await em.flush();
      return { until: until.toISOString() };
    });
  }

  /** Who asked an anonymous question: moderators only, with a reason, and logged for every moderator to see. */
  async unmask(user: User, questionId: string, reason: string): Promise<UnmaskResponse> {
    return this.em.fork().transactional(async (em) => {
      const q = await em.findOne(ForumQuestion, questionId, { populate: ['author'] });
      if (!q) throw new AppException(HttpStatus.NOT_FOUND, 'forum.question_not_found');
      this.log(em, user, 'unmask', { kind: 'question', question: q }, reason, q.author);
      await em.flush();
      return { userId: q.author.id, displayName: q.author.displayName, email: q.author.email };
    });
  }

  async addWatchedWord(user: User, dto: WatchedWordRequest): Promise<WatchedWordResponse> {
    const em = this.em.fork();
    const word = fold(dto.word.trim());
    const existing = await em.findOne(ForumWatchedWord, { word });
    const w = existing ?? em.create(ForumWatchedWord, { word, action: dto.action, createdBy: em.getReference(User, user.id) });
    w.action = dto.action;
    this.log(em, user, 'watch_word', null, `${dto.action}: ${word}`);
    await em.flush();
    return { id: w.id, word: w.word, action: w.action, createdAt: w.createdAt.toISOString() };
  }

  async removeWatchedWord(user: User, id: string): Promise<void> {
    const em = this.em.fork();
    const w = await em.findOne(ForumWatchedWord, id);
    if (!w) throw new AppException(HttpStatus.NOT_FOUND, 'forum.word_not_found');
    this.log(em, user, 'unwatch_word', null, w.word);
    em.remove(w);
    await em.flush();
  }

  // ---- helpers ----

  private async setVisibility(user: User, postId: string, visibility: Visibility, action: string, reason: string | null): Promise<ModerationPost> {
    const notify: Extract<Post, { kind: 'answer' }>[] = [];
    const result = await this.em.fork().transactional(async (em) => {
      const post = await this.post(em, postId, true);
      const target = targetOf(post);
      if (isDeleted(post)) throw new AppException(HttpStatus.CONFLICT, 'forum.post_deleted');
      const wasHeld = target.visibility === 'pending';
      target.visibility = visibility;
      target.moderationNote = visibility === 'visible' ? null : reason;
      // A moderator has looked at it: its reports are dealt with.
      const now = new Date();
      await em.nativeUpdate(ForumReport, { postId, status: 'open' }, { status: 'resolved', resolvedBy: user.id, resolvedAt: now });
      target.openReports = 0;
      this.log(em, user, action, post, reason);
      await em.flush();
      if (post.kind === 'answer') {
        await refreshQuestion(em, post.question.id);
        await em.refresh(post.question);
      }
      // A post shown again (or for the first time) moves its thread up; the asker hears of a newly shown answer.
      if (visibility === 'visible' && (post.kind === 'question' || (post.kind === 'answer' && post.answer.author.id !== post.question.author.id))) post.question.lastActivityAt = now;
      await em.flush();
      if (wasHeld && visibility === 'visible' && post.kind === 'answer' && post.answer.author.id !== post.question.author.id) notify.push(post);
      return this.describe(post, []);
    });
    this.forum.invalidateCategories();
    for (const p of notify) await this.forum.notifyAsker(p.question, p.answer.id, p.answer.byCounsellor);
    return result;
  }

  private async post(em: EntityManager, id: string, lock: boolean): Promise<Post> {
    const options = lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
    const question = await em.findOne(ForumQuestion, id, { ...options, populate: ['author'] });
    if (question) return { kind: 'question', question };
    const probe = await em.findOne(ForumAnswer, id, { fields: ['question'] });
    if (probe) {
      // The question's row first, as every writer of a thread does, then the answer.
      if (lock) await lockQuestion(em, probe.question.id);
      const answer = await em.findOneOrFail(ForumAnswer, id, { ...options, populate: ['author', 'question', 'question.author'], refresh: true });
      return { kind: 'answer', answer, question: answer.question };
    }
    const blogPost = await em.findOne(BlogPost, id, { ...options, populate: ['author'] });
    if (blogPost) return { kind: 'blog_post', blogPost };
    const commentProbe = await em.findOne(BlogComment, id, { fields: ['post'] });
    if (commentProbe) {
      // The blog post's row first, as its writers do, then the comment.
      if (lock) await em.execute(`select id from blog_posts where id = ? for update`, [commentProbe.post.id]);
      const comment = await em.findOneOrFail(BlogComment, id, { ...options, populate: ['author', 'post', 'post.author'], refresh: true });
      return { kind: 'blog_comment', comment, blogPost: comment.post };
    }
    const message = await em.findOne(Message, id, { ...options, populate: ['author', 'thread'] });
    if (message) return { kind: 'message', message };
    throw new AppException(HttpStatus.NOT_FOUND, 'forum.post_not_found');
  }

  private log(em: EntityManager, actor: User | null, action: string, post: Post | null, reason: string | null, target?: User): void {
    em.create(ForumModerationEntry, {
      actor: actor ? em.getReference(User, actor.id) : null,
      action,
      postKind: post?.kind ?? null,
      postId: post ? targetOf(post).id : null,
      targetUser: target ? em.getReference(User, target.id) : null,
      reason,
    });
  }

  /** A post as moderators see it: the author only as the public sees them (pseudonym when anonymous). */
  private describe(post: Post, reports: ForumReport[]): ModerationPost {
    if (post.kind === 'blog_post' || post.kind === 'blog_comment') return this.describeBlog(post, reports);
    if (post.kind === 'message') return this.describeMessage(post.message, reports);
    const q = post.question;
    const askerName = q.anonymous ? q.pseudonym : q.author.displayName;
    const target = post.kind === 'question' ? q : post.answer;
    const authorName = post.kind === 'question' || post.answer.author.id === q.author.id ? askerName : post.answer.author.displayName;
    const body = post.kind === 'question' ? q.body : post.answer.body;
    return {
      kind: post.kind,
      id: target.id,
      questionId: q.id,
      questionTitle: q.title,
      authorName,
      anonymous: q.anonymous && (post.kind === 'question' || post.answer.author.id === q.author.id),
      excerpt: excerpt(body, 400),
      bodyHtml: renderMarkdown(body, { deep: true, ugc: true }),
      visibility: target.visibility,
      moderationNote: target.moderationNote,
      questionStatus: q.status,
      openReports: target.openReports,
      reports: reports.map((r) => ({ reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString() })),
      createdAt: target.createdAt.toISOString(),
    };
  }

  /** A blog post or comment in the queue: blogs are signed with the member's name, never anonymous. */
  private describeBlog(post: Extract<Post, { kind: 'blog_post' | 'blog_comment' }>, reports: ForumReport[]): ModerationPost {
    const target = targetOf(post) as BlogPost | BlogComment;
    return {
      kind: post.kind,
      id: target.id,
      questionId: post.blogPost.id,
      questionTitle: post.blogPost.title,
      blogSlug: post.blogPost.slug,
      authorName: target.author.displayName,
      anonymous: false,
      excerpt: excerpt(target.body, 400),
      bodyHtml: renderMarkdown(target.body, { deep: true, ugc: true }),
      visibility: target.visibility,
      moderationNote: target.moderationNote,
      questionStatus: 'open',
      openReports: target.openReports,
      reports: reports.map((r) => ({ reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString() })),
      createdAt: target.createdAt.toISOString(),
    };
  }

  /**
   * A reported private message: its text and its sender as the other member knows them (the question's
   * pseudonym when an anonymous asker wrote to a counsellor). `questionId` is the forum question of a
   * counsellor's thread (so an audited unmask works as for the question), else the thread.
   */
  private describeMessage(m: Message, reports: ForumReport[]): ModerationPost {
    const masked = m.thread.maskedUser?.id === m.author.id;
    return {
      kind: 'message',
      id: m.id,
      questionId: m.thread.questionId ?? m.thread.id,
      questionTitle: 'Mensaje privado',
      authorName: masked ? (m.thread.pseudonym ?? '') : m.author.displayName,
      anonymous: masked,
      excerpt: excerpt(m.body, 400),
      bodyHtml: renderMarkdown(m.body, { ugc: true }),
      visibility: m.visibility,
      moderationNote: m.moderationNote,
      questionStatus: 'open',
      openReports: m.openReports,
      reports: reports.map((r) => ({ reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString() })),
      createdAt: m.createdAt.toISOString(),
    };
  }

  private entry(l: ForumModerationEntry): ModerationAction {
    return {
      id: l.id,
      action: l.action,
      actorName: l.actor ? l.actor.displayName : null,
      postKind: l.postKind,
      postId: l.postId,
      // The account concerned (an unmask, a suspension) is kept for audit but never shown in the log: reading
      // the log must not unmask anyone.
      reason: l.reason,
      createdAt: l.createdAt.toISOString(),
    };
  }
}

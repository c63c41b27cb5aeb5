import { LockMode } from '@mikro-orm/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { pgArray } from '../../common/db/pg-array';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { type Visibility } from '../forum/forum.entities';
import { excerpt, fold, ForumService, isModerator, isNewAccount } from '../forum/forum.service';
import type { NewsTag } from '../news/tags';
import { User } from '../users/user.entity';
import type {
  BlogAuthor,
  BlogCommentResponse,
  BlogCommentResult,
  BlogPostDetail,
  BlogPostPage,
  BlogPostSummary,
  BlogWriteResult,
  CreateBlogCommentRequest,
  CreateBlogPostRequest,
  ListBlogPostsQuery,
  MineBlogPost,
  UpdateBlogPostRequest,
} from './blog.dto';
import { BlogComment, BlogPost, type BlogLanguage, type BlogStatus } from './blog.entities';

export const BLOG_PAGE_SIZE = 20;
/** Posts a feed carries. */
export const FEED_SIZE = 50;
/** New accounts (see the forum's isNewAccount) write at a limited rate. */
export const BLOG_NEW_ACCOUNT_LIMITS = { post: 3, comment: 10 } as const;
/** Paths of the blog's own pages: a post cannot take them as its slug. */
const RESERVED_SLUGS = new Set(['mine', 'escribir', 'autores', 'editar', 'feed']);
const SUFFIX_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** "Cómo pedí cita en extranjería" → "como-pedi-cita-en-extranjeria". */
export function blogSlug(title: string): string {
  const s = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return s && !RESERVED_SLUGS.has(s) ? s : 'entrada';
}

const blogHtml = (markdown: string) => renderMarkdown(markdown, { nested: true, ugc: true });

interface SummaryRow {
  id: string;
  slug: string;
  title: string;
  body: string;
  tags: NewsTag[];
  language: BlogLanguage;
  status: BlogStatus;
  published_at: Date | null;
  comments_open: boolean;
  updated_at: Date;
  author_id: string;
  author_name: string;
  comment_count: number;
  visibility: Visibility;
  moderation_note: string | null;
}

const SUMMARY_COLUMNS = `p.id, p.slug, p.title, left(p.body, 1200) as body, p.tags, p.language, p.status, p.published_at, p.comments_open, p.updated_at,
  p.visibility, p.moderation_note, u.id as author_id, u.display_name as author_name,
  (select count(*)::int from blog_comments c where c.post_id = p.id and c.visibility = 'visible') as comment_count`;
const SUMMARY_FROM = `from blog_posts p join users u on u.id = p.author_id`;
const PUBLIC = `p.status = 'published' and p.visibility = 'visible' and u.deleted_at is null`;

function summary(r: SummaryRow): BlogPostSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: excerpt(r.body),
    author: { id: r.author_id, name: r.author_name },
    tags: r.tags,
    language: r.language,
    status: r.status,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    commentsOpen: r.comments_open,
    commentCount: r.comment_count,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** A feed entry: a published post with its sanitised HTML. */
export interface FeedPost extends BlogPostSummary {
  bodyHtml: string;
}

/**
 * Members' blogs: posts in Markdown (rendered through the forum's sanitiser), drafts seen only by their
 * author, comments while the author keeps them open. Reports and moderators' actions go through the forum's
 * queue (ModerationService knows blog posts and comments); suspensions, watched words and the new-account
 * limits are the forum's too.
 */
@Injectable()
export class BlogService {
  constructor(
    private readonly em: EntityManager,
    private readonly forum: ForumService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  // ---- reading ----

  async list(q: ListBlogPostsQuery): Promise<BlogPostPage> {
    const page = q.page ?? 1;
    const where = [PUBLIC];
    const params: unknown[] = [];
    if (q.author) {
      where.push('p.author_id = ?');
      params.push(q.author);
    }
    if (q.tag) {
      where.push('p.tags @> array[?]::text[]');
      params.push(q.tag);
    }
    if (q.lang) {
      where.push('p.language = ?');
      params.push(q.lang);
    }
    const conn = this.em.getConnection();
    const rows = await conn.execute<SummaryRow[]>(`select ${SUMMARY_COLUMNS} ${SUMMARY_FROM} where ${where.join(' and ')} order by p.published_at desc, p.id limit ? offset ?`, [
      ...params,
      BLOG_PAGE_SIZE + 1,
      (page - 1) * BLOG_PAGE_SIZE,
    ]);
    let author: BlogAuthor | null = null;
    if (q.author) {
      author = await this.author(q.author);
      if (!author) throw new AppException(HttpStatus.NOT_FOUND, 'blog.author_not_found');
    }
    return { items: rows.slice(0, BLOG_PAGE_SIZE).map(summary), page, pageSize: BLOG_PAGE_SIZE, hasMore: rows.length > BLOG_PAGE_SIZE, author };
  }

  async author(id: string): Promise<BlogAuthor | null> {
    const [u] = await this.em.getConnection().execute<{ id: string; display_name: string }[]>(`select id, display_name from users where id = ? and deleted_at is null`, [id]);
    return u ? { id: u.id, name: u.display_name } : null;
  }

  /** The newest published posts, overall or by one author, for the feeds. */
  async feed(authorId?: string): Promise<FeedPost[]> {
    const rows = await this.em
      .getConnection()
      .execute<(SummaryRow & { full_body: string })[]>(
        `select ${SUMMARY_COLUMNS}, p.body as full_body ${SUMMARY_FROM} where ${PUBLIC}${authorId ? ' and p.author_id = ?' : ''} order by p.published_at desc, p.id limit ${FEED_SIZE}`,
        authorId ? [authorId] : [],
      );
    return rows.map((r) => ({ ...summary(r), bodyHtml: blogHtml(r.full_body) }));
  }

  /** The author's own posts, drafts and held ones included (only ever for the author). */
  async mine(user: User): Promise<MineBlogPost[]> {
    const rows = await this.em
      .getConnection()
      .execute<SummaryRow[]>(`select ${SUMMARY_COLUMNS} ${SUMMARY_FROM} where p.author_id = ? and p.visibility <> 'deleted' order by p.updated_at desc limit 500`, [user.id]);
    return rows.map((r) => ({ ...summary(r), visibility: r.visibility, moderationNote: r.moderation_note }));
  }

  async detail(slug: string, viewer: User | null): Promise<BlogPostDetail> {
    // Slugs are made of [a-z0-9-]: anything else (a NUL byte included) cannot be one.
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    const em = this.em.fork();
    const post = await em.findOne(BlogPost, { slug }, { populate: ['author'] });
    const mine = !!viewer && post?.author.id === viewer.id;
    const moderator = isModerator(viewer);
    // A draft exists for its author only; a post moderation took down, for its author and moderators.
    if (!post || (!mine && (post.status !== 'published' || post.author.deletedAt || (post.visibility !== 'visible' && !(moderator && post.visibility !== 'deleted')))))
      throw new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    const comments = await em.find(BlogComment, { post: post.id }, { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } });
    const shown = comments.filter((c) => c.visibility === 'visible' || (c.visibility !== 'deleted' && (mine || moderator || (viewer && c.author.id === viewer.id))));
    const suspended = viewer ? await this.forum.suspendedUntil(em, viewer.id) : null;
    const counted = comments.filter((c) => c.visibility === 'visible').length;
    return {
      ...this.summaryOf(post, counted),
      body: mine ? post.body : null,
      bodyHtml: blogHtml(post.body),
      visibility: post.visibility,
      moderationNote: mine || moderator ? post.moderationNote : null,
      comments: shown.map(
        (c): BlogCommentResponse => ({
          id: c.id,
          author: { id: c.author.id, name: c.author.displayName },
          bodyHtml: blogHtml(c.body),
          createdAt: c.createdAt.toISOString(),
          visibility: c.visibility,
          canDelete: !!viewer && (mine || c.author.id === viewer.id),
          mine: !!viewer && c.author.id === viewer.id,
        }),
      ),
      viewer: {
        mine,
        canComment: !!viewer && post.status === 'published' && post.visibility === 'visible' && post.commentsOpen && !suspended,
        canReport: !!viewer && post.status === 'published',
        canEdit: mine && post.visibility !== 'deleted',
      },
    };
  }

  // ---- writing ----

  async create(user: User, dto: CreateBlogPostRequest): Promise<BlogWriteResult> {
    const em = this.em.fork();
    await this.checkMayWrite(em, user);
    const held = await this.forum.watchedWords(em, { title: dto.title, body: dto.body });
    const base = blogSlug(dto.title);
    const status = dto.status ?? 'draft';
    // The slug is the title's; a taken one gets a short random ending. Two writers racing for the same one
    // meet the unique index, and the loser tries another ending.
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = attempt === 0 && !(await em.getConnection().execute(`select 1 from blog_posts where slug = ?`, [base])).length ? base : `${base.slice(0, 64)}-${suffix()}`;
      try {
        return await em.fork().transactional(async (tx) => {
          await this.checkRate(tx, user, 'post');
          const post = tx.create(BlogPost, {
            author: tx.getReference(User, user.id),
            title: dto.title,
            slug,
            body: dto.body,
            tags: [...new Set(dto.tags ?? [])],
            language: dto.language,
            status,
            publishedAt: status === 'published' ? new Date() : null,
            commentsOpen: dto.commentsOpen ?? true,
            visibility: held ? 'pending' : 'visible',
            moderationNote: held,
          });
          await tx.flush();
          return { id: post.id, slug: post.slug, visibility: post.visibility };
        });
      } catch (e) {
        if (!(e instanceof UniqueConstraintViolationException)) throw e;
      }
    }
    throw new AppException(HttpStatus.CONFLICT, 'blog.slug_taken');
  }

  async update(user: User, id: string, dto: UpdateBlogPostRequest): Promise<BlogWriteResult> {
    const em = this.em.fork();
    const post = await this.ownPost(em, user, id);
    const held = dto.title !== undefined || dto.body !== undefined ? await this.forum.watchedWords(em, { title: dto.title, body: dto.body ?? '' }) : null;
    if (dto.title !== undefined) post.title = dto.title;
    if (dto.body !== undefined) post.body = dto.body;
    if (dto.tags !== undefined) post.tags = [...new Set(dto.tags)];
    if (dto.language !== undefined) post.language = dto.language;
    if (dto.commentsOpen !== undefined) post.commentsOpen = dto.commentsOpen;
    if (dto.status !== undefined) {
      post.status = dto.status;
      if (dto.status === 'published') post.publishedAt ??= new Date();
    }
    // A watched word in the new text holds a shown post until a moderator looks; a hidden one stays hidden.
    if (held && post.visibility === 'visible') {
      post.visibility = 'pending';
      post.moderationNote = held;
    }
    await em.flush();
    return { id: post.id, slug: post.slug, visibility: post.visibility };
  }

  /** The author removes the post for good, with its comments and the reports on them. */
  async remove(user: User, id: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const post = await this.ownPost(em, user, id);
      await em.execute(`delete from forum_reports where post_id = any(?::uuid[]) or post_id in (select id from blog_comments where post_id = ?)`, [pgArray([post.id]), post.id]);
      em.remove(post);
    });
  }

  async comment(user: User, postId: string, dto: CreateBlogCommentRequest): Promise<BlogCommentResult> {
    const em = this.em.fork();
    const probe = await em.findOne(BlogPost, postId);
    this.checkCommentable(probe, user);
    await this.checkMayWrite(em, user);
    const held = await this.forum.watchedWords(em, { body: dto.body });
    return em.transactional(async (tx) => {
      // The post's row lock: closing comments at the same moment wins or loses cleanly.
      const post = await tx.findOne(BlogPost, postId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      this.checkCommentable(post, user);
      await this.checkRate(tx, user, 'comment');
      const c = tx.create(BlogComment, { post: post!, author: tx.getReference(User, user.id), body: dto.body, visibility: held ? 'pending' : 'visible', moderationNote: held });
      await tx.flush();
      return { id: c.id, visibility: c.visibility };
    });
  }

  /** The comment's author or the post's author deletes it for good. */
  async removeComment(user: User, id: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const c = await em.findOne(BlogComment, id, { populate: ['post', 'author'] });
      if (!c || c.visibility === 'deleted') throw new AppException(HttpStatus.NOT_FOUND, 'blog.comment_not_found');
      const mayDelete = c.author.id === user.id || c.post.author.id === user.id;
      if (!mayDelete) {
        // Someone who cannot see it learns nothing about it.
        const seen = c.visibility === 'visible' && c.post.status === 'published' && c.post.visibility === 'visible';
        throw seen ? new AppException(HttpStatus.FORBIDDEN, 'blog.cannot_delete_comment') : new AppException(HttpStatus.NOT_FOUND, 'blog.comment_not_found');
      }
      await em.execute(`delete from forum_reports where post_id = ?`, [c.id]);
      em.remove(c);
    });
  }

  // ---- rules ----

  private checkCommentable(post: BlogPost | null, user: User): void {
    const mine = post?.author.id === user.id;
    if (!post || post.visibility === 'deleted' || (post.status !== 'published' && !mine) || (post.visibility !== 'visible' && !mine)) throw new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    if (post.status !== 'published') throw new AppException(HttpStatus.CONFLICT, 'blog.not_published');
    if (post.visibility !== 'visible') throw new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    if (!post.commentsOpen) throw new AppException(HttpStatus.CONFLICT, 'blog.comments_closed');
  }

  /** The author's post for a change: someone else gets 403 on a public post and 404 on anything else. */
  private async ownPost(em: EntityManager, user: User, id: string): Promise<BlogPost> {
    const post = await em.findOne(BlogPost, id);
    if (!post) throw new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    if (post.author.id !== user.id) {
      const seen = post.status === 'published' && post.visibility === 'visible';
      throw seen ? new AppException(HttpStatus.FORBIDDEN, 'blog.not_author') : new AppException(HttpStatus.NOT_FOUND, 'blog.post_not_found');
    }
    if (post.visibility === 'deleted') throw new AppException(HttpStatus.CONFLICT, 'forum.post_deleted');
    return post;
  }

  /** Suspended accounts may not write; new accounts write at a limited rate (checked early, and again under lock). */
  private async checkMayWrite(em: EntityManager, user: User): Promise<void> {
    const until = await this.forum.suspendedUntil(em, user.id);
    if (until) throw new AppException(HttpStatus.FORBIDDEN, 'forum.suspended', { until: until.toISOString().slice(0, 10) });
  }

  /** The forum's pattern: counted and written under a per-account advisory lock (the forum's own key). */
  private async checkRate(em: EntityManager, user: User, kind: 'post' | 'comment'): Promise<void> {
    if (!isNewAccount(user)) return;
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`forum-rate:${user.id}`]);
    const table = kind === 'post' ? 'blog_posts' : 'blog_comments';
    const [r] = await em.execute<{ n: number; oldest: Date | null }[]>(`select count(*)::int as n, min(created_at) as oldest from ${table} where author_id = ? and created_at > now() - interval '24 hours'`, [user.id]);
    if (r.n >= BLOG_NEW_ACCOUNT_LIMITS[kind]) {
      const minutes = Math.max(1, Math.ceil((new Date(r.oldest!).getTime() + 86400_000 - Date.now()) / 60_000));
      throw new AppException(HttpStatus.TOO_MANY_REQUESTS, kind === 'post' ? 'blog.rate_limited_posts' : 'blog.rate_limited_comments', { limit: BLOG_NEW_ACCOUNT_LIMITS[kind], minutes }, undefined, {
        'Retry-After': String(minutes * 60),
      });
    }
  }

  private summaryOf(p: BlogPost, commentCount: number): BlogPostSummary {
    return {
      id: p.id,
      slug: p.slug,
      title: p.title,
      excerpt: excerpt(p.body),
      author: { id: p.author.id, name: p.author.displayName },
      tags: p.tags as NewsTag[],
      language: p.language,
      status: p.status,
      publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
      commentsOpen: p.commentsOpen,
      commentCount,
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

function suffix(): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return s;
}

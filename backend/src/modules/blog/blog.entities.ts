import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, Enum } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VISIBILITIES, type Visibility } from '../forum/forum.entities';
import { User } from '../users/user.entity';

export const BLOG_STATUSES = ['draft', 'published'] as const;
export type BlogStatus = (typeof BLOG_STATUSES)[number];
export const BLOG_LANGUAGES = ['es', 'en'] as const;
export type BlogLanguage = (typeof BLOG_LANGUAGES)[number];

/**
 * A member's blog post. `status` is the author's choice (draft or published); `visibility`, `openReports`
 * and `moderationNote` belong to moderation and work as on forum posts (reports and moderators' actions go
 * through the forum's queue). The public sees a post only when it is published and visible.
 */
@Entity({ tableName: 'blog_posts' })
@Index({ name: 'blog_posts_listed_index', expression: `create index "blog_posts_listed_index" on "blog_posts" ("published_at" desc, "id") where "status" = 'published' and "visibility" = 'visible'` })
@Index({ name: 'blog_posts_tags_index', expression: `create index "blog_posts_tags_index" on "blog_posts" using gin ("tags")` })
@Index({ name: 'blog_posts_moderation_index', expression: `create index "blog_posts_moderation_index" on "blog_posts" ("created_at") where "visibility" = 'pending' or "open_reports" > 0` })
export class BlogPost {
  [OptionalProps]?: 'id' | 'tags' | 'status' | 'publishedAt' | 'commentsOpen' | 'visibility' | 'moderationNote' | 'openReports' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author: User;

  @Property({ type: 'text' })
  title: string;

  /** Made from the first title and never changed, so links keep working after an edit. */
  @Unique()
  @Property({ type: 'text' })
  slug: string;

  /** Markdown as written; sanitised when rendered. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text', default: 'draft' })
  status: BlogStatus = 'draft';

  /** First publication; kept when the author unpublishes and publishes again. */
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Property({ type: 'text' })
  language: BlogLanguage;

  @Property({ type: 'boolean', default: true })
  commentsOpen: boolean = true;

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

@Entity({ tableName: 'blog_comments' })
@Index({ properties: ['post', 'createdAt'] })
@Index({ name: 'blog_comments_moderation_index', expression: `create index "blog_comments_moderation_index" on "blog_comments" ("created_at") where "visibility" = 'pending' or "open_reports" > 0` })
export class BlogComment {
  [OptionalProps]?: 'id' | 'visibility' | 'moderationNote' | 'openReports' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => BlogPost, { deleteRule: 'cascade' })
  post: BlogPost;

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

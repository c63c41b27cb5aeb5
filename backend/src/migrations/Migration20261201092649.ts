import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092649 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "blog_posts" ("id" uuid not null, "author_id" uuid not null, "title" text not null, "slug" text not null, "body" text not null, "status" text not null default 'draft', "published_at" timestamptz null, "tags" text[] not null default '{}', "language" text not null, "comments_open" boolean not null default true, "visibility" "forum_visibility" not null default 'visible', "moderation_note" text null, "open_reports" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "blog_posts_pkey" primary key ("id"));`);
    this.addSql(`create index "blog_posts_author_id_index" on "blog_posts" ("author_id");`);
    this.addSql(`alter table "blog_posts" add constraint "blog_posts_slug_unique" unique ("slug");`);
    this.addSql(`create index "blog_posts_moderation_index" on "blog_posts" ("created_at") where "visibility" = 'pending' or "open_reports" > 0;`);
    this.addSql(`create index "blog_posts_tags_index" on "blog_posts" using gin ("tags");`);
    this.addSql(`create index "blog_posts_listed_index" on "blog_posts" ("published_at" desc, "id") where "status" = 'published' and "visibility" = 'visible';`);

    this.addSql(`create table "blog_comments" ("id" uuid not null, "post_id" uuid not null, "author_id" uuid not null, "body" text not null, "visibility" "forum_visibility" not null default 'visible', "moderation_note" text null, "open_reports" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "blog_comments_pkey" primary key ("id"));`);
    this.addSql(`create index "blog_comments_author_id_index" on "blog_comments" ("author_id");`);
    this.addSql(`create index "blog_comments_moderation_index" on "blog_comments" ("created_at") where "visibility" = 'pending' or "open_reports" > 0;`);
    this.addSql(`create index "blog_comments_post_id_created_at_index" on "blog_comments" ("post_id", "created_at");`);

    this.addSql(`alter table "blog_posts" add constraint "blog_posts_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "blog_comments" add constraint "blog_comments_post_id_foreign" foreign key ("post_id") references "blog_posts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "blog_comments" add constraint "blog_comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "blog_comments" drop constraint "blog_comments_post_id_foreign";`);

    this.addSql(`drop table if exists "blog_posts" cascade;`);

    this.addSql(`drop table if exists "blog_comments" cascade;`);
  }

}

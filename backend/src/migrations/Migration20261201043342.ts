import { Migration } from '@mikro-orm/migrations';

export class Migration20261201043342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "forum_question_status" as enum ('open', 'answered', 'resolved', 'locked');`);
    this.addSql(`create type "forum_visibility" as enum ('visible', 'pending', 'hidden', 'deleted');`);
    this.addSql(`create table "forum_categories" ("id" uuid not null, "slug" text not null, "name_es" text not null, "name_en" text not null, "description_es" text not null, "description_en" text not null, "anonymous_by_default" boolean not null default false, "position" int not null default 0, constraint "forum_categories_pkey" primary key ("id"));`);
    this.addSql(`alter table "forum_categories" add constraint "forum_categories_slug_unique" unique ("slug");`);

    this.addSql(`create table "forum_watched_words" ("id" uuid not null, "word" text not null, "action" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "forum_watched_words_pkey" primary key ("id"));`);
    this.addSql(`alter table "forum_watched_words" add constraint "forum_watched_words_word_unique" unique ("word");`);

    this.addSql(`create table "forum_reports" ("id" uuid not null, "post_kind" text not null, "post_id" uuid not null, "reporter_id" uuid not null, "reason" text not null, "note" text null, "status" text not null default 'open', "resolved_by_id" uuid null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "forum_reports_pkey" primary key ("id"));`);
    this.addSql(`create index "forum_reports_status_created_at_index" on "forum_reports" ("status", "created_at");`);
    this.addSql(`alter table "forum_reports" add constraint "forum_reports_post_id_reporter_id_unique" unique ("post_id", "reporter_id");`);

    this.addSql(`create table "forum_questions" ("id" uuid not null, "category_id" uuid not null, "author_id" uuid not null, "anonymous" boolean not null, "pseudonym" text not null, "title" text not null, "body" text not null, "country" text not null, "tags" text[] not null default '{}', "status" "forum_question_status" not null default 'open', "visibility" "forum_visibility" not null default 'visible', "moderation_note" text null, "accepted_answer_id" uuid null, "claimed_by_id" uuid null, "claimed_at" timestamptz null, "first_counsellor_answer_at" timestamptz null, "answer_count" int not null default 0, "open_reports" int not null default 0, "last_activity_at" timestamptz not null default now(), "search" tsvector generated always as (setweight(to_tsvector('puente_es'::regconfig, title), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, body), 'B'::"char")) stored null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "forum_questions_pkey" primary key ("id"));`);
    this.addSql(`create index "forum_questions_category_id_index" on "forum_questions" ("category_id");`);
    this.addSql(`create index "forum_questions_author_id_index" on "forum_questions" ("author_id");`);
    this.addSql(`create index "forum_questions_tags_index" on "forum_questions" using gin ("tags");`);
    this.addSql(`create index "forum_questions_search_index" on "forum_questions" using gin ("search");`);
    this.addSql(`create index "forum_questions_queue_index" on "forum_questions" ("created_at", "id") where "visibility" = 'visible' and "first_counsellor_answer_at" is null;`);
    this.addSql(`create index "forum_questions_listed_index" on "forum_questions" ("last_activity_at" desc, "id") where "visibility" = 'visible';`);

    this.addSql(`create table "forum_moderation_log" ("id" uuid not null, "actor_id" uuid null, "action" text not null, "post_kind" text null, "post_id" uuid null, "target_user_id" uuid null, "reason" text null, "created_at" timestamptz not null default now(), constraint "forum_moderation_log_pkey" primary key ("id"));`);
    this.addSql(`create index "forum_moderation_log_created_at_index" on "forum_moderation_log" ("created_at");`);

    this.addSql(`create table "forum_members" ("user_id" uuid not null, "credential" text null, "credential_set_by_id" uuid null, "credential_set_at" timestamptz null, "suspended_until" timestamptz null, "suspension_reason" text null, constraint "forum_members_pkey" primary key ("user_id"));`);

    this.addSql(`create table "forum_answers" ("id" uuid not null, "question_id" uuid not null, "author_id" uuid not null, "body" text not null, "by_counsellor" boolean not null, "visibility" "forum_visibility" not null default 'visible', "moderation_note" text null, "open_reports" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "forum_answers_pkey" primary key ("id"));`);
    this.addSql(`create index "forum_answers_author_id_index" on "forum_answers" ("author_id");`);
    this.addSql(`create index "forum_answers_question_id_created_at_index" on "forum_answers" ("question_id", "created_at");`);

    this.addSql(`alter table "forum_watched_words" add constraint "forum_watched_words_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "forum_reports" add constraint "forum_reports_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_reports" add constraint "forum_reports_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "forum_questions" add constraint "forum_questions_category_id_foreign" foreign key ("category_id") references "forum_categories" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "forum_questions" add constraint "forum_questions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_questions" add constraint "forum_questions_claimed_by_id_foreign" foreign key ("claimed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "forum_moderation_log" add constraint "forum_moderation_log_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "forum_moderation_log" add constraint "forum_moderation_log_target_user_id_foreign" foreign key ("target_user_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "forum_members" add constraint "forum_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_members" add constraint "forum_members_credential_set_by_id_foreign" foreign key ("credential_set_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "forum_answers" add constraint "forum_answers_question_id_foreign" foreign key ("question_id") references "forum_questions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_answers" add constraint "forum_answers_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "forum_questions" drop constraint "forum_questions_category_id_foreign";`);

    this.addSql(`alter table "forum_answers" drop constraint "forum_answers_question_id_foreign";`);

    this.addSql(`drop table if exists "forum_categories" cascade;`);

    this.addSql(`drop table if exists "forum_watched_words" cascade;`);

    this.addSql(`drop table if exists "forum_reports" cascade;`);

    this.addSql(`drop table if exists "forum_questions" cascade;`);

    this.addSql(`drop table if exists "forum_moderation_log" cascade;`);

    this.addSql(`drop table if exists "forum_members" cascade;`);

    this.addSql(`drop table if exists "forum_answers" cascade;`);

    this.addSql(`drop type "forum_question_status";`);
    this.addSql(`drop type "forum_visibility";`);
  }

}

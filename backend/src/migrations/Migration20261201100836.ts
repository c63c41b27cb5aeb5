import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100836 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "message_threads" ("id" uuid not null, "user_a_id" uuid not null, "user_b_id" uuid not null, "question_id" uuid null, "masked_user_id" uuid null, "pseudonym" text null, "last_message_at" timestamptz not null default now(), "created_at" timestamptz not null default now(), constraint "message_threads_pkey" primary key ("id"));`);
    this.addSql(`create index "message_threads_user_a_id_index" on "message_threads" ("user_a_id");`);
    this.addSql(`create index "message_threads_user_b_id_index" on "message_threads" ("user_b_id");`);
    this.addSql(`create unique index "message_threads_question_unique" on "message_threads" ("question_id", "user_a_id", "user_b_id") where "question_id" is not null;`);
    this.addSql(`create unique index "message_threads_pair_unique" on "message_threads" ("user_a_id", "user_b_id") where "question_id" is null;`);

    this.addSql(`create table "message_thread_members" ("id" uuid not null, "thread_id" uuid not null, "user_id" uuid not null, "last_read_at" timestamptz null, constraint "message_thread_members_pkey" primary key ("id"));`);
    this.addSql(`create index "message_thread_members_user_id_index" on "message_thread_members" ("user_id");`);
    this.addSql(`alter table "message_thread_members" add constraint "message_thread_members_thread_id_user_id_unique" unique ("thread_id", "user_id");`);

    this.addSql(`create table "message_settings" ("user_id" uuid not null, "who_can_message" text not null default 'everyone', "updated_at" timestamptz not null default now(), constraint "message_settings_pkey" primary key ("user_id"));`);

    this.addSql(`create table "message_blocks" ("id" uuid not null, "blocker_id" uuid not null, "blocked_id" uuid not null, "created_at" timestamptz not null default now(), constraint "message_blocks_pkey" primary key ("id"));`);
    this.addSql(`create index "message_blocks_blocked_id_index" on "message_blocks" ("blocked_id");`);
    this.addSql(`alter table "message_blocks" add constraint "message_blocks_blocker_id_blocked_id_unique" unique ("blocker_id", "blocked_id");`);

    this.addSql(`create table "messages" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid not null, "body" text not null, "visibility" "forum_visibility" not null default 'visible', "moderation_note" text null, "open_reports" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "messages_pkey" primary key ("id"));`);
    this.addSql(`create index "messages_author_id_index" on "messages" ("author_id");`);
    this.addSql(`create index "messages_moderation_index" on "messages" ("created_at") where "visibility" = 'pending' or "open_reports" > 0;`);
    this.addSql(`create index "messages_thread_id_created_at_index" on "messages" ("thread_id", "created_at");`);

    this.addSql(`alter table "message_threads" add constraint "message_threads_user_a_id_foreign" foreign key ("user_a_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_threads" add constraint "message_threads_user_b_id_foreign" foreign key ("user_b_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_threads" add constraint "message_threads_masked_user_id_foreign" foreign key ("masked_user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "message_thread_members" add constraint "message_thread_members_thread_id_foreign" foreign key ("thread_id") references "message_threads" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_thread_members" add constraint "message_thread_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "message_settings" add constraint "message_settings_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "message_blocks" add constraint "message_blocks_blocker_id_foreign" foreign key ("blocker_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_blocks" add constraint "message_blocks_blocked_id_foreign" foreign key ("blocked_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "messages" add constraint "messages_thread_id_foreign" foreign key ("thread_id") references "message_threads" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message_thread_members" drop constraint "message_thread_members_thread_id_foreign";`);

    this.addSql(`alter table "messages" drop constraint "messages_thread_id_foreign";`);

    this.addSql(`drop table if exists "message_threads" cascade;`);

    this.addSql(`drop table if exists "message_thread_members" cascade;`);

    this.addSql(`drop table if exists "message_settings" cascade;`);

    this.addSql(`drop table if exists "message_blocks" cascade;`);

    this.addSql(`drop table if exists "messages" cascade;`);
  }

}

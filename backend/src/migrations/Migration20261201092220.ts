import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_unsubscribe_tokens" ("token" text not null, "user_id" uuid not null, "scope" text not null, "created_at" timestamptz not null default now(), constraint "notification_unsubscribe_tokens_pkey" primary key ("token"));`);
    this.addSql(`alter table "notification_unsubscribe_tokens" add constraint "notification_unsubscribe_tokens_user_id_scope_unique" unique ("user_id", "scope");`);

    this.addSql(`create table "notification_preferences" ("id" uuid not null, "user_id" uuid not null, "type" text not null, "mode" text not null, "updated_at" timestamptz not null default now(), constraint "notification_preferences_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_user_id_type_unique" unique ("user_id", "type");`);

    this.addSql(`create table "notifications" ("id" uuid not null, "recipient_id" uuid not null, "type" text not null, "params" jsonb not null, "link" text not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "digest_pending" boolean not null default false, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_digest_idx" on "notifications" ("recipient_id") where "digest_pending";`);
    this.addSql(`create index "notifications_unread_idx" on "notifications" ("recipient_id") where "read_at" is null;`);
    this.addSql(`create index "notifications_inbox_idx" on "notifications" ("recipient_id", "created_at", "id");`);

    this.addSql(`alter table "notification_unsubscribe_tokens" add constraint "notification_unsubscribe_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_unsubscribe_tokens" cascade;`);

    this.addSql(`drop table if exists "notification_preferences" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);
  }

}

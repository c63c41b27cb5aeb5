import { Migration } from '@mikro-orm/migrations';

export class Migration20261127204728 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "auth_token_purpose" as enum ('verify_email', 'password_reset');`);
    this.addSql(`create table "login_failures" ("id" bigserial primary key, "email" text not null, "ip" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "login_failures_ip_created_at_index" on "login_failures" ("ip", "created_at");`);
    this.addSql(`create index "login_failures_email_created_at_index" on "login_failures" ("email", "created_at");`);

    this.addSql(`create table "users" ("id" uuid not null, "email" text null, "password_hash" text null, "display_name" text not null, "roles" text[] not null default '{learner}', "locale" text not null default 'es', "email_verified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_deleted_at_index" on "users" ("deleted_at");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" text null, "user_agent" text null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "auth_tokens" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "purpose" "auth_token_purpose" not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "auth_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_tokens" add constraint "auth_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_tokens_user_id_index" on "auth_tokens" ("user_id");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_tokens" add constraint "auth_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

}

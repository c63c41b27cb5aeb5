import { Migration } from '@mikro-orm/migrations';

export class Migration20261130211854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "official_level" as enum ('national', 'regional', 'local', 'eu', 'consular', 'ngo', 'international');`);
    this.addSql(`create type "campaign_status" as enum ('draft', 'published', 'closed');`);
    this.addSql(`create type "delivery_status" as enum ('queued', 'sending', 'sent', 'failed', 'bounced', 'replied');`);
    this.addSql(`create type "reply_channel" as enum ('email', 'letter', 'phone', 'meeting', 'other');`);
    this.addSql(`create table "officials" ("id" uuid not null, "name" text not null, "position" text null, "institution" text not null, "level" "official_level" not null, "country" text not null, "region" text null, "email" text null, "contact_url" text null, "source_url" text null, "last_verified_on" date null, "needs_verification" boolean not null default false, "notes" text null, "active" boolean not null default true, "seed_key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "officials_pkey" primary key ("id"));`);
    this.addSql(`create index "officials_institution_index" on "officials" ("institution");`);
    this.addSql(`create index "officials_country_index" on "officials" ("country");`);
    this.addSql(`alter table "officials" add constraint "officials_email_unique" unique ("email");`);
    this.addSql(`alter table "officials" add constraint "officials_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "campaigns" ("id" uuid not null, "slug" text not null, "title" text not null, "summary" text not null, "problem" text not null, "asks" text not null, "audiences" text[] not null, "locale" text not null, "status" "campaign_status" not null default 'draft', "owner_id" uuid not null, "published_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "campaigns_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_slug_unique" unique ("slug");`);
    this.addSql(`create index "campaigns_status_index" on "campaigns" ("status");`);
    this.addSql(`create index "campaigns_owner_id_index" on "campaigns" ("owner_id");`);

    this.addSql(`create table "campaign_signatures" ("id" uuid not null, "campaign_id" uuid not null, "name" text not null, "email" text not null, "city" text not null, "country" text not null, "organisation" text null, "show_name" boolean not null, "locale" text not null, "token_hash" text not null, "consent_at" timestamptz not null, "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "campaign_signatures_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign_signatures" add constraint "campaign_signatures_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "campaign_signatures_campaign_id_confirmed_at_index" on "campaign_signatures" ("campaign_id", "confirmed_at");`);
    this.addSql(`alter table "campaign_signatures" add constraint "campaign_signatures_campaign_id_email_unique" unique ("campaign_id", "email");`);

    this.addSql(`create table "campaign_advocates" ("campaign_id" uuid not null, "user_id" uuid not null, constraint "campaign_advocates_pkey" primary key ("campaign_id", "user_id"));`);

    this.addSql(`create table "briefs" ("id" uuid not null, "campaign_id" uuid not null, "locale" text not null, "latest_version" int not null default 0, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "briefs_pkey" primary key ("id"));`);
    this.addSql(`create index "briefs_campaign_id_index" on "briefs" ("campaign_id");`);

    this.addSql(`create table "brief_versions" ("id" uuid not null, "brief_id" uuid not null, "number" int not null, "title" text not null, "summary" text not null, "body" text not null, "recommendations" jsonb not null, "citations" jsonb not null, "author_id" uuid not null, "frozen_at" timestamptz null, "pdf" bytea null, "created_at" timestamptz not null default now(), constraint "brief_versions_pkey" primary key ("id"));`);
    this.addSql(`alter table "brief_versions" add constraint "brief_versions_brief_id_number_unique" unique ("brief_id", "number");`);

    this.addSql(`create table "brief_sends" ("id" uuid not null, "version_id" uuid not null, "subject" text not null, "message" text not null, "filter" jsonb null, "created_by_id" uuid not null, "reply_to" text not null, "sender_name" text not null, "created_at" timestamptz not null default now(), constraint "brief_sends_pkey" primary key ("id"));`);
    this.addSql(`create index "brief_sends_version_id_index" on "brief_sends" ("version_id");`);

    this.addSql(`create table "deliveries" ("id" uuid not null, "send_id" uuid not null, "version_id" uuid not null, "official_id" uuid not null, "to_email" text not null, "to_name" text not null, "to_position" text null, "to_institution" text not null, "message_id" text not null, "status" "delivery_status" not null default 'queued', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "lease_until" timestamptz null, "claim_token" uuid null, "last_error" text null, "smtp_response" text null, "sent_at" timestamptz null, "last_attempt_at" timestamptz null, "follow_up_reminded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "deliveries_send_id_index" on "deliveries" ("send_id");`);
    this.addSql(`create index "deliveries_official_id_index" on "deliveries" ("official_id");`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "deliveries_last_attempt_at_index" on "deliveries" ("last_attempt_at");`);
    this.addSql(`create index "deliveries_status_next_attempt_at_index" on "deliveries" ("status", "next_attempt_at");`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_version_id_official_id_unique" unique ("version_id", "official_id");`);

    this.addSql(`create table "delivery_replies" ("id" uuid not null, "delivery_id" uuid not null, "received_at" timestamptz not null, "channel" "reply_channel" not null, "summary" text not null, "url" text null, "recorded_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "delivery_replies_pkey" primary key ("id"));`);
    this.addSql(`create index "delivery_replies_delivery_id_index" on "delivery_replies" ("delivery_id");`);

    this.addSql(`alter table "campaigns" add constraint "campaigns_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "campaign_signatures" add constraint "campaign_signatures_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign_advocates" add constraint "campaign_advocates_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_advocates" add constraint "campaign_advocates_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "briefs" add constraint "briefs_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefs" add constraint "briefs_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "brief_versions" add constraint "brief_versions_brief_id_foreign" foreign key ("brief_id") references "briefs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "brief_versions" add constraint "brief_versions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "brief_sends" add constraint "brief_sends_version_id_foreign" foreign key ("version_id") references "brief_versions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "brief_sends" add constraint "brief_sends_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "deliveries" add constraint "deliveries_send_id_foreign" foreign key ("send_id") references "brief_sends" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_version_id_foreign" foreign key ("version_id") references "brief_versions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "deliveries" add constraint "deliveries_official_id_foreign" foreign key ("official_id") references "officials" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "delivery_replies" add constraint "delivery_replies_delivery_id_foreign" foreign key ("delivery_id") references "deliveries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delivery_replies" add constraint "delivery_replies_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deliveries" drop constraint "deliveries_official_id_foreign";`);

    this.addSql(`alter table "campaign_signatures" drop constraint "campaign_signatures_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_advocates" drop constraint "campaign_advocates_campaign_id_foreign";`);

    this.addSql(`alter table "briefs" drop constraint "briefs_campaign_id_foreign";`);

    this.addSql(`alter table "brief_versions" drop constraint "brief_versions_brief_id_foreign";`);

    this.addSql(`alter table "brief_sends" drop constraint "brief_sends_version_id_foreign";`);

    this.addSql(`alter table "deliveries" drop constraint "deliveries_version_id_foreign";`);

    this.addSql(`alter table "deliveries" drop constraint "deliveries_send_id_foreign";`);

    this.addSql(`alter table "delivery_replies" drop constraint "delivery_replies_delivery_id_foreign";`);

    this.addSql(`drop table if exists "officials" cascade;`);

    this.addSql(`drop table if exists "campaigns" cascade;`);

    this.addSql(`drop table if exists "campaign_signatures" cascade;`);

    this.addSql(`drop table if exists "campaign_advocates" cascade;`);

    this.addSql(`drop table if exists "briefs" cascade;`);

    this.addSql(`drop table if exists "brief_versions" cascade;`);

    this.addSql(`drop table if exists "brief_sends" cascade;`);

    this.addSql(`drop table if exists "deliveries" cascade;`);

    this.addSql(`drop table if exists "delivery_replies" cascade;`);

    this.addSql(`drop type "official_level";`);
    this.addSql(`drop type "campaign_status";`);
    this.addSql(`drop type "delivery_status";`);
    this.addSql(`drop type "reply_channel";`);
  }

}

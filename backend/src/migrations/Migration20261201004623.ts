import { Migration } from '@mikro-orm/migrations';

export class Migration20261201004623 extends Migration {

  override async up(): Promise<void> {
    // Search in Spanish that forgives missing accents (people type "regularizacion" on their phones): the
    // news_items.search column below is computed with this configuration.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_ts_config where cfgname = 'puente_es') then
        create text search configuration puente_es (copy = spanish);
        alter text search configuration puente_es alter mapping for hword, hword_part, word with unaccent, spanish_stem;
      end if;
    end $$;`);
    this.addSql(`create type "news_region" as enum ('ecuador', 'spain', 'eu', 'world');`);
    this.addSql(`create type "reliability_tier" as enum ('official', 'established_media', 'civil_society', 'community');`);
    this.addSql(`create type "news_item_kind" as enum ('feed', 'editorial');`);
    this.addSql(`create type "news_item_status" as enum ('draft', 'in_review', 'published');`);
    this.addSql(`create table "news_sources" ("id" uuid not null, "name" text not null, "feed_url" text null, "site_url" text not null, "region" "news_region" not null, "language" text not null, "tier" "reliability_tier" not null, "active" boolean not null default false, "keyword_filter" boolean not null default true, "notes" text null, "seed_key" text null, "last_fetched_at" timestamptz null, "last_success_at" timestamptz null, "etag" text null, "last_modified" text null, "consecutive_failures" int not null default 0, "next_attempt_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "news_sources_pkey" primary key ("id"));`);
    this.addSql(`alter table "news_sources" add constraint "news_sources_feed_url_unique" unique ("feed_url");`);
    this.addSql(`alter table "news_sources" add constraint "news_sources_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "news_items" ("id" uuid not null, "slug" text not null, "kind" "news_item_kind" not null, "source_id" uuid null, "guid" text null, "link" text null, "title" text not null, "summary_html" text not null default '', "summary_text" text not null default '', "published_at" timestamptz not null, "region" "news_region" not null, "language" text not null, "tags" text[] not null default '{}', "title_tokens" text[] not null default '{}', "cluster_id" uuid not null, "status" "news_item_status" not null default 'published', "body" text null, "citations" jsonb null, "author_id" uuid null, "last_edited_by_id" uuid null, "verified_by_id" uuid null, "verified_at" timestamptz null, "submitted_at" timestamptz null, "review_note" text null, "fetched_at" timestamptz not null default now(), "search" tsvector generated always as ((setweight(to_tsvector('puente_es'::regconfig, title), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, summary_text), 'B'::"char")) || setweight(to_tsvector('puente_es'::regconfig, COALESCE(body, ''::text)), 'C'::"char")) stored null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "news_items_pkey" primary key ("id"));`);
    this.addSql(`alter table "news_items" add constraint "news_items_slug_unique" unique ("slug");`);
    this.addSql(`create index "news_items_cluster_id_index" on "news_items" ("cluster_id");`);
    this.addSql(`create index "news_items_tags_index" on "news_items" using gin ("tags");`);
    this.addSql(`create index "news_items_search_index" on "news_items" using gin ("search");`);
    this.addSql(`create index "news_items_recent_feed_index" on "news_items" ("published_at") where "kind" = 'feed';`);
    this.addSql(`create index "news_items_listed_index" on "news_items" ("published_at" desc) where "status" = 'published' and "id" = "cluster_id";`);
    this.addSql(`create unique index "news_items_feed_link_unique" on "news_items" ("link") where "kind" = 'feed' and "link" is not null;`);
    this.addSql(`create index "news_items_status_published_at_index" on "news_items" ("status", "published_at");`);
    this.addSql(`alter table "news_items" add constraint "news_items_source_id_guid_unique" unique ("source_id", "guid");`);

    this.addSql(`create table "news_ingest_runs" ("id" uuid not null, "trigger" text not null, "slot" text null, "started_by_id" uuid null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null, "report" jsonb null, constraint "news_ingest_runs_pkey" primary key ("id"));`);
    this.addSql(`alter table "news_ingest_runs" add constraint "news_ingest_runs_slot_unique" unique ("slot");`);
    this.addSql(`create index "news_ingest_runs_started_at_index" on "news_ingest_runs" ("started_at");`);

    this.addSql(`create table "news_corrections" ("id" uuid not null, "item_id" uuid not null, "body" text not null, "author_id" uuid null, "created_at" timestamptz not null default now(), constraint "news_corrections_pkey" primary key ("id"));`);
    this.addSql(`create index "news_corrections_item_id_index" on "news_corrections" ("item_id");`);

    this.addSql(`alter table "news_items" add constraint "news_items_source_id_foreign" foreign key ("source_id") references "news_sources" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "news_items" add constraint "news_items_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "news_items" add constraint "news_items_last_edited_by_id_foreign" foreign key ("last_edited_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "news_items" add constraint "news_items_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "news_ingest_runs" add constraint "news_ingest_runs_started_by_id_foreign" foreign key ("started_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "news_corrections" add constraint "news_corrections_item_id_foreign" foreign key ("item_id") references "news_items" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "news_corrections" add constraint "news_corrections_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "news_items" drop constraint "news_items_source_id_foreign";`);

    this.addSql(`alter table "news_corrections" drop constraint "news_corrections_item_id_foreign";`);

    this.addSql(`drop table if exists "news_sources" cascade;`);

    this.addSql(`drop table if exists "news_items" cascade;`);

    this.addSql(`drop table if exists "news_ingest_runs" cascade;`);

    this.addSql(`drop table if exists "news_corrections" cascade;`);

    this.addSql(`drop type "news_region";`);
    this.addSql(`drop type "reliability_tier";`);
    this.addSql(`drop type "news_item_kind";`);
    this.addSql(`drop type "news_item_status";`);
    this.addSql(`drop text search configuration if exists puente_es;`);
  }

}

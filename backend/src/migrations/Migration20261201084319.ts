import { Migration } from '@mikro-orm/migrations';

export class Migration20261201084319 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal_passages" ("id" serial primary key, "version" text not null default '', "indexed_at" timestamptz not null default now(), "topic" text not null, "section" text not null, "position" int not null, "heading" text not null, "body" text not null, "search" tsvector generated always as (setweight(to_tsvector('puente_es'::regconfig, heading), 'A'::"char") || setweight(to_tsvector('puente_es'::regconfig, body), 'B'::"char")) stored null);`);
    this.addSql(`create index "legal_passages_search_index" on "legal_passages" using gin ("search");`);
    this.addSql(`create index "legal_passages_version_index" on "legal_passages" ("version");`);

    this.addSql(`alter table "courses" add column "legal_topics" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal_passages" cascade;`);

    this.addSql(`alter table "courses" drop column "legal_topics";`);
  }

}

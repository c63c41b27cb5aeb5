import { Migration } from '@mikro-orm/migrations';

export class Migration20261130141554 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "certificate_batch_status" as enum ('queued', 'running', 'done', 'failed');`);
    this.addSql(`create type "certificate_status" as enum ('valid', 'revoked');`);
    this.addSql(`create table "certificate_status_lists" ("number" int not null, "credential" jsonb not null, "updated_at" timestamptz not null default now(), constraint "certificate_status_lists_pkey" primary key ("number"));`);

    this.addSql(`create table "issuer_keys" ("public_key_multibase" text not null, "secret_key_multibase" text null, "created_at" timestamptz not null default now(), "retired_at" timestamptz null, constraint "issuer_keys_pkey" primary key ("public_key_multibase"));`);

    this.addSql(`create table "certificate_batches" ("id" uuid not null, "class_id" uuid not null, "requested_by_id" uuid null, "status" "certificate_batch_status" not null default 'queued', "total" int not null default 0, "issued" int not null default 0, "existing" int not null default 0, "failed" int not null default 0, "error" text null, "created_at" timestamptz not null default now(), "finished_at" timestamptz null, constraint "certificate_batches_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_batches_class_id_index" on "certificate_batches" ("class_id");`);

    this.addSql(`create table "certificates" ("id" uuid not null, "code" text not null, "enrolment_id" uuid null, "class_id" uuid null, "user_id" uuid null, "learner_name" text not null, "course_slug" text not null, "course_title" jsonb not null, "hours" double precision not null, "starts_on" date not null, "ends_on" date not null, "trainer_name" text not null, "issuer_name" text not null, "issuer_url" text not null, "language" text not null, "issued_at" timestamptz not null, "status" "certificate_status" not null default 'valid', "revoked_at" timestamptz null, "revoked_reason" text null, "revoked_by_id" uuid null, "status_list" int not null, "status_index" int not null, "credential" jsonb null, constraint "certificates_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificates" add constraint "certificates_code_unique" unique ("code");`);
    this.addSql(`alter table "certificates" add constraint "certificates_enrolment_id_unique" unique ("enrolment_id");`);
    this.addSql(`create index "certificates_class_id_index" on "certificates" ("class_id");`);
    this.addSql(`create index "certificates_user_id_index" on "certificates" ("user_id");`);
    this.addSql(`alter table "certificates" add constraint "certificates_status_list_status_index_unique" unique ("status_list", "status_index");`);

    this.addSql(`alter table "certificate_batches" add constraint "certificate_batches_class_id_foreign" foreign key ("class_id") references "classes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certificate_batches" add constraint "certificate_batches_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "certificates" add constraint "certificates_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificates" add constraint "certificates_class_id_foreign" foreign key ("class_id") references "classes" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificates" add constraint "certificates_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificates" add constraint "certificates_revoked_by_id_foreign" foreign key ("revoked_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_status_lists" cascade;`);

    this.addSql(`drop table if exists "issuer_keys" cascade;`);

    this.addSql(`drop table if exists "certificate_batches" cascade;`);

    this.addSql(`drop table if exists "certificates" cascade;`);

    this.addSql(`drop type "certificate_batch_status";`);
    this.addSql(`drop type "certificate_status";`);
  }

}

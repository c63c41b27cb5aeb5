import { Migration } from '@mikro-orm/migrations';

export class Migration20261127224744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "class_mode" as enum ('online', 'in_person', 'hybrid');`);
    this.addSql(`create table "classes" ("id" uuid not null, "course_id" uuid not null, "trainer_id" uuid not null, "title" text not null, "starts_on" date not null, "ends_on" date not null, "timezone" text not null, "capacity" int not null, "mode" "class_mode" not null, "location" text null, "enrolment_open" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "classes_pkey" primary key ("id"));`);
    this.addSql(`create index "classes_course_id_index" on "classes" ("course_id");`);
    this.addSql(`create index "classes_trainer_id_index" on "classes" ("trainer_id");`);

    this.addSql(`create table "class_sessions" ("id" uuid not null, "class_id" uuid not null, "starts_at" timestamptz not null, "duration_minutes" int not null, "topic" text not null, "meeting_url" text null, "created_at" timestamptz not null default now(), constraint "class_sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "class_sessions_class_id_starts_at_index" on "class_sessions" ("class_id", "starts_at");`);

    this.addSql(`alter table "classes" add constraint "classes_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "classes" add constraint "classes_trainer_id_foreign" foreign key ("trainer_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "class_sessions" add constraint "class_sessions_class_id_foreign" foreign key ("class_id") references "classes" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "class_sessions" drop constraint "class_sessions_class_id_foreign";`);

    this.addSql(`drop table if exists "classes" cascade;`);

    this.addSql(`drop table if exists "class_sessions" cascade;`);

    this.addSql(`drop type "class_mode";`);
  }

}

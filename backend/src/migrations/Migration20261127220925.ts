import { Migration } from '@mikro-orm/migrations';

export class Migration20261127220925 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "courses" ("id" uuid not null, "slug" text not null, "position" int not null, "title" jsonb not null, "summary" jsonb not null, "level" text not null, "hours" double precision not null, "audience" jsonb not null, "outcomes" jsonb not null, "completion" jsonb not null, "sources" jsonb not null, "intro_md" text not null, "content_hash" text not null, "version" int not null default 1, "synced_at" timestamptz not null, constraint "courses_pkey" primary key ("id"));`);
    this.addSql(`alter table "courses" add constraint "courses_slug_unique" unique ("slug");`);
    this.addSql(`create index "courses_position_index" on "courses" ("position");`);

    this.addSql(`create table "course_assignments" ("id" uuid not null, "course_id" uuid not null, "slug" text not null, "title" text not null, "grading" text not null, "instructions_md" text not null, constraint "course_assignments_pkey" primary key ("id"));`);
    this.addSql(`alter table "course_assignments" add constraint "course_assignments_course_id_slug_unique" unique ("course_id", "slug");`);

    this.addSql(`create table "course_lessons" ("id" uuid not null, "course_id" uuid not null, "slug" text not null, "position" int not null, "title" text not null, "minutes" int not null, "required" boolean not null, "body_md" text not null, constraint "course_lessons_pkey" primary key ("id"));`);
    this.addSql(`alter table "course_lessons" add constraint "course_lessons_course_id_slug_unique" unique ("course_id", "slug");`);

    this.addSql(`create table "course_quizzes" ("id" uuid not null, "course_id" uuid not null, "slug" text not null, "title" text not null, "pass_mark" int not null, "max_attempts" int not null, "questions" jsonb not null, "question_count" int not null, constraint "course_quizzes_pkey" primary key ("id"));`);
    this.addSql(`alter table "course_quizzes" add constraint "course_quizzes_course_id_slug_unique" unique ("course_id", "slug");`);

    this.addSql(`alter table "course_assignments" add constraint "course_assignments_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "course_lessons" add constraint "course_lessons_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "course_quizzes" add constraint "course_quizzes_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course_assignments" drop constraint "course_assignments_course_id_foreign";`);

    this.addSql(`alter table "course_lessons" drop constraint "course_lessons_course_id_foreign";`);

    this.addSql(`alter table "course_quizzes" drop constraint "course_quizzes_course_id_foreign";`);

    this.addSql(`drop table if exists "courses" cascade;`);

    this.addSql(`drop table if exists "course_assignments" cascade;`);

    this.addSql(`drop table if exists "course_lessons" cascade;`);

    this.addSql(`drop table if exists "course_quizzes" cascade;`);
  }

}

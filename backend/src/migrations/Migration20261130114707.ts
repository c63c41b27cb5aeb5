import { Migration } from '@mikro-orm/migrations';

export class Migration20261130114707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enrolment_status" as enum ('active', 'waitlisted', 'completed', 'withdrawn', 'removed');`);
    this.addSql(`create type "submission_status" as enum ('pending', 'passed', 'failed');`);
    this.addSql(`create table "enrolments" ("id" uuid not null, "class_id" uuid not null, "user_id" uuid not null, "status" "enrolment_status" not null, "queued_at" timestamptz not null, "activated_at" timestamptz null, "completed_at" timestamptz null, "completion_published_at" timestamptz null, "ended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "enrolments_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolments_user_id_index" on "enrolments" ("user_id");`);
    this.addSql(`create index "enrolments_class_id_status_queued_at_index" on "enrolments" ("class_id", "status", "queued_at");`);
    this.addSql(`alter table "enrolments" add constraint "enrolments_class_id_user_id_unique" unique ("class_id", "user_id");`);

    this.addSql(`create table "submissions" ("id" uuid not null, "enrolment_id" uuid not null, "assignment_id" uuid not null, "text" text not null, "link" text null, "status" "submission_status" not null, "score" int null, "feedback" text null, "graded_by_id" uuid null, "graded_at" timestamptz null, "submitted_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "submissions_pkey" primary key ("id"));`);
    this.addSql(`create index "submissions_status_submitted_at_index" on "submissions" ("status", "submitted_at");`);
    this.addSql(`create index "submissions_enrolment_id_assignment_id_index" on "submissions" ("enrolment_id", "assignment_id");`);

    this.addSql(`create table "quiz_attempts" ("id" uuid not null, "enrolment_id" uuid not null, "quiz_id" uuid not null, "number" int not null, "answers" jsonb not null, "correct_count" int not null, "question_count" int not null, "score" int not null, "passed" boolean not null, "created_at" timestamptz not null default now(), constraint "quiz_attempts_pkey" primary key ("id"));`);
    this.addSql(`create index "quiz_attempts_quiz_id_index" on "quiz_attempts" ("quiz_id");`);
    this.addSql(`alter table "quiz_attempts" add constraint "quiz_attempts_enrolment_id_quiz_id_number_unique" unique ("enrolment_id", "quiz_id", "number");`);

    this.addSql(`create table "lesson_progress" ("id" uuid not null, "enrolment_id" uuid not null, "lesson_id" uuid not null, "completed_at" timestamptz not null default now(), constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_enrolment_id_lesson_id_unique" unique ("enrolment_id", "lesson_id");`);

    this.addSql(`create table "attendance" ("id" uuid not null, "session_id" uuid not null, "enrolment_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_enrolment_id_index" on "attendance" ("enrolment_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_enrolment_id_unique" unique ("session_id", "enrolment_id");`);

    this.addSql(`create table "announcements" ("id" uuid not null, "class_id" uuid not null, "author_id" uuid not null, "title" text not null, "body_md" text not null, "created_at" timestamptz not null default now(), constraint "announcements_pkey" primary key ("id"));`);
    this.addSql(`create index "announcements_class_id_created_at_index" on "announcements" ("class_id", "created_at");`);

    this.addSql(`alter table "enrolments" add constraint "enrolments_class_id_foreign" foreign key ("class_id") references "classes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enrolments" add constraint "enrolments_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "submissions" add constraint "submissions_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "submissions" add constraint "submissions_assignment_id_foreign" foreign key ("assignment_id") references "course_assignments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "submissions" add constraint "submissions_graded_by_id_foreign" foreign key ("graded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quiz_attempts" add constraint "quiz_attempts_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_attempts" add constraint "quiz_attempts_quiz_id_foreign" foreign key ("quiz_id") references "course_quizzes" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_lesson_id_foreign" foreign key ("lesson_id") references "course_lessons" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "class_sessions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolments" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "announcements" add constraint "announcements_class_id_foreign" foreign key ("class_id") references "classes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "announcements" add constraint "announcements_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "submissions" drop constraint "submissions_enrolment_id_foreign";`);

    this.addSql(`alter table "quiz_attempts" drop constraint "quiz_attempts_enrolment_id_foreign";`);

    this.addSql(`alter table "lesson_progress" drop constraint "lesson_progress_enrolment_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_enrolment_id_foreign";`);

    this.addSql(`drop table if exists "enrolments" cascade;`);

    this.addSql(`drop table if exists "submissions" cascade;`);

    this.addSql(`drop table if exists "quiz_attempts" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "announcements" cascade;`);

    this.addSql(`drop type "enrolment_status";`);
    this.addSql(`drop type "submission_status";`);
  }

}

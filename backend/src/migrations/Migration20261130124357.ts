import { Migration } from '@mikro-orm/migrations';

export class Migration20261130124357 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "course_assignments" add column "retired_at" timestamptz null;`);

    this.addSql(`alter table "course_lessons" add column "retired_at" timestamptz null;`);

    this.addSql(`alter table "course_quizzes" add column "retired_at" timestamptz null;`);

    this.addSql(`alter table "enrolments" add column "extra_attempts" jsonb not null default '{}';`);

    this.addSql(`alter table "quiz_attempts" add column "results" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course_assignments" drop column "retired_at";`);

    this.addSql(`alter table "course_lessons" drop column "retired_at";`);

    this.addSql(`alter table "course_quizzes" drop column "retired_at";`);

    this.addSql(`alter table "enrolments" drop column "extra_attempts";`);

    this.addSql(`alter table "quiz_attempts" drop column "results";`);
  }

}

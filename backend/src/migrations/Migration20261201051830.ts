import { Migration } from '@mikro-orm/migrations';

export class Migration20261201051830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "forum_questions_moderation_index" on "forum_questions" ("created_at") where "visibility" = 'pending' or "open_reports" > 0;`);

    this.addSql(`create index "forum_answers_moderation_index" on "forum_answers" ("created_at") where "visibility" = 'pending' or "open_reports" > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "forum_answers_moderation_index";`);

    this.addSql(`drop index "forum_questions_moderation_index";`);
  }

}

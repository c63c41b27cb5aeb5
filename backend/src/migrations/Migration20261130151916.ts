import { Migration } from '@mikro-orm/migrations';

export class Migration20261130151916 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "certificate_status_lists" add column "revoked_count" int not null default 0;`);

    this.addSql(`create unique index "certificate_batches_one_live" on "certificate_batches" ("class_id") where "status" in ('queued', 'running');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "certificate_batches_one_live";`);

    this.addSql(`alter table "certificate_status_lists" drop column "revoked_count";`);
  }

}

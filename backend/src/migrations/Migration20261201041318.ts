import { Migration } from '@mikro-orm/migrations';

export class Migration20261201041318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "news_sources" add column "validators_url" text null, add column "moved_to" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "news_sources" drop column "validators_url", drop column "moved_to";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201122103 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "message_blocks" drop constraint "message_blocks_blocker_id_blocked_id_unique";`);

    this.addSql(`alter table "message_blocks" add column "thread_id" uuid null;`);
    this.addSql(`alter table "message_blocks" add constraint "message_blocks_thread_id_foreign" foreign key ("thread_id") references "message_threads" ("id") on update cascade on delete cascade;`);
    this.addSql(`create unique index "message_blocks_thread_unique" on "message_blocks" ("blocker_id", "thread_id") where "thread_id" is not null;`);
    this.addSql(`create unique index "message_blocks_pair_unique" on "message_blocks" ("blocker_id", "blocked_id") where "thread_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message_blocks" drop constraint "message_blocks_thread_id_foreign";`);

    this.addSql(`drop index "message_blocks_thread_unique";`);
    this.addSql(`drop index "message_blocks_pair_unique";`);
    this.addSql(`alter table "message_blocks" drop column "thread_id";`);

    this.addSql(`alter table "message_blocks" add constraint "message_blocks_blocker_id_blocked_id_unique" unique ("blocker_id", "blocked_id");`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261201122144 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "class_chat_rooms" ("course_class_id" uuid not null, "last_seq" int not null default 0, constraint "class_chat_rooms_pkey" primary key ("course_class_id"));`);

    this.addSql(`create table "class_chat_mutes" ("course_class_id" uuid not null, "user_id" uuid not null, "muted_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "class_chat_mutes_pkey" primary key ("course_class_id", "user_id"));`);

    this.addSql(`create table "class_chat_messages" ("id" uuid not null, "course_class_id" uuid not null, "seq" int not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null default now(), "deleted_at" timestamptz null, "deleted_by_id" uuid null, constraint "class_chat_messages_pkey" primary key ("id"));`);
    this.addSql(`create index "class_chat_messages_author_id_index" on "class_chat_messages" ("author_id");`);
    this.addSql(`alter table "class_chat_messages" add constraint "class_chat_messages_course_class_id_seq_unique" unique ("course_class_id", "seq");`);

    this.addSql(`alter table "class_chat_rooms" add constraint "class_chat_rooms_course_class_id_foreign" foreign key ("course_class_id") references "classes" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "class_chat_mutes" add constraint "class_chat_mutes_course_class_id_foreign" foreign key ("course_class_id") references "classes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_chat_mutes" add constraint "class_chat_mutes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_chat_mutes" add constraint "class_chat_mutes_muted_by_id_foreign" foreign key ("muted_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "class_chat_messages" add constraint "class_chat_messages_course_class_id_foreign" foreign key ("course_class_id") references "classes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_chat_messages" add constraint "class_chat_messages_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_chat_messages" add constraint "class_chat_messages_deleted_by_id_foreign" foreign key ("deleted_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "class_chat_rooms" cascade;`);

    this.addSql(`drop table if exists "class_chat_mutes" cascade;`);

    this.addSql(`drop table if exists "class_chat_messages" cascade;`);
  }

}

import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CourseClass } from '../classes/class.entity';
import { User } from '../users/user.entity';

/**
 * A class's chat room: its last message number. Posting takes the next number under this row's lock, in the
 * same transaction as the message and its NOTIFY, so numbers follow commit order and a client that has seen
 * message N has seen every message before it.
 */
@Entity({ tableName: 'class_chat_rooms' })
export class ClassChatRoom {
  [OptionalProps]?: 'lastSeq';

  @ManyToOne(() => CourseClass, { primary: true, deleteRule: 'cascade' })
  courseClass: CourseClass;

  @Property({ type: 'integer', default: 0 })
  lastSeq: number = 0;
}

/** One message in a class chat. A message the trainer deletes keeps its number and loses its text. */
@Entity({ tableName: 'class_chat_messages' })
@Unique({ properties: ['courseClass', 'seq'] })
export class ClassChatMessage {
  [OptionalProps]?: 'id' | 'createdAt' | 'deletedAt' | 'deletedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseClass, { deleteRule: 'cascade' })
  courseClass: CourseClass;

  @Property({ type: 'integer' })
  seq: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  author: User;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  deletedBy: User | null = null;
}

/** A member the trainer muted in a class chat: they still read it, they cannot post. */
@Entity({ tableName: 'class_chat_mutes' })
export class ClassChatMute {
  [OptionalProps]?: 'createdAt';

  @ManyToOne(() => CourseClass, { primary: true, deleteRule: 'cascade' })
  courseClass: CourseClass;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user: User;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  mutedBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ClassSession, CourseClass } from '../classes/class.entity';
import { User } from '../users/user.entity';
import { Enrolment } from './enrolment.entity';

/** A learner who was present at a live session (absent learners have no row). */
@Entity({ tableName: 'attendance' })
@Unique({ properties: ['session', 'enrolment'] })
export class Attendance {
  [OptionalProps]?: 'id' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ClassSession, { deleteRule: 'cascade' })
  session: ClassSession;

  @Index()
  @ManyToOne(() => Enrolment, { deleteRule: 'cascade' })
  enrolment: Enrolment;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}

/** A message from the trainer to the whole class, also sent by email. */
@Entity({ tableName: 'announcements' })
@Index({ properties: ['courseClass', 'createdAt'] })
export class Announcement {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseClass, { deleteRule: 'cascade', fieldName: 'class_id' })
  courseClass: CourseClass;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author: User;

  @Property({ type: 'text' })
  title: string;

  /** Markdown; rendered to sanitised HTML when shown. */
  @Property({ type: 'text' })
  bodyMd: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

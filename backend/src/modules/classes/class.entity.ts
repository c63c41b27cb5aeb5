import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Course } from '../courses/course.entity';
import { User } from '../users/user.entity';

export type ClassMode = 'online' | 'in_person' | 'hybrid';

/** A class (cohort): one run of a course, led by a trainer, with its own dates and places. */
@Entity({ tableName: 'classes' })
export class CourseClass {
  [OptionalProps]?: 'id' | 'location' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Course, { deleteRule: 'restrict' })
  course: Course;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  trainer: User;

  @Property({ type: 'text' })
  title: string;

  /** Calendar dates in the class's own time zone (YYYY-MM-DD). */
  @Property({ type: 'date' })
  startsOn: string;

  @Property({ type: 'date' })
  endsOn: string;

  @Property({ type: 'text' })
  timezone: string;

  @Property({ type: 'integer' })
  capacity: number;

  @Enum({ items: ['online', 'in_person', 'hybrid'], nativeEnumName: 'class_mode' })
  mode: ClassMode;

  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Property({ type: 'boolean' })
  enrolmentOpen: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A live session of a class (online meeting or room), shown in the class calendar. */
@Entity({ tableName: 'class_sessions' })
@Index({ properties: ['courseClass', 'startsAt'] })
export class ClassSession {
  [OptionalProps]?: 'id' | 'meetingUrl' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseClass, { deleteRule: 'cascade', fieldName: 'class_id' })
  courseClass: CourseClass;

  @Property({ type: 'timestamptz' })
  startsAt: Date;

  @Property({ type: 'integer' })
  durationMinutes: number;

  @Property({ type: 'text' })
  topic: string;

  @Property({ type: 'text', nullable: true })
  meetingUrl: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CourseClass } from '../classes/class.entity';
import { User } from '../users/user.entity';

export const ENROLMENT_STATUSES = ['active', 'waitlisted', 'completed', 'withdrawn', 'removed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
/** Statuses that hold a place in the class (or in its queue). */
export const LIVE_STATUSES: EnrolmentStatus[] = ['active', 'waitlisted', 'completed'];
/** Statuses that give access to the lessons, quizzes and assignments. */
export const MEMBER_STATUSES: EnrolmentStatus[] = ['active', 'completed'];

/**
 * A learner's place in a class. One row per (class, learner): withdrawing and coming back reuses it, so
 * progress is kept. The waitlist is ordered by `queuedAt`.
 */
@Entity({ tableName: 'enrolments' })
@Unique({ properties: ['courseClass', 'user'] })
@Index({ properties: ['courseClass', 'status', 'queuedAt'] })
export class Enrolment {
  [OptionalProps]?: 'id' | 'activatedAt' | 'completedAt' | 'completionPublishedAt' | 'endedAt' | 'extraAttempts' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseClass, { deleteRule: 'cascade', fieldName: 'class_id' })
  courseClass: CourseClass;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user: User;

  @Enum({ items: [...ENROLMENT_STATUSES], nativeEnumName: 'enrolment_status' })
  status: EnrolmentStatus;

  /** When the learner (last) asked for a place: the waitlist order. */
  @Property({ type: 'timestamptz' })
  queuedAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  /**
   * When the completion event was handed to the job queue. A completed enrolment without it is published
   * again by a sweep, so a crash between the commit and the queue never loses the event.
   */
  @Property({ type: 'timestamptz', nullable: true })
  completionPublishedAt: Date | null = null;

  /** When the learner withdrew or was removed. */
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  /** Attempts the trainer granted beyond a quiz's maximum, by quiz slug (for a learner who ran out). */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  extraAttempts: Record<string, number> = {};

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CourseAssignment, CourseLesson, CourseQuiz } from '../courses/course.entity';
import { User } from '../users/user.entity';
import { Enrolment } from './enrolment.entity';

/** A lesson a learner marked as done. */
@Entity({ tableName: 'lesson_progress' })
@Unique({ properties: ['enrolment', 'lesson'] })
export class LessonProgress {
  [OptionalProps]?: 'id' | 'completedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enrolment, { deleteRule: 'cascade' })
  enrolment: Enrolment;

  @ManyToOne(() => CourseLesson, { deleteRule: 'cascade' })
  lesson: CourseLesson;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  completedAt: Date = new Date();
}

/** One scored attempt at a quiz. The answers are kept so the learner can review them. */
@Entity({ tableName: 'quiz_attempts' })
@Unique({ properties: ['enrolment', 'quiz', 'number'] })
export class QuizAttempt {
  [OptionalProps]?: 'id' | 'createdAt' | 'results';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enrolment, { deleteRule: 'cascade' })
  enrolment: Enrolment;

  @Index()
  @ManyToOne(() => CourseQuiz, { deleteRule: 'cascade' })
  quiz: CourseQuiz;

  /** 1 for the first attempt, 2 for the second… */
  @Property({ type: 'integer' })
  number: number;

  /** Question id → chosen option ids. */
  @Property({ type: 'json' })
  answers: Record<string, string[]>;

  /**
   * Per question, whether it was answered right, as scored at the time: the review of an old attempt stays
   * true to its score even after the quiz's file changes.
   */
  @Property({ type: 'json', nullable: true })
  results: { id: string; correct: boolean }[] | null = null;

  @Property({ type: 'integer' })
  correctCount: number;

  @Property({ type: 'integer' })
  questionCount: number;

  /** Percent of questions answered fully right, rounded down. */
  @Property({ type: 'integer' })
  score: number;

  @Property({ type: 'boolean' })
  passed: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export const SUBMISSION_STATUSES = ['pending', 'passed', 'failed'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A learner's work for an assignment, and the trainer's grade. A failed one can be followed by a new one. */
@Entity({ tableName: 'submissions' })
@Index({ properties: ['enrolment', 'assignment'] })
@Index({ properties: ['status', 'submittedAt'] })
export class Submission {
  [OptionalProps]?: 'id' | 'link' | 'score' | 'feedback' | 'gradedBy' | 'gradedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enrolment, { deleteRule: 'cascade' })
  enrolment: Enrolment;

  @ManyToOne(() => CourseAssignment, { deleteRule: 'cascade' })
  assignment: CourseAssignment;

  /** Plain text, shown escaped (never as HTML). */
  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Enum({ items: [...SUBMISSION_STATUSES], nativeEnumName: 'submission_status' })
  status: SubmissionStatus;

  @Property({ type: 'integer', nullable: true })
  score: number | null = null;

  @Property({ type: 'text', nullable: true })
  feedback: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  gradedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  gradedAt: Date | null = null;

  /** Last (re)written by the learner; a pending submission can be edited until it is graded. */
  @Property({ type: 'timestamptz' })
  submittedAt: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

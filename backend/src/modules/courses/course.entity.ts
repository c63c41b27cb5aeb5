import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CourseFrontMatter, CourseSource, QuizQuestion } from './course-content.schema';

export interface Bilingual {
  es: string;
  en: string;
}

/** A course as synchronised from courses/NN-slug/ (the files are the source of truth). */
@Entity({ tableName: 'courses' })
export class Course {
  [OptionalProps]?: 'id' | 'version' | 'syncedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug: string;

  @Index()
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'json' })
  title: Bilingual;

  @Property({ type: 'json' })
  summary: Bilingual;

  @Property({ type: 'text' })
  level: CourseFrontMatter['level'];

  @Property({ type: 'double' })
  hours: number;

  @Property({ type: 'json' })
  audience: Bilingual;

  @Property({ type: 'json' })
  outcomes: { es: string[]; en: string[] };

  @Property({ type: 'json' })
  completion: CourseFrontMatter['completion'];

  @Property({ type: 'json' })
  sources: CourseSource[];

  /** Slugs of law-comparison topics the course points to (shown as "related"). */
  @Property({ type: 'text[]', default: '{}' })
  legalTopics: string[] = [];

  @Property({ type: 'text' })
  introMd: string;

  @Property({ type: 'text' })
  contentHash: string;

  /** Goes up by one whenever the files change. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  syncedAt: Date = new Date();

  @OneToMany(() => CourseLesson, (l) => l.course, { orderBy: { position: 'asc' } })
  lessons = new Collection<CourseLesson>(this);
}

@Entity({ tableName: 'course_lessons' })
@Unique({ properties: ['course', 'slug'] })
export class CourseLesson {
  [OptionalProps]?: 'id' | 'retiredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course: Course;

  @Property({ type: 'text' })
  slug: string;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'integer' })
  minutes: number;

  @Property({ type: 'boolean' })
  required: boolean;

  @Property({ type: 'text' })
  bodyMd: string;

  /**
   * Set when the item left the course files: kept (with the learners' progress, attempts and work that point
   * to it) but no longer shown or counted. Coming back to the files clears it.
   */
  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

@Entity({ tableName: 'course_quizzes' })
@Unique({ properties: ['course', 'slug'] })
export class CourseQuiz {
  [OptionalProps]?: 'id' | 'retiredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course: Course;

  @Property({ type: 'text' })
  slug: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'integer' })
  passMark: number;

  @Property({ type: 'integer' })
  maxAttempts: number;

  /** With the correct answers: never sent to a learner before an attempt. */
  @Property({ type: 'json', lazy: true })
  questions: QuizQuestion[];

  @Property({ type: 'integer' })
  questionCount: number;

  /**
   * Set when the item left the course files: kept (with the learners' progress, attempts and work that point
   * to it) but no longer shown or counted. Coming back to the files clears it.
   */
  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

@Entity({ tableName: 'course_assignments' })
@Unique({ properties: ['course', 'slug'] })
export class CourseAssignment {
  [OptionalProps]?: 'id' | 'retiredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course: Course;

  @Property({ type: 'text' })
  slug: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  grading: string;

  @Property({ type: 'text' })
  instructionsMd: string;

  /**
   * Set when the item left the course files: kept (with the learners' progress, attempts and work that point
   * to it) but no longer shown or counted. Coming back to the files clears it.
   */
  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

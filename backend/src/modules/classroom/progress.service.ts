import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CourseFrontMatter } from '../courses/course-content.schema';
import { evaluateCompletion, type CompletionState } from './completion';
import type { SubmissionStatus } from './learning.entities';

export interface CourseStructure {
  id: string;
  slug: string;
  completion: CourseFrontMatter['completion'];
  lessons: { id: string; slug: string; title: string; minutes: number; required: boolean; position: number }[];
  quizzes: { id: string; slug: string; title: string; passMark: number; maxAttempts: number; questionCount: number }[];
  assignments: { id: string; slug: string; title: string }[];
}

export interface QuizFacts {
  attempts: number;
  bestScore: number;
  passed: boolean;
}

export interface AssignmentFacts {
  /** Status of the latest submission. */
  latest: SubmissionStatus;
  latestAt: Date;
  passed: boolean;
}

export interface EnrolmentFacts {
  lessonsDone: Set<string>;
  quizzes: Map<string, QuizFacts>;
  assignments: Map<string, AssignmentFacts>;
  attended: number;
  /** Sessions held while the learner had a place (a late joiner is not counted absent before joining). */
  held: number;
}

/** Which enrolments to gather facts for: one, all of a class, or all of a learner. */
export type Scope = { enrolmentId: string } | { classId: string } | { userId: string };

function where(scope: Scope): { sql: string; param: string } {
  if ('enrolmentId' in scope) return { sql: 'e.id = ?', param: scope.enrolmentId };
  if ('classId' in scope) return { sql: 'e.class_id = ?', param: scope.classId };
  return { sql: 'e.user_id = ?', param: scope.userId };
}

/**
 * Runs independent queries side by side on the pool, but one after another inside a transaction, where
 * they share a single connection (pg would queue them anyway, and warns about it).
 */
async function all<T extends readonly (() => Promise<unknown>)[]>(em: EntityManager, tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if (!em.isInTransaction()) return (await Promise.all(tasks.map((t) => t()))) as Out;
  const out: unknown[] = [];
  for (const t of tasks) out.push(await t());
  return out as Out;
}

function emptyFacts(): EnrolmentFacts {
  return { lessonsDone: new Set(), quizzes: new Map(), assignments: new Map(), attended: 0, held: 0 };
}

/**
 * Progress of many enrolments at once, in a fixed number of queries whatever their number (the roster of a
 * class of 200 costs the same queries as one learner's page).
 */
@Injectable()
export class ProgressService {
  constructor(private readonly em: EntityManager) {}

  /** Current lessons, quizzes and assignments of the given courses (not retired ones): four queries. */
  async structures(courseIds: string[], em: EntityManager = this.em): Promise<Map<string, CourseStructure>> {
    const ids = [...new Set(courseIds)];
    const out = new Map<string, CourseStructure>();
    if (ids.length === 0) return out;
    const list = `{${ids.join(',')}}`;
    const [courses, lessons, quizzes, assignments] = await all(em, [
      () => em.execute<{ id: string; slug: string; completion: CourseFrontMatter['completion'] }[]>('select id, slug, completion from courses where id = any(?::uuid[])', [list]),
      () => em.execute<{ id: string; course_id: string; slug: string; title: string; minutes: number; required: boolean; position: number }[]>(
        'select id, course_id, slug, title, minutes, required, position from course_lessons where course_id = any(?::uuid[]) and retired_at is null order by position',
        [list],
      ),
      () => em.execute<{ id: string; course_id: string; slug: string; title: string; pass_mark: number; max_attempts: number; question_count: number }[]>(
        'select id, course_id, slug, title, pass_mark, max_attempts, question_count from course_quizzes where course_id = any(?::uuid[]) and retired_at is null order by slug',
        [list],
      ),
      () => em.execute<{ id: string; course_id: string; slug: string; title: string }[]>('select id, course_id, slug, title from course_assignments where course_id = any(?::uuid[]) and retired_at is null order by slug', [list]),
    ] as const);
    for (const c of courses) out.set(c.id, { id: c.id, slug: c.slug, completion: c.completion, lessons: [], quizzes: [], assignments: [] });
    for (const l of lessons) out.get(l.course_id)?.lessons.push({ id: l.id, slug: l.slug, title: l.title, minutes: l.minutes, required: l.required, position: l.position });
    for (const q of quizzes) out.get(q.course_id)?.quizzes.push({ id: q.id, slug: q.slug, title: q.title, passMark: q.pass_mark, maxAttempts: q.max_attempts, questionCount: q.question_count });
    for (const a of assignments) out.get(a.course_id)?.assignments.push({ id: a.id, slug: a.slug, title: a.title });
    return out;
  }

  /** What each enrolment in scope has done: five queries. */
  async facts(scope: Scope, em: EntityManager = this.em): Promise<Map<string, EnrolmentFacts>> {
    const w = where(scope);
    const [lessons, quizzes, submissions, attendance, held] = await all(em, [
      () => em.execute<{ enrolment_id: string; slugs: string[] }[]>(
        `select p.enrolment_id, array_agg(l.slug) as slugs from lesson_progress p
           join enrolments e on e.id = p.enrolment_id join course_lessons l on l.id = p.lesson_id
          where ${w.sql} group by p.enrolment_id`,
        [w.param],
      ),
      () => em.execute<{ enrolment_id: string; slug: string; attempts: string; best: number; passed: boolean }[]>(
        `select a.enrolment_id, q.slug, count(*) as attempts, max(a.score) as best, bool_or(a.passed) as passed from quiz_attempts a
           join enrolments e on e.id = a.enrolment_id join course_quizzes q on q.id = a.quiz_id
          where ${w.sql} group by a.enrolment_id, q.slug`,
        [w.param],
      ),
      () => em.execute<{ enrolment_id: string; slug: string; latest: SubmissionStatus; latest_at: Date; passed: boolean }[]>(
        `select s.enrolment_id, ca.slug,
                (array_agg(s.status order by s.submitted_at desc))[1] as latest, max(s.submitted_at) as latest_at,
                bool_or(s.status = 'passed') as passed
           from submissions s join enrolments e on e.id = s.enrolment_id join course_assignments ca on ca.id = s.assignment_id
          where ${w.sql} group by s.enrolment_id, ca.slug`,
        [w.param],
      ),
      () => em.execute<{ enrolment_id: string; attended: string }[]>(
        `select at.enrolment_id, count(*) as attended from attendance at
           join enrolments e on e.id = at.enrolment_id join class_sessions cs on cs.id = at.session_id
          where ${w.sql} and cs.starts_at <= now() group by at.enrolment_id`,
        [w.param],
      ),
      () => em.execute<{ enrolment_id: string; held: string }[]>(
        `select e.id as enrolment_id, count(*) as held from enrolments e
           join class_sessions cs on cs.class_id = e.class_id and cs.starts_at <= now()
            and cs.starts_at + make_interval(mins => cs.duration_minutes) >= coalesce(e.activated_at, e.queued_at)
          where ${w.sql} group by e.id`,
        [w.param],
      ),
    ] as const);
    const out = new Map<string, EnrolmentFacts>();
    const of = (id: string) => {
      let f = out.get(id);
      if (!f) out.set(id, (f = emptyFacts()));
      return f;
    };
    for (const r of lessons) of(r.enrolment_id).lessonsDone = new Set(r.slugs);
    for (const r of quizzes) of(r.enrolment_id).quizzes.set(r.slug, { attempts: Number(r.attempts), bestScore: r.best, passed: r.passed });
    for (const r of submissions) of(r.enrolment_id).assignments.set(r.slug, { latest: r.latest, latestAt: new Date(r.latest_at), passed: r.passed });
    for (const r of attendance) of(r.enrolment_id).attended = Number(r.attended);
    for (const r of held) of(r.enrolment_id).held = Number(r.held);
    return out;
  }

  /** Live sessions that have started, per class: one query. */
  async sessionsHeld(classIds: string[], em: EntityManager = this.em): Promise<Map<string, number>> {
    if (classIds.length === 0) return new Map();
    const rows = await em.execute<{ class_id: string; held: string }[]>(
      'select class_id, count(*) as held from class_sessions where class_id = any(?::uuid[]) and starts_at <= now() group by class_id',
      [`{${[...new Set(classIds)].join(',')}}`],
    );
    return new Map(rows.map((r) => [r.class_id, Number(r.held)]));
  }

  evaluate(course: CourseStructure, facts: EnrolmentFacts | undefined): CompletionState {
    const f = facts ?? emptyFacts();
    return evaluateCompletion({
      rule: course.completion,
      lessons: course.lessons,
      lessonsDone: f.lessonsDone,
      quizzesPassed: new Set([...f.quizzes].filter(([, q]) => q.passed).map(([slug]) => slug)),
      assignmentsPassed: new Set([...f.assignments].filter(([, a]) => a.passed).map(([slug]) => slug)),
      attendance: { held: f.held, attended: f.attended },
    });
  }

  /** One enrolment's completion state. */
  async stateOf(enrolment: { id: string; courseId: string }, em: EntityManager = this.em): Promise<{ course: CourseStructure; facts: EnrolmentFacts; state: CompletionState }> {
    const [structures, facts] = await all(em, [() => this.structures([enrolment.courseId], em), () => this.facts({ enrolmentId: enrolment.id }, em)] as const);
    const course = structures.get(enrolment.courseId)!;
    const f = facts.get(enrolment.id) ?? emptyFacts();
    return { course, facts: f, state: this.evaluate(course, f) };
  }
}

import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { withOrm } from '../../database/database';
import { loadCourses, type LoadedCourse } from './course-content.loader';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from './course.entity';

export interface SyncSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

async function upsertChildren<T extends CourseLesson | CourseQuiz | CourseAssignment>(
  em: EntityManager,
  entity: new () => T,
  course: Course,
  wanted: Record<string, unknown>[],
): Promise<void> {
  const existing = (await em.find(entity as never, { course } as never)) as T[];
  const bySlug = new Map(existing.map((e) => [e.slug, e]));
  for (const data of wanted) {
    const current = bySlug.get(data.slug as string);
    if (current) {
      em.assign(current, { ...data, retiredAt: null } as never);
      bySlug.delete(data.slug as string);
    } else {
      em.create(entity as never, { ...data, course } as never);
    }
  }
  // Never deleted: learners' progress, attempts and submissions point to them.
  for (const gone of bySlug.values()) if (!gone.retiredAt) gone.retiredAt = new Date();
}

async function syncOne(em: EntityManager, c: LoadedCourse): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await em.findOne(Course, { slug: c.meta.slug });
  if (existing && existing.contentHash === c.contentHash) return 'unchanged';
  const fields = {
    slug: c.meta.slug,
    position: c.meta.order,
    title: c.meta.title,
    summary: c.meta.summary,
    level: c.meta.level,
    hours: c.meta.hours,
    audience: c.meta.audience,
    outcomes: c.meta.outcomes,
    completion: c.meta.completion,
    sources: c.meta.sources,
    legalTopics: c.meta.legalTopics,
    introMd: c.introMd,
    contentHash: c.contentHash,
    syncedAt: new Date(),
  };
  const course = existing ? em.assign(existing, { ...fields, version: existing.version + 1 }) : em.create(Course, fields);
  await upsertChildren(em, CourseLesson, course, c.lessons.map((l) => ({ slug: l.slug, position: l.position, title: l.title, minutes: l.minutes, required: l.required, bodyMd: l.bodyMd })));
  await upsertChildren(em, CourseQuiz, course, c.quizzes.map((q) => ({ slug: q.slug, title: q.title, passMark: q.passMark, maxAttempts: q.maxAttempts, questions: q.questions, questionCount: q.questions.length })));
  await upsertChildren(em, CourseAssignment, course, c.assignments.map((a) => ({ slug: a.slug, title: a.title, grading: a.grading, instructionsMd: a.instructionsMd })));
  return existing ? 'updated' : 'created';
}

/**
 * Brings the database in line with the course files: idempotent, keyed by slug, a new version only when
 * a file changed. Serialised with an advisory lock so instances starting together do not race.
 */
export async function syncCourses(
  orm: MikroORM,
  courses: LoadedCourse[],
  onProgress: (done: number, total: number, slug: string) => void = () => undefined,
): Promise<SyncSummary> {
  const summary: SyncSummary = { created: [], updated: [], unchanged: [] };
  await orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext('courses:sync'))`);
    for (const [i, c] of courses.entries()) {
      summary[await syncOne(em, c)].push(c.meta.slug);
      await em.flush();
      onProgress(i + 1, courses.length, c.meta.slug);
    }
  });
  return summary;
}

/** Validates the folder (throwing CourseContentError with every problem) and synchronises it. */
export function importCourses(url: string, dir: string, onProgress?: (done: number, total: number, slug: string) => void): Promise<SyncSummary> {
  const courses = loadCourses(dir);
  return withOrm(url, (orm) => syncCourses(orm, courses, onProgress));
}

import { join } from 'node:path';
import { loadCourses, type LoadedCourse } from './course-content.loader';

/**
 * The real courses in courses/: every file passes the schema (a broken file fails CI), and each course
 * meets the bar the platform promises learners.
 */
describe('the courses shipped in courses/', () => {
  let courses: LoadedCourse[];
  beforeAll(() => {
    courses = loadCourses(join(__dirname, '..', '..', '..', '..', 'courses'));
  });

  it('has the four courses, in order', () => {
    expect(courses.map((c) => c.meta.slug)).toEqual(['plan-de-negocio', 'finanzas-y-remesas', 'formalizar-tu-negocio', 'trabajar-en-espana']);
  });

  it('gives each course at least 5 lessons, a quiz of at least 8 questions and an assignment, all required for completion', () => {
    for (const c of courses) {
      expect({ course: c.meta.slug, lessons: c.lessons.length >= 5 }).toEqual({ course: c.meta.slug, lessons: true });
      expect(c.quizzes.length).toBeGreaterThanOrEqual(1);
      for (const q of c.quizzes) expect(q.questions.length).toBeGreaterThanOrEqual(8);
      expect(c.assignments.length).toBeGreaterThanOrEqual(1);
      expect(c.meta.completion.quizzes.length).toBeGreaterThanOrEqual(1);
      expect(c.meta.completion.assignments.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has English titles and summaries and cites its sources', () => {
    for (const c of courses) {
      expect(c.meta.title.en).not.toBe(c.meta.title.es);
      expect(c.meta.summary.en).not.toBe(c.meta.summary.es);
      expect(c.meta.sources.length).toBeGreaterThanOrEqual(3);
      const cited = c.lessons.filter((l) => /\[fuente:\s*[a-z0-9-]+\s*\]/.test(l.bodyMd));
      expect({ course: c.meta.slug, lessonsWithCitations: cited.length >= 3 }).toEqual({ course: c.meta.slug, lessonsWithCitations: true });
    }
  });
});

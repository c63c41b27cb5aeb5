import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from './course.entity';
import type { CourseListQuery, CourseOutline, CourseSummary } from './courses.dto';
import { renderCoursePack } from './course-pack.pdf';

type CatalogueFields = Pick<Course, 'slug' | 'position' | 'title' | 'summary' | 'level' | 'hours' | 'version'>;

function summary(c: CatalogueFields, lessonCount: number): CourseSummary {
  return { slug: c.slug, position: c.position, title: c.title, summary: c.summary, level: c.level, hours: c.hours, lessonCount, version: c.version };
}

@Injectable()
export class CoursesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The course as one printable PDF, with the content hash as its ETag (the PDF changes only with it). */
  async pack(slug: string): Promise<{ etag: string; pdf: () => Promise<Buffer> }> {
    const course = await this.em.findOne(Course, { slug });
    if (!course) throw new AppException(HttpStatus.NOT_FOUND, 'courses.not_found');
    return {
      etag: `"${course.contentHash.slice(0, 32)}"`,
      pdf: async () => {
        const [lessons, assignments] = await Promise.all([
          this.em.find(CourseLesson, { course }, { orderBy: { position: 'asc' } }),
          this.em.find(CourseAssignment, { course }, { orderBy: { slug: 'asc' } }),
        ]);
        return renderCoursePack(course, lessons, assignments, this.config.publicUrl);
      },
    };
  }

  /** The public catalogue: two queries whatever the number of courses. */
  async list(query: CourseListQuery): Promise<CourseSummary[]> {
    const where: Record<string, unknown> = {};
    if (query.level) where.level = query.level;
    // Only the catalogue's columns: the introduction, outcomes and sources stay in the database.
    let courses = await this.em.find(Course, where, {
      orderBy: { position: 'asc' },
      fields: ['slug', 'position', 'title', 'summary', 'level', 'hours', 'version'],
    });
    const q = query.q?.trim().toLocaleLowerCase('es');
    if (q) {
      courses = courses.filter((c) => [c.title.es, c.title.en, c.summary.es, c.summary.en].some((t) => t.toLocaleLowerCase('es').includes(q)));
    }
    if (courses.length === 0) return [];
    const counts: { course_id: string; n: string }[] = await this.em.execute(
      'select course_id, count(*) as n from course_lessons where course_id = any(?::uuid[]) group by course_id',
      [`{${courses.map((c) => c.id).join(',')}}`],
    );
    const byCourse = new Map(counts.map((r) => [r.course_id, Number(r.n)]));
    return courses.map((c) => summary(c, byCourse.get(c.id) ?? 0));
  }

  /** The outline: every lesson's title, but only the first lesson's body, as a preview. No quiz answers. */
  async outline(slug: string): Promise<CourseOutline> {
    const course = await this.em.findOne(Course, { slug });
    if (!course) throw new AppException(HttpStatus.NOT_FOUND, 'courses.not_found');
    const [lessons, quizzes, assignments] = await Promise.all([
      this.em.find(CourseLesson, { course }, { orderBy: { position: 'asc' }, fields: ['slug', 'position', 'title', 'minutes', 'required', 'bodyMd'] }),
      this.em.find(CourseQuiz, { course }, { orderBy: { slug: 'asc' } }),
      this.em.find(CourseAssignment, { course }, { orderBy: { slug: 'asc' } }),
    ]);
    const outline = lessons.map((l) => ({ slug: l.slug, position: l.position, title: l.title, minutes: l.minutes, required: l.required }));
    const first = lessons[0];
    return {
      ...summary(course, lessons.length),
      audience: course.audience,
      outcomes: course.outcomes,
      completion: course.completion,
      introHtml: renderMarkdown(course.introMd),
      lessons: outline,
      preview: { ...outline[0], html: renderMarkdown(first.bodyMd, { nested: true }) },
      quizzes: quizzes.map((q) => ({ slug: q.slug, title: q.title, questionCount: q.questionCount, passMark: q.passMark, maxAttempts: q.maxAttempts })),
      assignments: assignments.map((a) => ({ slug: a.slug, title: a.title, grading: a.grading })),
      sources: course.sources,
      syncedAt: course.syncedAt.toISOString(),
    };
  }
}

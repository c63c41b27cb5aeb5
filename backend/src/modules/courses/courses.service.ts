import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { Course, CourseAssignment, CourseLesson, CourseQuiz } from './course.entity';
import type { CourseListQuery, CourseOutline, CourseSummary } from './courses.dto';
import { renderCoursePack } from './course-pack.pdf';
import { LegalService } from '../legal/legal.service';

type CatalogueFields = Pick<Course, 'slug' | 'position' | 'title' | 'summary' | 'level' | 'hours' | 'version'>;

function summary(c: CatalogueFields, lessonCount: number): CourseSummary {
  return { slug: c.slug, position: c.position, title: c.title, summary: c.summary, level: c.level, hours: c.hours, lessonCount, version: c.version };
}

@Injectable()
export class CoursesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly legal: LegalService,
  ) {}

  /** The course as one printable PDF, with the content hash as its ETag (the PDF changes only with it). */
  async pack(slug: string): Promise<{ etag: string; pdf: () => Promise<Buffer> }> {
    const course = await this.em.findOne(Course, { slug });
    if (!course) throw new AppException(HttpStatus.NOT_FOUND, 'courses.not_found');
    return {
      etag: `"${course.contentHash.slice(0, 32)}"`,
      pdf: async () => {
        const [lessons, assignments] = await Promise.all([
          this.em.find(CourseLesson, { course, retiredAt: null }, { orderBy: { position: 'asc' } }),
          this.em.find(CourseAssignment, { course, retiredAt: null }, { orderBy: { slug: 'asc' } }),
        ]);
        return renderCoursePack(course, lessons, assignments, this.config.publicUrl);
      },
    };
  }

  /** The whole catalogue, kept for a few seconds: it changes only when the course files are imported. */
  private cached?: { at: number; courses: CourseSummary[] };
  private static readonly CACHE_MS = 5_000;

  private async catalogue(): Promise<CourseSummary[]> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CoursesService.CACHE_MS) return this.cached.courses;
    // Only the catalogue's columns and the lesson counts, in one query (the introduction, outcomes and
    // sources stay in the database).
    const rows = await this.em.execute<(Omit<CourseSummary, 'lessonCount'> & { lessonCount: string })[]>(
      `select c.slug, c.position, c.title, c.summary, c.level, c.hours, c.version, count(l.id) as "lessonCount"
         from courses c left join course_lessons l on l.course_id = c.id and l.retired_at is null
        group by c.id order by c.position`,
    );
    const courses = rows.map((r) => summary(r, Number(r.lessonCount)));
    this.cached = { at: now, courses };
    return courses;
  }

  /**
   * The public catalogue, filtered by level and by words in the title or summary (es and en). Served from a
   * short cache, so an import shows everywhere within seconds, on every instance.
   */
  async list(query: CourseListQuery): Promise<CourseSummary[]> {
    let courses = await this.catalogue();
    if (query.level) courses = courses.filter((c) => c.level === query.level);
    const q = query.q?.trim().toLocaleLowerCase('es');
    if (q) {
      courses = courses.filter((c) => [c.title.es, c.title.en, c.summary.es, c.summary.en].some((t) => t.toLocaleLowerCase('es').includes(q)));
    }
    return courses;
  }

  /** The outline: every lesson's title, but only the first lesson's body, as a preview. No quiz answers. */
  async outline(slug: string): Promise<CourseOutline> {
    const course = await this.em.findOne(Course, { slug });
    if (!course) throw new AppException(HttpStatus.NOT_FOUND, 'courses.not_found');
    const [lessons, quizzes, assignments] = await Promise.all([
      this.em.find(CourseLesson, { course, retiredAt: null }, { orderBy: { position: 'asc' }, fields: ['slug', 'position', 'title', 'minutes', 'required', 'bodyMd'] }),
      this.em.find(CourseQuiz, { course, retiredAt: null }, { orderBy: { slug: 'asc' } }),
      this.em.find(CourseAssignment, { course, retiredAt: null }, { orderBy: { slug: 'asc' } }),
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
      relatedLegalTopics: this.legal.related({ slugs: course.legalTopics }, 6),
      syncedAt: course.syncedAt.toISOString(),
    };
  }
}

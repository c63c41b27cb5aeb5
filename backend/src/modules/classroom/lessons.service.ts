import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { CourseLesson } from '../courses/course.entity';
import type { User } from '../users/user.entity';
import { ClassroomAccess, classContext } from './classroom-access.service';
import { CompletionService } from './completion.service';
import { MEMBER_STATUSES } from './enrolment.entity';
import { progressResponse } from './enrolments.service';
import { LessonProgress } from './learning.entities';
import type { LessonResponse, ProgressResponse } from './learning.dto';

/** Reading lessons inside a class, and marking them done. */
@Injectable()
export class LessonsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly completion: CompletionService,
  ) {}

  async read(actor: User, classId: string, lessonSlug: string): Promise<LessonResponse> {
    const { courseClass, enrolment, manager } = await this.access.read(actor, classId);
    const lessons = await this.em.find(CourseLesson, { course: courseClass.course, retiredAt: null }, { orderBy: { position: 'asc' }, fields: ['slug', 'position', 'title', 'minutes', 'required'] });
    const index = lessons.findIndex((l) => l.slug === lessonSlug);
    if (index < 0) throw new AppException(HttpStatus.NOT_FOUND, 'lessons.not_found');
    const lesson = lessons[index];
    const [[{ body_md: bodyMd }], done] = await Promise.all([
      this.em.execute<{ body_md: string }[]>('select body_md from course_lessons where id = ?', [lesson.id]),
      enrolment ? this.em.count(LessonProgress, { enrolment, lesson: lesson.id }).then((n) => n > 0) : Promise.resolve(false),
    ]);
    const link = (l?: { slug: string; title: string }) => (l ? { slug: l.slug, title: l.title } : null);
    return {
      class: classContext(courseClass, manager),
      slug: lesson.slug,
      position: lesson.position,
      title: lesson.title,
      minutes: lesson.minutes,
      required: lesson.required,
      html: renderMarkdown(bodyMd),
      previous: link(lessons[index - 1]),
      next: link(lessons[index + 1]),
      lessonCount: lessons.length,
      done,
      enrolmentId: enrolment?.id ?? null,
    };
  }

  /** Marks a lesson done for the learner's own active enrolment (doing it twice changes nothing). */
  async complete(actor: User, enrolmentId: string, lessonSlug: string): Promise<ProgressResponse> {
    const { result, completed } = await this.em.transactional(async (em) => {
      const e = await this.access.lock(em, enrolmentId);
      if (e.user.id !== actor.id) throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');
      if (!MEMBER_STATUSES.includes(e.status)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.not_active');
      const lesson = await em.findOne(CourseLesson, { course: e.courseClass.course, slug: lessonSlug, retiredAt: null }, { fields: ['id'] });
      if (!lesson) throw new AppException(HttpStatus.NOT_FOUND, 'lessons.not_found');
      await em.execute('insert into lesson_progress (id, enrolment_id, lesson_id) values (gen_random_uuid(), ?, ?) on conflict (enrolment_id, lesson_id) do nothing', [e.id, lesson.id]);
      const check = await this.completion.check(em, e);
      return { result: progressResponse(e, check.state), completed: check.completed };
    });
    await this.completion.publish(completed);
    return result;
  }
}

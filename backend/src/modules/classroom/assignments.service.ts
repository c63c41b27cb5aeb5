import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CourseAssignment } from '../courses/course.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { canManage, ClassroomAccess, classContext } from './classroom-access.service';
import { CompletionService } from './completion.service';
import { MEMBER_STATUSES } from './enrolment.entity';
import { Submission, type SubmissionStatus } from './learning.entities';
import type { AssignmentResponse, GradeRequest, GradingItem, SubmissionResponse, SubmitRequest } from './learning.dto';

export function submissionResponse(s: Submission, assignmentSlug: string): SubmissionResponse {
  return {
    id: s.id,
    assignmentSlug,
    text: s.text,
    link: s.link,
    status: s.status,
    score: s.score,
    feedback: s.feedback,
    submittedAt: s.submittedAt.toISOString(),
    gradedAt: s.gradedAt?.toISOString() ?? null,
  };
}

/** Assignments: learners hand in text (and a link), trainers grade with feedback; a failed one can be redone. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly completion: CompletionService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async assignment(em: EntityManager, courseId: string, slug: string): Promise<CourseAssignment> {
    const a = await em.findOne(CourseAssignment, { course: courseId, slug, retiredAt: null });
    if (!a) throw new AppException(HttpStatus.NOT_FOUND, 'assignments.not_found');
    return a;
  }

  async view(actor: User, classId: string, slug: string): Promise<AssignmentResponse> {
    const { courseClass, enrolment, manager } = await this.access.read(actor, classId);
    const a = await this.assignment(this.em, courseClass.course.id, slug);
    const submissions = enrolment ? await this.em.find(Submission, { enrolment, assignment: a }, { orderBy: { submittedAt: 'desc' } }) : [];
    const passed = submissions.some((s) => s.status === 'passed');
    return {
      class: classContext(courseClass, manager),
      slug: a.slug,
      title: a.title,
      grading: a.grading,
      instructionsHtml: renderMarkdown(a.instructionsMd, { nested: true }),
      submissions: submissions.map((s) => submissionResponse(s, a.slug)),
      canSubmit: enrolment !== null && !passed,
    };
  }

  /**
   * Hands in work. While the latest submission waits for grading, submitting again replaces it (the trainer
   * grades what the learner last sent); after a failed grade it starts a new submission.
   */
  async submit(actor: User, classId: string, slug: string, dto: SubmitRequest): Promise<SubmissionResponse> {
    const { enrolment: own } = await this.access.participate(actor, classId);
    return this.em.transactional(async (em) => {
      const e = await this.access.lock(em, own.id);
      // Completed learners may still hand in work the course does not require.
      if (!MEMBER_STATUSES.includes(e.status)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.not_active');
      const a = await this.assignment(em, e.courseClass.course.id, slug);
      const latest = await em.findOne(Submission, { enrolment: e, assignment: a }, { orderBy: { submittedAt: 'desc' } });
      if (await em.count(Submission, { enrolment: e, assignment: a, status: 'passed' })) throw new AppException(HttpStatus.CONFLICT, 'assignments.already_passed');
      const now = new Date();
      let s: Submission;
      if (latest?.status === 'pending') {
        s = em.assign(latest, { text: dto.text, link: dto.link ?? null, submittedAt: now });
      } else {
        s = em.create(Submission, { enrolment: e, assignment: a, text: dto.text, link: dto.link ?? null, status: 'pending', submittedAt: now });
      }
      await em.flush();
      return submissionResponse(s, a.slug);
    });
  }

  /** The class's submissions for its trainer: pending ones by default, oldest first (first come, first graded). */
  async queue(actor: User, classId: string, status: SubmissionStatus = 'pending'): Promise<GradingItem[]> {
    const courseClass = await this.access.manage(actor, classId);
    const rows = await this.em.find(
      Submission,
      { enrolment: { courseClass, status: { $in: ['active', 'completed'] } }, status },
      { populate: ['enrolment', 'enrolment.user', 'assignment'], orderBy: { submittedAt: status === 'pending' ? 'asc' : 'desc' }, limit: 500 },
    );
    return rows.map((s) => ({
      ...submissionResponse(s, s.assignment.slug),
      enrolmentId: s.enrolment.id,
      userId: s.enrolment.user.id,
      learnerName: s.enrolment.user.displayName,
      assignmentTitle: s.assignment.title,
    }));
  }

  /** The class's trainer (or an admin) grades the latest pending submission; the learner is emailed. */
  async grade(actor: User, submissionId: string, dto: GradeRequest): Promise<SubmissionResponse> {
    const found = await this.em.findOne(Submission, { id: submissionId }, { populate: ['enrolment', 'enrolment.courseClass', 'enrolment.courseClass.trainer'] });
    if (!found) throw new AppException(HttpStatus.NOT_FOUND, 'submissions.not_found');
    if (!canManage(actor, found.enrolment.courseClass)) throw new AppException(HttpStatus.FORBIDDEN, 'classes.not_yours');

    const { response, completed, learner, classTitle, assignmentTitle, classId } = await this.em.transactional(async (em) => {
      const e = await this.access.lock(em, found.enrolment.id);
      const s = await em.findOneOrFail(Submission, { id: submissionId }, { populate: ['assignment'], refresh: true });
      if (s.status !== 'pending') throw new AppException(HttpStatus.CONFLICT, 'submissions.already_graded');
      if (!MEMBER_STATUSES.includes(e.status)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.not_active');
      em.assign(s, { status: dto.passed ? 'passed' : 'failed', score: dto.score ?? null, feedback: dto.feedback, gradedBy: em.getReference(User, actor.id), gradedAt: new Date() });
      await em.flush();
      const check = await this.completion.check(em, e);
      return { response: submissionResponse(s, s.assignment.slug), completed: check.completed, learner: e.user, classTitle: e.courseClass.title, assignmentTitle: s.assignment.title, classId: e.courseClass.id };
    });
    const path = `/clases/${classId}/tareas/${response.assignmentSlug}`;
    await this.notifications.notify(learner.id, 'grade', { classTitle, itemTitle: assignmentTitle, kind: 'assignment', passed: dto.passed }, path, {
      mail: {
        name: 'submission_graded',
        params: {
          displayName: learner.displayName,
          classTitle,
          assignmentTitle,
          passed: dto.passed,
          score: dto.score ?? null,
          feedback: dto.feedback,
          link: `${this.config.publicUrl}${path}`,
        },
      },
    });
    await this.completion.publish(completed);
    return response;
  }
}

import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CourseClass } from '../classes/class.entity';
import { ClassesService, sessionResponse, toClassResponse } from '../classes/classes.service';
import { hasEnded } from '../classes/dates';
import { ClassSession } from '../classes/class.entity';
import { MailService } from '../mail/mail.service';
import type { MailTemplate } from '../mail/mail.templates';
import type { EnrolmentChange } from '../notifications/notification-types';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { canManage, ClassroomAccess } from './classroom-access.service';
import type { ClassMembershipResponse, EnrolmentDetailResponse, EnrolmentResponse, EnrolRequest, MyEnrolmentResponse, ProgressSummary, TeachingClassResponse } from './enrolments.dto';
import type { ProgressResponse } from './learning.dto';
import { Enrolment, LIVE_STATUSES, MEMBER_STATUSES, type EnrolmentStatus } from './enrolment.entity';
import { ProgressService, type CourseStructure, type EnrolmentFacts } from './progress.service';
import type { CompletionState } from './completion';

type Notice = { user: User; template: MailTemplate };

const ENROLMENT_CHANGES: Partial<Record<MailTemplate['name'], EnrolmentChange>> = {
  enrolment_active: 'active',
  enrolment_waitlisted: 'waitlisted',
  enrolment_promoted: 'promoted',
  enrolment_removed: 'removed',
};

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export function enrolmentResponse(e: Enrolment, waitlistPosition: number | null = null): EnrolmentResponse {
  return {
    id: e.id,
    classId: e.courseClass.id,
    userId: e.user.id,
    status: e.status,
    waitlistPosition: e.status === 'waitlisted' ? waitlistPosition : null,
    queuedAt: e.queuedAt.toISOString(),
    activatedAt: iso(e.activatedAt),
    completedAt: iso(e.completedAt),
  };
}

/** Progress as every page shows it; a completed enrolment stays complete even if the course grew since. */
export function progressSummary(status: EnrolmentStatus, state: CompletionState): ProgressSummary {
  return { percent: state.percent, lessonsDone: state.lessonsDone, lessonsRequired: state.requiredLessons.length, complete: state.complete || status === 'completed' };
}

/** Progress after a piece of work by a member (active or completed) of the class. */
export function progressResponse(e: Enrolment, state: CompletionState): ProgressResponse {
  const status = e.status === 'completed' ? 'completed' : 'active';
  return { ...progressSummary(e.status, state), complete: status === 'completed', status, completedAt: iso(e.completedAt) };
}

/** Places in classes: enrolling, the waitlist and its promotion, withdrawing, and trainers adding or removing. */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly progress: ProgressService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly classes: ClassesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // More places (or a reopened class) may let people in from the waitlist.
    this.classes.onClassChanged((id) => this.fillPlaces(id));
  }

  private classLink(classId: string): string {
    return `${this.config.publicUrl}/clases/${classId}`;
  }

  /** Each change goes to the learner's notification centre, with the enrolment email as the `enrolment` preference says. */
  private async notify(notices: Notice[]): Promise<void> {
    for (const n of notices) {
      const change = ENROLMENT_CHANGES[n.template.name];
      if (!change || !('classTitle' in n.template.params)) {
        await this.mail.sendToUser(n.user, n.template);
        continue;
      }
      await this.notifications.notify(n.user.id, 'enrolment', { classTitle: n.template.params.classTitle, change }, n.template.params.link, { mail: n.template });
    }
  }

  private async waitlistPosition(em: EntityManager, e: Enrolment): Promise<number | null> {
    if (e.status !== 'waitlisted') return null;
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from enrolments where class_id = ? and status = 'waitlisted' and (queued_at, id) < (?, ?)`,
      [e.courseClass.id, e.queuedAt, e.id],
    );
    return Number(row.n) + 1;
  }

  /** Gives free places to the waitlist in arrival order. The class row must be locked by the caller. */
  private async promote(em: EntityManager, courseClass: CourseClass): Promise<Notice[]> {
    // Once the class is over, a freed place is no use to anyone waiting.
    if (hasEnded(courseClass)) return [];
    const taken = await em.count(Enrolment, { courseClass, status: { $in: ['active', 'completed'] } });
    const free = courseClass.capacity - taken;
    if (free <= 0) return [];
    const next = await em.find(Enrolment, { courseClass, status: 'waitlisted' }, { orderBy: { queuedAt: 'asc', id: 'asc' }, limit: free, populate: ['user'] });
    const now = new Date();
    for (const e of next) {
      e.status = 'active';
      e.activatedAt = now;
    }
    await em.flush();
    return next.map((e) => ({ user: e.user, template: { name: 'enrolment_promoted', params: { displayName: e.user.displayName, classTitle: courseClass.title, link: this.classLink(courseClass.id) } } }));
  }

  async fillPlaces(classId: string): Promise<void> {
    const notices = await this.em.fork().transactional(async (em) => {
      const c = await em.findOne(CourseClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      return c ? this.promote(em, c) : [];
    });
    await this.notify(notices);
  }

  /**
   * Enrols the caller, or (for the class's trainer or an admin, with `email`) someone else. A full class
   * puts the person on the waitlist. Asking again while enrolled or waiting returns the same enrolment.
   */
  async enrol(actor: User, classId: string, dto: EnrolRequest): Promise<{ created: boolean; enrolment: EnrolmentResponse }> {
    const courseClass = await this.access.load(classId);
    let learner: User;
    if (dto.email !== undefined) {
      if (!canManage(actor, courseClass)) throw new AppException(HttpStatus.FORBIDDEN, 'classes.not_yours');
      const found = await this.em.findOne(User, { email: dto.email, deletedAt: null, emailVerifiedAt: { $ne: null } });
      if (!found) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.user_not_found');
      learner = found;
    } else {
      learner = await this.em.findOneOrFail(User, { id: actor.id });
      if (!learner.emailVerifiedAt) throw new AppException(HttpStatus.FORBIDDEN, 'enrolments.email_unverified');
      if (!courseClass.enrolmentOpen) throw new AppException(HttpStatus.CONFLICT, 'enrolments.closed');
      if (hasEnded(courseClass)) throw new AppException(HttpStatus.CONFLICT, 'enrolments.class_ended');
    }
    if (learner.id === courseClass.trainer.id) throw new AppException(HttpStatus.CONFLICT, 'enrolments.own_class');

    const { created, enrolment, position } = await this.em.transactional(async (em) => {
      const c = await em.findOneOrFail(CourseClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      let e = await em.findOne(Enrolment, { courseClass: c, user: learner.id }, { populate: ['courseClass', 'user'] });
      if (e && LIVE_STATUSES.includes(e.status)) return { created: false, enrolment: e, position: await this.waitlistPosition(em, e) };
      // Someone the trainer removed comes back only if the trainer (or an admin) adds them again.
      if (e?.status === 'removed' && dto.email === undefined) throw new AppException(HttpStatus.CONFLICT, 'enrolments.removed');
      const taken = await em.count(Enrolment, { courseClass: c, status: { $in: ['active', 'completed'] } });
      const now = new Date();
      const status = taken < c.capacity ? 'active' : 'waitlisted';
      const fields = { status, queuedAt: now, activatedAt: status === 'active' ? now : null, endedAt: null } as const;
      if (e) em.assign(e, fields);
      else e = em.create(Enrolment, { courseClass: c, user: em.getReference(User, learner.id), ...fields });
      await em.flush();
      return { created: true, enrolment: e, position: await this.waitlistPosition(em, e) };
    });

    if (created) {
      const params = { displayName: learner.displayName, classTitle: courseClass.title, link: this.classLink(courseClass.id) };
      const template: MailTemplate =
        enrolment.status === 'active' ? { name: 'enrolment_active', params: { ...params, startsOn: courseClass.startsOn } } : { name: 'enrolment_waitlisted', params: { ...params, position: position ?? 1 } };
      await this.notify([{ user: learner, template }]);
    }
    return { created, enrolment: enrolmentResponse(enrolment, position) };
  }

  /**
   * Ends an enrolment: the learner withdraws their own, or the class's trainer (or an admin) removes it.
   * A place that frees up goes to the first person waiting. Ending an ended enrolment changes nothing.
   */
  async end(actor: User, enrolmentId: string): Promise<EnrolmentResponse> {
    const e = await this.em.findOne(Enrolment, { id: enrolmentId }, { populate: ['courseClass', 'courseClass.trainer', 'user'] });
    if (!e) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.not_found');
    const own = e.user.id === actor.id;
    if (!own && !canManage(actor, e.courseClass)) throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');
    if (e.status === 'completed') throw new AppException(HttpStatus.CONFLICT, 'enrolments.completed');
    if (e.status === 'withdrawn' || e.status === 'removed') return enrolmentResponse(e);

    const notices = await this.em.transactional(async (em) => {
      const c = await em.findOneOrFail(CourseClass, { id: e.courseClass.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const row = await em.findOneOrFail(Enrolment, { id: e.id }, { refresh: true });
      if (row.status === 'completed') throw new AppException(HttpStatus.CONFLICT, 'enrolments.completed');
      if (row.status === 'withdrawn' || row.status === 'removed') return [];
      row.status = own ? 'withdrawn' : 'removed';
      row.endedAt = new Date();
      await em.flush();
      return this.promote(em, c);
    });
    if (!own) {
      notices.unshift({ user: e.user, template: { name: 'enrolment_removed', params: { displayName: e.user.displayName, classTitle: e.courseClass.title, link: this.classLink(e.courseClass.id) } } });
    }
    await this.notify(notices);
    const fresh = await this.em.fork().findOneOrFail(Enrolment, { id: e.id }, { populate: ['courseClass', 'user'] });
    return enrolmentResponse(fresh);
  }

  private detailFrom(e: Enrolment, position: number | null, course: CourseStructure, facts: EnrolmentFacts | undefined, state: CompletionState): EnrolmentDetailResponse {
    const rule = course.completion;
    return {
      ...enrolmentResponse(e, position),
      progress: progressSummary(e.status, state),
      lessons: course.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes, required: state.requiredLessons.includes(l.slug), done: facts?.lessonsDone.has(l.slug) ?? false })),
      quizzes: course.quizzes.map((q) => {
        const f = facts?.quizzes.get(q.slug);
        return { slug: q.slug, title: q.title, questionCount: q.questionCount, passMark: q.passMark, maxAttempts: q.maxAttempts + (e.extraAttempts[q.slug] ?? 0), attemptsUsed: f?.attempts ?? 0, bestScore: f?.bestScore ?? null, passed: f?.passed ?? false, required: rule.quizzes.includes(q.slug) };
      }),
      assignments: course.assignments.map((a) => {
        const f = facts?.assignments.get(a.slug);
        return { slug: a.slug, title: a.title, status: f?.latest ?? 'not_submitted', passed: f?.passed ?? false, required: rule.assignments.includes(a.slug) };
      }),
      attendance: { held: facts?.held ?? 0, attended: facts?.attended ?? 0, percent: state.attendancePercent, required: rule.attendancePercent ?? 0 },
    };
  }

  private async detailOf(em: EntityManager, e: Enrolment): Promise<EnrolmentDetailResponse> {
    const [{ course, facts, state }, position] = await Promise.all([
      this.progress.stateOf({ id: e.id, courseId: e.courseClass.course.id }, em),
      this.waitlistPosition(em, e),
    ]);
    return this.detailFrom(e, position, course, facts, state);
  }

  /** One enrolment with its progress: for the learner, and for the class's trainer or an admin. */
  async detail(actor: User, enrolmentId: string): Promise<EnrolmentDetailResponse> {
    const e = await this.em.findOne(Enrolment, { id: enrolmentId }, { populate: ['courseClass', 'courseClass.course', 'courseClass.trainer', 'user'] });
    if (!e) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.not_found');
    if (e.user.id !== actor.id && !canManage(actor, e.courseClass)) throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');
    return this.detailOf(this.em, e);
  }

  /** The caller's relation to a class: may they manage it, and their enrolment (in any state) if any. */
  async membership(actor: User, classId: string): Promise<ClassMembershipResponse> {
    const courseClass = await this.access.load(classId);
    const e = await this.em.findOne(Enrolment, { courseClass, user: actor.id }, { populate: ['courseClass', 'courseClass.course', 'user'] });
    return { canManage: canManage(actor, courseClass), enrolment: e ? await this.detailOf(this.em, e) : null };
  }

  /** "Mi aprendizaje": every class the caller is in or waiting for, with progress and what comes next, in constant queries. */
  async mine(actor: User): Promise<MyEnrolmentResponse[]> {
    const enrolments = await this.em.find(
      Enrolment,
      { user: actor.id, status: { $in: LIVE_STATUSES } },
      { populate: ['courseClass', 'courseClass.course', 'courseClass.trainer', 'user'], orderBy: { courseClass: { startsOn: 'desc' }, id: 'asc' } },
    );
    if (enrolments.length === 0) return [];
    const classIds = enrolments.map((e) => e.courseClass.id);
    const list = `{${classIds.join(',')}}`;
    const [structures, facts, sessions, positions, seats] = await Promise.all([
      this.progress.structures(enrolments.map((e) => e.courseClass.course.id)),
      this.progress.facts({ userId: actor.id }),
      this.em.find(ClassSession, { courseClass: { $in: classIds }, startsAt: { $gt: new Date() } }, { orderBy: { startsAt: 'asc' } }),
      this.em.execute<{ id: string; position: string }[]>(
        `select id, position from (select id, user_id, row_number() over (partition by class_id order by queued_at, id) as position
           from enrolments where class_id = any(?::uuid[]) and status = 'waitlisted') w where user_id = ?`,
        [list, actor.id],
      ),
      this.classes.seats(classIds),
    ]);
    const nextSession = new Map<string, ClassSession>();
    for (const s of sessions) if (!nextSession.has(s.courseClass.id)) nextSession.set(s.courseClass.id, s);
    const position = new Map(positions.map((p) => [p.id, Number(p.position)]));
    return enrolments.map((e) => {
      const c = e.courseClass;
      const course = structures.get(c.course.id)!;
      const f = facts.get(e.id);
      const state = this.progress.evaluate(course, f);
      const next = course.lessons.find((l) => state.missingLessons.includes(l.slug));
      const s = nextSession.get(c.id);
      return {
        ...enrolmentResponse(e, position.get(e.id) ?? null),
        class: toClassResponse(c, seats.get(c.id)),
        progress: progressSummary(e.status, state),
        // Meeting links are for people taking part, not for those still waiting for a place.
        nextSession: s ? { ...sessionResponse(s), meetingUrl: MEMBER_STATUSES.includes(e.status) ? s.meetingUrl : null } : null,
        pending: {
          nextLesson: next ? { slug: next.slug, title: next.title } : null,
          quizzes: course.quizzes.filter((q) => state.missingQuizzes.includes(q.slug)).map((q) => ({ slug: q.slug, title: q.title })),
          assignments: course.assignments
            .filter((a) => state.missingAssignments.includes(a.slug))
            .map((a) => ({ slug: a.slug, title: a.title, status: f?.assignments.get(a.slug)?.latest ?? 'not_submitted' })),
        },
      };
    });
  }

  /** "Mis clases": the classes the caller teaches, with counts and the next session, in constant queries. */
  async teaching(actor: User): Promise<TeachingClassResponse[]> {
    const classes = await this.em.find(CourseClass, { trainer: actor.id }, { populate: ['course', 'trainer'], orderBy: { startsOn: 'desc', id: 'asc' } });
    if (classes.length === 0) return [];
    const list = `{${classes.map((c) => c.id).join(',')}}`;
    const [counts, pending, sessions] = await Promise.all([
      this.em.execute<{ class_id: string; active: string; completed: string; waiting: string }[]>(
        `select class_id, count(*) filter (where status = 'active') as active, count(*) filter (where status = 'completed') as completed,
                count(*) filter (where status = 'waitlisted') as waiting
           from enrolments where class_id = any(?::uuid[]) group by class_id`,
        [list],
      ),
      this.em.execute<{ class_id: string; n: string }[]>(
        `select e.class_id, count(*) as n from submissions s join enrolments e on e.id = s.enrolment_id
          where e.class_id = any(?::uuid[]) and s.status = 'pending' and e.status in ('active', 'completed') group by e.class_id`,
        [list],
      ),
      this.em.find(ClassSession, { courseClass: { $in: classes.map((c) => c.id) }, startsAt: { $gt: new Date() } }, { orderBy: { startsAt: 'asc' } }),
    ]);
    const count = new Map(counts.map((r) => [r.class_id, r]));
    const pendingBy = new Map(pending.map((r) => [r.class_id, Number(r.n)]));
    const nextSession = new Map<string, ClassSession>();
    for (const s of sessions) if (!nextSession.has(s.courseClass.id)) nextSession.set(s.courseClass.id, s);
    return classes.map((c) => {
      const n = count.get(c.id);
      const active = Number(n?.active ?? 0);
      const completed = Number(n?.completed ?? 0);
      const waiting = Number(n?.waiting ?? 0);
      const s = nextSession.get(c.id);
      return {
        ...toClassResponse(c, { taken: active + completed, waiting }),
        activeCount: active,
        completedCount: completed,
        pendingSubmissions: pendingBy.get(c.id) ?? 0,
        nextSession: s ? sessionResponse(s) : null,
      };
    });
  }
}

import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ClassSession } from '../classes/class.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { Announcement, Attendance } from './class-activity.entities';
import type { AnnouncementRequest, AnnouncementResponse, AttendanceResponse, RosterLearner, RosterResponse } from './class-activity.dto';
import { canManage, ClassroomAccess } from './classroom-access.service';
import { CompletionService } from './completion.service';
import { Enrolment, MEMBER_STATUSES, type EnrolmentStatus } from './enrolment.entity';
import type { EnrolmentCompleted } from './classroom-events.service';
import { ProgressService } from './progress.service';

/** Names in Spanish alphabetical order (one collator: building one per comparison is slow). */
const byName = new Intl.Collator('es', { sensitivity: 'base' });

/** What trainers do with the class as a whole: attendance, announcements and the roster. */
@Injectable()
export class ClassActivityService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly progress: ProgressService,
    private readonly completion: CompletionService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async session(classId: string, sessionId: string): Promise<ClassSession> {
    const s = await this.em.findOne(ClassSession, { id: sessionId, courseClass: classId });
    if (!s) throw new AppException(HttpStatus.NOT_FOUND, 'sessions.not_found');
    return s;
  }

  async attendance(actor: User, classId: string, sessionId: string): Promise<AttendanceResponse> {
    await this.access.manage(actor, classId);
    const s = await this.session(classId, sessionId);
    const [learners, present] = await Promise.all([
      this.em.find(Enrolment, { courseClass: classId, status: { $in: MEMBER_STATUSES } }, { populate: ['user'] }),
      this.em.find(Attendance, { session: s }, { fields: ['enrolment'] }),
    ]);
    const here = new Set(present.map((a) => a.enrolment.id));
    const list = learners
      .map((e) => ({ userId: e.user.id, displayName: e.user.displayName, present: here.has(e.id) }))
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
    return { sessionId: s.id, startsAt: s.startsAt.toISOString(), topic: s.topic, started: s.startsAt <= new Date(), learners: list, presentCount: list.filter((l) => l.present).length };
  }

  /** Replaces the session's register: the listed learners were present, every other enrolled learner absent. */
  async takeAttendance(actor: User, classId: string, sessionId: string, present: string[]): Promise<AttendanceResponse> {
    await this.access.manage(actor, classId);
    const s = await this.session(classId, sessionId);
    if (s.startsAt > new Date()) throw new AppException(HttpStatus.CONFLICT, 'attendance.not_started');
    const wanted = new Set(present);
    const completed = await this.em.transactional(async (em) => {
      // One register at a time for a session, and the learners' rows locked (in a fixed order, so two
      // registers never deadlock) because completing an enrolment here must not race a quiz or a grade.
      await em.execute('select id from class_sessions where id = ? for update', [s.id]);
      await em.execute(`select id from enrolments where class_id = ? and status in ('active', 'completed') order by id for update`, [classId]);
      const enrolments = await em.find(Enrolment, { courseClass: classId, status: { $in: MEMBER_STATUSES } }, { populate: ['courseClass', 'courseClass.course', 'user'], refresh: true });
      const byUser = new Map(enrolments.map((e) => [e.user.id, e]));
      const unknown = [...wanted].filter((id) => !byUser.has(id));
      if (unknown.length) throw new ValidationFailedException([{ field: 'present', rule: 'enrolledLearners', args: [] }]);
      await em.nativeDelete(Attendance, { session: s.id });
      for (const id of wanted) em.create(Attendance, { session: s.id, enrolment: byUser.get(id)! });
      await em.flush();
      // Attendance can be what was missing, when the course asks for it: check everyone who was present.
      const done: EnrolmentCompleted[] = [];
      if (!enrolments[0]?.courseClass.course.completion.attendancePercent) return done;
      for (const id of wanted) {
        const e = byUser.get(id)!;
        if (e.status !== 'active') continue;
        const check = await this.completion.check(em, e);
        if (check.completed) done.push(check.completed);
      }
      return done;
    });
    for (const c of completed) await this.completion.publish(c);
    return this.attendance(actor, classId, sessionId);
  }

  /** Posts an announcement and emails it to everyone taking part (active and completed learners). */
  async announce(actor: User, classId: string, dto: AnnouncementRequest): Promise<AnnouncementResponse> {
    const courseClass = await this.access.manage(actor, classId);
    const author = await this.em.findOneOrFail(User, { id: actor.id });
    const a = this.em.create(Announcement, { courseClass, author, title: dto.title, bodyMd: dto.body });
    await this.em.flush();
    const recipients = await this.em.find(Enrolment, { courseClass, status: { $in: MEMBER_STATUSES } }, { populate: ['user'] });
    let sent = 0;
    for (const e of recipients) {
      const u = e.user;
      const path = `/clases/${courseClass.id}`;
      const { notified } = await this.notifications.notify(u.id, 'announcement', { classTitle: courseClass.title, title: a.title }, path, {
        mail: { name: 'announcement', params: { displayName: u.displayName, classTitle: courseClass.title, trainerName: author.displayName, title: a.title, body: a.bodyMd, link: `${this.config.publicUrl}${path}` } },
      });
      if (notified) sent += 1;
    }
    return { id: a.id, title: a.title, html: renderMarkdown(a.bodyMd, { deep: true }), authorName: author.displayName, createdAt: a.createdAt.toISOString(), recipients: sent };
  }

  /** Announcements, newest first: for the class's learners and those who manage it. */
  async announcements(actor: User, classId: string): Promise<AnnouncementResponse[]> {
    const courseClass = await this.access.load(classId);
    if (!canManage(actor, courseClass)) {
      // Learners taking part (not those still waiting: trainers often put meeting links in announcements).
      const member = await this.em.count(Enrolment, { courseClass, user: actor.id, status: { $in: MEMBER_STATUSES } });
      if (!member) throw new AppException(HttpStatus.FORBIDDEN, 'classroom.not_enrolled');
    }
    const list = await this.em.find(Announcement, { courseClass }, { populate: ['author'], orderBy: { createdAt: 'desc' }, limit: 100 });
    return list.map((a) => ({ id: a.id, title: a.title, html: renderMarkdown(a.bodyMd, { deep: true }), authorName: a.author.displayName, createdAt: a.createdAt.toISOString(), recipients: 0 }));
  }

  /**
   * Every learner with progress, quiz results, pending submissions and attendance: a fixed number of
   * queries (class, enrolments, course structure, facts, sessions held) whatever the class size.
   */
  async roster(actor: User, classId: string): Promise<RosterResponse> {
    const courseClass = await this.access.manage(actor, classId);
    // Plain rows, not entities: hydrating hundreds of entities costs more than the queries themselves.
    const [enrolments, structures, facts, held] = await Promise.all([
      this.em.execute<{ id: string; user_id: string; display_name: string; status: EnrolmentStatus; queued_at: Date; completed_at: Date | null; extra_attempts: Record<string, number> }[]>(
        `select e.id, e.user_id, u.display_name, e.status, e.queued_at, e.completed_at, e.extra_attempts from enrolments e join users u on u.id = e.user_id
          where e.class_id = ? and e.status in ('active', 'waitlisted', 'completed') order by e.queued_at, e.id`,
        [classId],
      ),
      this.progress.structures([courseClass.course.id]),
      this.progress.facts({ classId }),
      this.progress.sessionsHeld([classId]),
    ]);
    const course = structures.get(courseClass.course.id)!;
    const sessionsHeld = held.get(classId) ?? 0;
    const row = (e: (typeof enrolments)[number]): RosterLearner => {
      const f = facts.get(e.id);
      const state = this.progress.evaluate(course, f);
      return {
        enrolmentId: e.id,
        userId: e.user_id,
        displayName: e.display_name,
        status: e.status,
        queuedAt: new Date(e.queued_at).toISOString(),
        completedAt: e.completed_at ? new Date(e.completed_at).toISOString() : null,
        percent: state.percent,
        lessonsDone: state.lessonsDone,
        quizzes: course.quizzes.map((q) => {
          const qf = f?.quizzes.get(q.slug);
          return { slug: q.slug, attempts: qf?.attempts ?? 0, allowed: q.maxAttempts + (e.extra_attempts[q.slug] ?? 0), bestScore: qf?.bestScore ?? null, passed: qf?.passed ?? false };
        }),
        assignments: course.assignments.map((a) => ({ slug: a.slug, status: f?.assignments.get(a.slug)?.latest ?? 'not_submitted' })),
        pendingSubmissions: [...(f?.assignments.values() ?? [])].filter((a) => a.latest === 'pending').length,
        attended: f?.attended ?? 0,
        attendancePercent: state.attendancePercent,
      };
    };
    const members = enrolments
      .filter((e) => e.status !== 'waitlisted')
      .map(row)
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
    return {
      classId,
      title: courseClass.title,
      capacity: courseClass.capacity,
      lessonsRequired: this.progress.evaluate(course, undefined).requiredLessons.length,
      sessionsHeld,
      quizzes: course.quizzes.map((q) => ({ slug: q.slug, title: q.title })),
      assignments: course.assignments.map((a) => ({ slug: a.slug, title: a.title })),
      learners: members,
      waitlist: enrolments.filter((e) => e.status === 'waitlisted').map(row),
    };
  }
}

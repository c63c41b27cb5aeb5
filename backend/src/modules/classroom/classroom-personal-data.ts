import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { EnrolmentsService } from './enrolments.service';

const ERASED = '[Texto eliminado con la cuenta / text deleted with the account]';

/**
 * The classroom's part of a person's data: in the export, every enrolment with the lessons done, quiz
 * attempts (with the answers given), submissions (with the trainer's feedback) and attendance. On account
 * deletion, places held or queued are given up (and passed on to the waitlist) and submitted texts erased;
 * completed enrolments stay, without a name, so a class's record remains true.
 */
@Injectable()
export class ClassroomPersonalData {
  constructor(
    private readonly em: EntityManager,
    private readonly enrolments: EnrolmentsService,
    users: UsersService,
  ) {
    users.registerPersonalData({ name: 'classroom', export: (id) => this.export(id), erase: (em, id) => this.erase(em, id), afterErase: (id) => this.afterErase(id) });
  }

  async export(userId: string): Promise<unknown> {
    const em = this.em.fork();
    const q = <T>(sql: string) => em.execute<T[]>(sql, [userId]);
    const [enrolments, lessons, attempts, submissions, attendance] = await Promise.all([
      q<Record<string, unknown>>(
        `select e.id, c.title as "class", co.slug as "course", e.status, e.queued_at as "queuedAt", e.activated_at as "activatedAt", e.completed_at as "completedAt", e.ended_at as "endedAt"
           from enrolments e join classes c on c.id = e.class_id join courses co on co.id = c.course_id where e.user_id = ? order by e.created_at`,
      ),
      q<Record<string, unknown>>(
        `select p.enrolment_id as "enrolmentId", l.slug as "lesson", p.completed_at as "completedAt"
           from lesson_progress p join enrolments e on e.id = p.enrolment_id join course_lessons l on l.id = p.lesson_id where e.user_id = ? order by p.completed_at`,
      ),
      q<Record<string, unknown>>(
        `select a.enrolment_id as "enrolmentId", qz.slug as "quiz", a.number, a.answers, a.score, a.passed, a.created_at as "at"
           from quiz_attempts a join enrolments e on e.id = a.enrolment_id join course_quizzes qz on qz.id = a.quiz_id where e.user_id = ? order by a.created_at`,
      ),
      q<Record<string, unknown>>(
        `select s.enrolment_id as "enrolmentId", ca.slug as "assignment", s.text, s.link, s.status, s.score, s.feedback, s.submitted_at as "submittedAt", s.graded_at as "gradedAt"
           from submissions s join enrolments e on e.id = s.enrolment_id join course_assignments ca on ca.id = s.assignment_id where e.user_id = ? order by s.submitted_at`,
      ),
      q<Record<string, unknown>>(
        `select at.enrolment_id as "enrolmentId", cs.topic as "session", cs.starts_at as "startsAt"
           from attendance at join enrolments e on e.id = at.enrolment_id join class_sessions cs on cs.id = at.session_id where e.user_id = ? order by cs.starts_at`,
      ),
    ]);
    return { enrolments, lessonsDone: lessons, quizAttempts: attempts, submissions, attendance };
  }

  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.execute(`update enrolments set status = 'withdrawn', ended_at = now(), updated_at = now() where user_id = ? and status in ('active', 'waitlisted')`, [userId]);
    await em.execute(`update submissions set text = ?, link = null where enrolment_id in (select id from enrolments where user_id = ?)`, [ERASED, userId]);
  }

  async afterErase(userId: string): Promise<void> {
    // Filling places is idempotent: every class the person left may now have room for someone waiting.
    const rows = await this.em.fork().execute<{ class_id: string }[]>(`select distinct class_id from enrolments where user_id = ? and status = 'withdrawn'`, [userId]);
    for (const r of rows) await this.enrolments.fillPlaces(r.class_id);
  }
}

import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { CourseClass } from '../classes/class.entity';
import type { User } from '../users/user.entity';
import { Enrolment, MEMBER_STATUSES } from './enrolment.entity';

/** The class as its material's pages need it (see ClassContext). */
export function classContext(c: CourseClass, manager: boolean): { id: string; title: string; courseSlug: string; timezone: string; canManage: boolean } {
  return { id: c.id, title: c.title, courseSlug: c.course.slug, timezone: c.timezone, canManage: manager };
}

export function canManage(actor: Pick<User, 'id' | 'roles'>, c: CourseClass): boolean {
  return c.trainer.id === actor.id || actor.roles.includes('admin');
}

/** Who may do what in a class: its trainer (or an admin) manages it; enrolled learners take part. */
@Injectable()
export class ClassroomAccess {
  constructor(private readonly em: EntityManager) {}

  async load(classId: string, em: EntityManager = this.em): Promise<CourseClass> {
    const c = await em.findOne(CourseClass, { id: classId }, { populate: ['course', 'trainer'] });
    if (!c) throw new AppException(HttpStatus.NOT_FOUND, 'classes.not_found');
    return c;
  }

  /** The class, if the actor is its trainer or an admin; 403 otherwise. */
  async manage(actor: User, classId: string, em: EntityManager = this.em): Promise<CourseClass> {
    const c = await this.load(classId, em);
    if (!canManage(actor, c)) throw new AppException(HttpStatus.FORBIDDEN, 'classes.not_yours');
    return c;
  }

  /**
   * The class and the actor's enrolment in it, for reading its material: enrolled learners (active or
   * completed) and the people who manage it (who have no enrolment). Everyone else gets 403.
   */
  async read(actor: User, classId: string): Promise<{ courseClass: CourseClass; enrolment: Enrolment | null; manager: boolean }> {
    const courseClass = await this.load(classId);
    const enrolment = await this.em.findOne(Enrolment, { courseClass, user: actor.id, status: { $in: MEMBER_STATUSES } });
    if (enrolment) return { courseClass, enrolment, manager: canManage(actor, courseClass) };
    if (canManage(actor, courseClass)) return { courseClass, enrolment: null, manager: true };
    throw new AppException(HttpStatus.FORBIDDEN, 'classroom.not_enrolled');
  }

  /**
   * An enrolment locked for the rest of the caller's transaction, with its class, course and learner: work
   * that can complete an enrolment (a lesson, an attempt, a grade, a granted attempt) runs one at a time per
   * learner, so completion is decided once and attempt limits hold under concurrent requests.
   */
  async lock(em: EntityManager, enrolmentId: string): Promise<Enrolment> {
    const e = await em.findOne(Enrolment, { id: enrolmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!e) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.not_found');
    await em.populate(e, ['courseClass', 'courseClass.course', 'user']);
    return e;
  }

  /** The actor's own enrolment (active or completed), for doing the work (lessons, quizzes, assignments). */
  async participate(actor: User, classId: string): Promise<{ courseClass: CourseClass; enrolment: Enrolment }> {
    const { courseClass, enrolment } = await this.read(actor, classId);
    if (!enrolment) throw new AppException(HttpStatus.FORBIDDEN, 'classroom.not_enrolled');
    return { courseClass, enrolment };
  }
}

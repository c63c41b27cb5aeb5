import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { ClassroomEvents, type EnrolmentCompleted } from './classroom-events.service';
import type { CompletionState } from './completion';
import { Enrolment } from './enrolment.entity';
import { ProgressService } from './progress.service';

export interface CheckResult {
  state: CompletionState;
  completed: EnrolmentCompleted | null;
}

/**
 * Turns an active enrolment into a completed one as soon as its course's rule is met (inside the caller's
 * transaction), and publishes the event once the transaction has committed.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly progress: ProgressService,
    private readonly events: ClassroomEvents,
    private readonly notifications: NotificationsService,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    events.onEnrolmentCompleted('email', (e) => this.congratulate(e));
  }

  /** Call inside the transaction that changed the enrolment's work; the enrolment row must be locked. */
  async check(em: EntityManager, enrolment: Enrolment): Promise<CheckResult> {
    const courseClass = enrolment.courseClass;
    const { state, course } = await this.progress.stateOf({ id: enrolment.id, courseId: courseClass.course.id }, em);
    if (!state.complete || enrolment.status !== 'active') return { state, completed: null };
    enrolment.status = 'completed';
    enrolment.completedAt = new Date();
    await em.flush();
    return {
      state,
      completed: { enrolmentId: enrolment.id, classId: courseClass.id, userId: enrolment.user.id, courseSlug: course.slug, completedAt: enrolment.completedAt.toISOString() },
    };
  }

  async publish(completed: EnrolmentCompleted | null): Promise<void> {
    if (completed) await this.events.publishCompleted(completed);
  }

  private async congratulate(e: EnrolmentCompleted): Promise<void> {
    const em = this.em.fork();
    const [user, rows] = await Promise.all([
      em.findOne(User, { id: e.userId }),
      em.execute<{ title: string }[]>('select title from classes where id = ?', [e.classId]),
    ]);
    if (!user || !rows[0]) return;
    await this.notifications.notify(user.id, 'enrolment', { classTitle: rows[0].title, change: 'completed' }, '/aprendizaje', {
      mail: { name: 'course_completed', params: { displayName: user.displayName, classTitle: rows[0].title, link: `${this.config.publicUrl}/aprendizaje` } },
    });
  }
}

import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';

export interface EnrolmentCompleted {
  enrolmentId: string;
  classId: string;
  userId: string;
  courseSlug: string;
  completedAt: string;
}

type Listener = (event: EnrolmentCompleted) => Promise<void>;

const SWEEP = 'classroom.completion-sweep';

/**
 * "An enrolment was completed", for any module to act on (the completion email now, certificates later).
 * Each listener gets its own pg-boss queue, so one listener's failure and retries never repeat another's
 * work. Publishing happens after the commit; a sweep every ten minutes republishes any completion whose
 * publishing was interrupted, so listeners must be idempotent.
 */
@Injectable()
export class ClassroomEvents {
  private readonly logger = new Logger('classroom-events');
  private readonly queues: string[] = [];

  constructor(
    private readonly jobs: JobsService,
    private readonly em: EntityManager,
  ) {
    jobs.register(SWEEP, async () => {
      await this.sweep();
    });
    jobs.scheduleCron(SWEEP, '*/10 * * * *');
  }

  /** Registers a listener under a stable name (its queue is `enrolment.completed.<name>`). */
  onEnrolmentCompleted(name: string, listener: Listener): void {
    const queue = `enrolment.completed.${name}`;
    this.jobs.register<EnrolmentCompleted>(queue, listener);
    this.queues.push(queue);
  }

  /** Hands the event to every listener's queue, then records that it was published. */
  async publishCompleted(event: EnrolmentCompleted): Promise<void> {
    for (const queue of this.queues) await this.jobs.enqueue(queue, event, { singletonKey: event.enrolmentId });
    await this.em.fork().getConnection().execute('update enrolments set completion_published_at = now() where id = ?', [event.enrolmentId]);
  }

  /** Completions committed more than a minute ago but never published (a crash in between). */
  async sweep(): Promise<number> {
    const rows: { id: string; class_id: string; user_id: string; slug: string; completed_at: Date }[] = await this.em
      .fork()
      .getConnection()
      .execute(
        `select e.id, e.class_id, e.user_id, co.slug, e.completed_at from enrolments e
           join classes c on c.id = e.class_id join courses co on co.id = c.course_id
          where e.status = 'completed' and e.completion_published_at is null and e.completed_at < now() - interval '1 minute'
          order by e.completed_at limit 500`,
      );
    for (const r of rows) {
      await this.publishCompleted({ enrolmentId: r.id, classId: r.class_id, userId: r.user_id, courseSlug: r.slug, completedAt: new Date(r.completed_at).toISOString() });
    }
    if (rows.length) this.logger.warn({ count: rows.length }, 'republished completions that had not been published');
    return rows.length;
  }
}

import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import type { CourseClass } from '../classes/class.entity';
import { ClassroomAccess } from '../classroom/classroom-access.service';
import { JobsService } from '../jobs/jobs.service';
import { User } from '../users/user.entity';
import { CertificateBatch } from './certificate.entities';
import { CertificatesService } from './certificates.service';

const QUEUE = 'certificates.issue-class';
const CONCURRENCY = 4;
/** A batch of 500 takes well under a minute; one still live after half an hour has lost its job. */
const STALE_MS = 30 * 60_000;

/**
 * "Issue certificates for the whole class": a job any instance may work, recorded in the database so the
 * trainer can follow it (total, issued, already had one, failed). Running it again is harmless.
 */
@Injectable()
export class CertificateBatchesService {
  private readonly logger = new Logger('certificate-batches');

  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly certificates: CertificatesService,
    private readonly jobs: JobsService,
  ) {
    jobs.register<{ batchId: string }>(QUEUE, (job) => this.run(job.batchId));
  }

  /**
   * Starts a batch, or returns the one already under way (one live batch per class, held by a unique
   * index). A live batch that has not finished within STALE_MS lost its job: it is marked failed and a new
   * one starts, so a class is never stuck.
   */
  async start(actor: User, classId: string): Promise<CertificateBatch> {
    const courseClass = await this.access.manage(actor, classId);
    const em = this.em.fork();
    const live = await em.findOne(CertificateBatch, { courseClass, status: { $in: ['queued', 'running'] } });
    if (live && Date.now() - live.createdAt.getTime() < STALE_MS) return live;
    if (live) {
      Object.assign(live, { status: 'failed', error: 'stale: its job did not finish', finishedAt: new Date() });
      await em.flush();
    }
    const batch = em.create(CertificateBatch, { courseClass, requestedBy: em.getReference(User, actor.id) });
    try {
      await em.flush();
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      // Another request started one at the same moment: that one is the batch.
      return this.em.fork().findOneOrFail(CertificateBatch, { courseClass, status: { $in: ['queued', 'running'] } });
    }
    try {
      await this.jobs.enqueue(QUEUE, { batchId: batch.id }, { singletonKey: batch.id });
    } catch (e) {
      Object.assign(batch, { status: 'failed', error: 'could not be queued', finishedAt: new Date() });
      await em.flush();
      throw e;
    }
    return batch;
  }

  async get(actor: User, classId: string, batchId: string): Promise<CertificateBatch> {
    const courseClass = await this.access.manage(actor, classId);
    const batch = await this.em.fork().findOne(CertificateBatch, { id: batchId, courseClass });
    if (!batch) throw new AppException(HttpStatus.NOT_FOUND, 'certificates.batch_not_found');
    return batch;
  }

  /** The class (if the actor manages it) and its most recent batch. */
  async latestFor(actor: User, classId: string): Promise<{ courseClass: CourseClass; latest: CertificateBatch | null }> {
    const courseClass = await this.access.manage(actor, classId);
    const latest = await this.em.fork().findOne(CertificateBatch, { courseClass }, { orderBy: { createdAt: 'desc' } });
    return { courseClass, latest };
  }

  /** Works a batch: every completed enrolment of the class, a few at a time, counting as it goes. */
  async run(batchId: string): Promise<void> {
    const em = this.em.fork();
    const batch = await em.findOne(CertificateBatch, { id: batchId });
    if (!batch || batch.status === 'done' || batch.status === 'failed') return;
    // Learners whose account was deleted keep their completed enrolment, without a name: no certificate.
    const rows = await em.execute<{ id: string }[]>(
      `select e.id from enrolments e join users u on u.id = e.user_id
        where e.class_id = ? and e.status = 'completed' and u.deleted_at is null order by e.completed_at`,
      [batch.courseClass.id],
    );
    Object.assign(batch, { status: 'running', total: rows.length, issued: 0, existing: 0, failed: 0 });
    await em.flush();
    try {
      // A few learners at a time: each issue mostly waits on the database, so overlapping them pays.
      for (let i = 0; i < rows.length; i += CONCURRENCY) {
        const results = await Promise.allSettled(rows.slice(i, i + CONCURRENCY).map((r) => this.certificates.issueForEnrolment(r.id)));
        results.forEach((result, j) => {
          if (result.status === 'fulfilled') {
            if (result.value.created) batch.issued++;
            else batch.existing++;
          } else {
            batch.failed++;
            this.logger.error({ err: result.reason as unknown, enrolment: rows[i + j].id, batch: batch.id }, 'could not issue a certificate');
          }
        });
        // Progress after every group keeps the row current for the trainer's page.
        await em.flush();
      }
      batch.status = 'done';
    } catch (e) {
      batch.status = 'failed';
      batch.error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      batch.finishedAt = new Date();
      await em.flush();
    }
  }
}

import { LockMode } from '@mikro-orm/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { CourseClass } from '../classes/class.entity';
import { canManage } from '../classroom/classroom-access.service';
import { ClassroomEvents } from '../classroom/classroom-events.service';
import { Enrolment } from '../classroom/enrolment.entity';
import type { Course } from '../courses/course.entity';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { Certificate } from './certificate.entities';
import { certificateFileName, groupedCode, renderCertificatePdf } from './certificate-pdf';
import { CredentialSigner } from './credential-signer.service';
import { openBadgeCredential, verificationUrl } from './credentials/open-badge';
import { StatusListsService } from './status-lists.service';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SWEEP = 'certificates.sweep';
export const CODE_LENGTH = 25;

/** 25 characters of RFC 4648 base32: 125 random bits, not guessable at any rate a server allows. */
export function newCode(): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A code as people type or read it (lower case, dashes, spaces) in its stored form; null if it cannot be one. */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{25}$/.test(code) ? code : null;
}

function criteria(course: Course): { es: string; en: string } {
  const c = course.completion;
  const es = ['leer todas las lecciones obligatorias'];
  const en = ['read every required lesson'];
  if (c.quizzes.length) {
    es.push(c.quizzes.length === 1 ? 'aprobar el cuestionario' : `aprobar los ${c.quizzes.length} cuestionarios`);
    en.push(c.quizzes.length === 1 ? 'pass the quiz' : `pass the ${c.quizzes.length} quizzes`);
  }
  if (c.assignments.length) {
    es.push(c.assignments.length === 1 ? 'entregar la tarea y que la persona formadora la apruebe' : `entregar las ${c.assignments.length} tareas y que la persona formadora las apruebe`);
    en.push(c.assignments.length === 1 ? 'hand in the assignment and have it approved by the trainer' : `hand in the ${c.assignments.length} assignments and have them approved by the trainer`);
  }
  if (c.attendancePercent > 0) {
    es.push(`asistir al menos al ${c.attendancePercent} % de las sesiones en directo`);
    en.push(`attend at least ${c.attendancePercent}% of the live sessions`);
  }
  const list = (items: string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}` : items[0]);
  return { es: `Completar el curso en una clase de Puente: ${list(es, 'y')}.`, en: `Complete the course in a Puente class: ${list(en, 'and')}.` };
}

export interface IssueResult {
  certificate: Certificate;
  created: boolean;
}

/**
 * Issuing, reading and revoking certificates. One certificate per completed enrolment, whoever asks first
 * (the completion event, a trainer's batch): asking again returns the same one.
 */
@Injectable()
export class CertificatesService {
  private readonly logger = new Logger('certificates');

  constructor(
    private readonly em: EntityManager,
    private readonly signer: CredentialSigner,
    private readonly lists: StatusListsService,
    mail: MailService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    events: ClassroomEvents,
    jobs: JobsService,
  ) {
    events.onEnrolmentCompleted('certificate', async (e) => {
      try {
        await this.issueForEnrolment(e.enrolmentId);
      } catch (err) {
        // No longer completed, or the learner or enrolment is gone: nothing to issue, nothing to retry.
        if (err instanceof AppException && (err.getStatus() === 409 || err.getStatus() === 404)) {
          this.logger.warn({ enrolment: e.enrolmentId, reason: err.key }, 'no certificate issued for a completion');
          return;
        }
        throw err;
      }
    });
    mail.registerAttachments('certificate', async (code) => {
      const cert = await this.em.fork().findOne(Certificate, { code }, { populate: ['credential'] });
      return cert ? { filename: certificateFileName(cert.courseSlug, cert.code), contentType: 'application/pdf', content: await this.pdf(cert) } : null;
    });
    // Completions whose certificate never came (the listener gave up after its retries: a database outage,
    // a bad key): issued by a sweep every half hour.
    jobs.register(SWEEP, async () => {
      await this.sweep();
    });
    jobs.scheduleCron(SWEEP, '*/30 * * * *');
    signer.useStatusLists(async (url) => {
      const n = this.lists.listNumber(url);
      return n ? this.lists.get(n) : null;
    });
  }

  /** The certificate of a completed enrolment, issuing it (and emailing the learner) if it does not exist yet. */
  async issueForEnrolment(enrolmentId: string, options: { notify?: boolean } = {}): Promise<IssueResult> {
    const em = this.em.fork();
    const existing = await em.findOne(Certificate, { enrolment: enrolmentId });
    if (existing) return { certificate: existing, created: false };
    const enrolment = await em.findOne(Enrolment, { id: enrolmentId }, { populate: ['user', 'courseClass', 'courseClass.course', 'courseClass.trainer'] });
    if (!enrolment) throw new AppException(HttpStatus.NOT_FOUND, 'enrolments.not_found');
    if (enrolment.status !== 'completed' || !enrolment.completedAt) throw new AppException(HttpStatus.CONFLICT, 'certificates.not_completed');
    if (enrolment.user.deletedAt) throw new AppException(HttpStatus.CONFLICT, 'certificates.learner_gone');

    for (let attempt = 0; ; attempt++) {
      try {
        const certificate = await this.create(em.fork(), enrolment);
        this.logger.log({ certificate: certificate.id, enrolment: enrolment.id }, 'certificate issued');
        if (options.notify !== false) await this.notifyIssued(certificate, enrolment.user);
        return { certificate, created: true };
      } catch (e) {
        if (!(e instanceof UniqueConstraintViolationException)) throw e;
        // Someone else issued it first (the event and a batch at once), or a code or bit collided: look again.
        const other = await this.em.fork().findOne(Certificate, { enrolment: enrolmentId });
        if (other) return { certificate: other, created: false };
        if (attempt >= 3) throw e;
      }
    }
  }

  private async create(em: EntityManager, enrolment: Enrolment): Promise<Certificate> {
    const courseClass = enrolment.courseClass;
    const course = courseClass.course;
    const code = newCode();
    const issuedAt = new Date();
    const { list, index } = await this.lists.allocate(em);
    const learnerName = enrolment.user.displayName;
    const unsigned = openBadgeCredential(
      {
        code,
        learnerName,
        courseSlug: course.slug,
        courseTitle: course.title,
        courseSummary: course.summary,
        outcomes: course.outcomes,
        criteria: criteria(course),
        hours: course.hours,
        startsOn: courseClass.startsOn,
        endsOn: courseClass.endsOn,
        trainerId: courseClass.trainer.id,
        trainerName: courseClass.trainer.displayName,
        issuedAt,
        language: enrolment.user.locale,
      },
      this.signer.issuer,
      { listUrl: this.lists.listUrl(list), index },
    );
    const credential = await this.signer.sign(unsigned);
    const certificate = em.create(Certificate, {
      code,
      enrolment,
      courseClass,
      user: enrolment.user,
      learnerName,
      courseSlug: course.slug,
      courseTitle: course.title,
      hours: course.hours,
      startsOn: courseClass.startsOn,
      endsOn: courseClass.endsOn,
      trainerName: courseClass.trainer.displayName,
      issuerName: this.config.issuerName,
      issuerUrl: this.config.publicUrl,
      language: enrolment.user.locale,
      issuedAt,
      statusList: list,
      statusIndex: index,
      credential,
    });
    await em.transactional(async (tx) => {
      // Held until the insert commits: an account being deleted meanwhile waits, then revokes this one too.
      const alive = await tx.execute('select 1 from users where id = ? and deleted_at is null for share', [enrolment.user.id]);
      if (!alive.length) throw new AppException(HttpStatus.CONFLICT, 'certificates.learner_gone');
      tx.persist(certificate);
    });
    return certificate;
  }

  private async notifyIssued(c: Certificate, learner: User): Promise<void> {
    await this.notifications.notify(learner.id, 'certificate', { courseTitle: c.courseTitle[learner.locale], change: 'issued' }, '/certificados', {
      mail: { name: 'certificate_issued', params: { displayName: learner.displayName, courseTitle: c.courseTitle[learner.locale], code: groupedCode(c.code), link: verificationUrl(c.issuerUrl, c.code) } },
      attachments: [{ kind: 'certificate', ref: c.code }],
    });
  }

  /** Completed enrolments (of living accounts) left without a certificate for ten minutes or more. */
  async sweep(): Promise<number> {
    const rows = await this.em.fork().execute<{ id: string }[]>(
      `select e.id from enrolments e join users u on u.id = e.user_id
        where e.status = 'completed' and e.completed_at < now() - interval '10 minutes' and u.deleted_at is null
          and not exists (select 1 from certificates c where c.enrolment_id = e.id)
        order by e.completed_at limit 200`,
    );
    let issued = 0;
    for (const r of rows) {
      try {
        if ((await this.issueForEnrolment(r.id)).created) issued++;
      } catch (e) {
        this.logger.error({ err: e, enrolment: r.id }, 'sweep could not issue a certificate');
      }
    }
    if (issued) this.logger.warn({ issued }, 'issued certificates the completion listener had missed');
    return issued;
  }

  async findByCode(input: string): Promise<Certificate | null> {
    const code = normaliseCode(input);
    // The same query for every input, well-formed or not: a miss costs the same whatever was typed.
    return this.em.fork().findOne(Certificate, { code: code ?? '' }, { populate: ['courseClass', 'courseClass.trainer', 'credential'] });
  }

  async byCode(input: string): Promise<Certificate> {
    const c = await this.findByCode(input);
    if (!c) throw new AppException(HttpStatus.NOT_FOUND, 'certificates.not_found');
    return c;
  }

  async credential(input: string): Promise<Record<string, unknown>> {
    const c = await this.byCode(input);
    if (!c.credential) throw new AppException(HttpStatus.GONE, 'certificates.erased');
    return c.credential;
  }

  /** The PDF of a certificate loaded with its credential (a lazy property: loaded here if it was not). */
  async pdf(c: Certificate): Promise<Buffer> {
    const credential = c.credential !== undefined ? c.credential : ((await this.em.fork().findOne(Certificate, { id: c.id }, { populate: ['credential'] }))?.credential ?? null);
    return renderCertificatePdf({ ...c, credential });
  }

  mayRevoke(actor: User, c: Certificate): boolean {
    return actor.roles.includes('admin') || (!!c.courseClass && canManage(actor, c.courseClass));
  }

  /** Revokes (trainer of the class or admin), flips its bit in the published list and tells the learner. */
  async revoke(actor: User, input: string, reason: string): Promise<Certificate> {
    const found = await this.byCode(input);
    if (!this.mayRevoke(actor, found)) throw new AppException(HttpStatus.FORBIDDEN, 'certificates.not_yours');
    const em = this.em.fork();
    const c = await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(Certificate, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (row.status === 'revoked') throw new AppException(HttpStatus.CONFLICT, 'certificates.already_revoked');
      row.status = 'revoked';
      row.revokedAt = new Date();
      row.revokedReason = reason;
      row.revokedBy = tx.getReference(User, actor.id);
      return row;
    });
    await this.lists.publish(c.statusList);
    const learner = c.user ? await em.findOne(User, { id: c.user.id, deletedAt: null }) : null;
    if (learner) {
      await this.notifications.notify(learner.id, 'certificate', { courseTitle: c.courseTitle[learner.locale], change: 'revoked' }, '/certificados', {
        mail: { name: 'certificate_revoked', params: { displayName: learner.displayName, courseTitle: c.courseTitle[learner.locale], code: groupedCode(c.code), link: verificationUrl(c.issuerUrl, c.code), reason } },
      });
    }
    this.logger.log({ certificate: c.id, by: actor.id }, 'certificate revoked');
    return this.byCode(c.code);
  }

  async forUser(userId: string): Promise<Certificate[]> {
    return this.em.fork().find(Certificate, { user: userId }, { orderBy: { issuedAt: 'desc' } });
  }

  async forClass(courseClass: CourseClass): Promise<{ certificates: Certificate[]; completedWithout: number }> {
    const em = this.em.fork();
    const certificates = await em.find(Certificate, { courseClass }, { orderBy: { learnerName: 'asc' } });
    const [{ n }] = await em.execute<{ n: string }[]>(
      `select count(*) as n from enrolments e join users u on u.id = e.user_id
        where e.class_id = ? and e.status = 'completed' and u.deleted_at is null and not exists (select 1 from certificates c where c.enrolment_id = e.id)`,
      [courseClass.id],
    );
    return { certificates, completedWithout: Number(n) };
  }
}

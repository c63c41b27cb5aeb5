import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Bilingual } from '../courses/course.entity';
import { CourseClass } from '../classes/class.entity';
import { Enrolment } from '../classroom/enrolment.entity';
import { User } from '../users/user.entity';

export type CertificateStatus = 'valid' | 'revoked';

/**
 * A certificate as it was issued: what it states is copied at issue (learner's name, course, hours, dates,
 * trainer, issuer), so later edits to the account, course or class never change a certificate someone has
 * printed. The signed Open Badges credential is kept with it. Links to the enrolment, class and learner
 * outlive their deletion (set to null).
 */
@Entity({ tableName: 'certificates' })
@Unique({ properties: ['statusList', 'statusIndex'] })
export class Certificate {
  [OptionalProps]?: 'id' | 'status' | 'revokedAt' | 'revokedReason' | 'revokedBy' | 'issuedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 25 characters of base32 (125 random bits), the only thing a verifier needs. */
  @Property({ type: 'text', unique: true })
  code: string;

  @ManyToOne(() => Enrolment, { nullable: true, deleteRule: 'set null', unique: true })
  enrolment: Enrolment | null;

  @Index()
  @ManyToOne(() => CourseClass, { nullable: true, deleteRule: 'set null', fieldName: 'class_id' })
  courseClass: CourseClass | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user: User | null;

  @Property({ type: 'text' })
  learnerName: string;

  @Property({ type: 'text' })
  courseSlug: string;

  @Property({ type: 'json' })
  courseTitle: Bilingual;

  @Property({ type: 'double' })
  hours: number;

  @Property({ type: 'date' })
  startsOn: string;

  @Property({ type: 'date' })
  endsOn: string;

  @Property({ type: 'text' })
  trainerName: string;

  @Property({ type: 'text' })
  issuerName: string;

  @Property({ type: 'text' })
  issuerUrl: string;

  /** The learner's language at issue (the PDF shows both; this one comes first in the email). */
  @Property({ type: 'text' })
  language: 'es' | 'en';

  @Property({ type: 'timestamptz' })
  issuedAt: Date = new Date();

  @Enum({ items: ['valid', 'revoked'], nativeEnumName: 'certificate_status' })
  status: CertificateStatus = 'valid';

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  revokedBy: User | null = null;

  /** Its place in the published revocation list (Bitstring Status List number and bit). */
  @Property({ type: 'integer' })
  statusList: number;

  @Property({ type: 'integer' })
  statusIndex: number;

  /** The signed OpenBadgeCredential (JSON-LD with its Data Integrity proof); null once erased. */
  @Property({ type: 'json', nullable: true, lazy: true })
  credential: Record<string, unknown> | null;
}

/**
 * An Ed25519 key of the instance's DID. The newest unretired key signs; retired keys stay in the DID
 * document so credentials they signed still verify. A key supplied by configuration is recorded here
 * without its secret.
 */
@Entity({ tableName: 'issuer_keys' })
export class IssuerKey {
  [OptionalProps]?: 'createdAt' | 'retiredAt' | 'secretKeyMultibase';

  /** The public key's multibase fingerprint, also the verification method's fragment. */
  @PrimaryKey({ type: 'text' })
  publicKeyMultibase: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  secretKeyMultibase: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

/** A published revocation list: the signed BitstringStatusListCredential, re-signed when a bit flips. */
@Entity({ tableName: 'certificate_status_lists' })
export class CertificateStatusList {
  [OptionalProps]?: 'updatedAt' | 'revokedCount';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  number: number;

  @Property({ type: 'json' })
  credential: Record<string, unknown>;

  /** Revoked certificates in the list when it was signed: fewer than now means it must be signed again. */
  @Property({ type: 'integer', default: 0 })
  revokedCount: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

export type BatchStatus = 'queued' | 'running' | 'done' | 'failed';

/** A trainer's "issue certificates for the whole class", worked as a job; its counts are its progress. */
@Entity({ tableName: 'certificate_batches' })
// At most one live batch per class, whatever instance the trainer's request reaches.
@Index({ name: 'certificate_batches_one_live', expression: `create unique index "certificate_batches_one_live" on "certificate_batches" ("class_id") where "status" in ('queued', 'running')` })
export class CertificateBatch {
  [OptionalProps]?: 'id' | 'status' | 'total' | 'issued' | 'existing' | 'failed' | 'createdAt' | 'finishedAt' | 'error';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CourseClass, { deleteRule: 'cascade', fieldName: 'class_id' })
  courseClass: CourseClass;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  requestedBy: User | null;

  @Enum({ items: ['queued', 'running', 'done', 'failed'], nativeEnumName: 'certificate_batch_status' })
  status: BatchStatus = 'queued';

  /** Completed enrolments to certify. */
  @Property({ type: 'integer' })
  total = 0;

  /** Certificates this batch issued. */
  @Property({ type: 'integer' })
  issued = 0;

  /** Learners who already had theirs (issued on completion or by an earlier batch). */
  @Property({ type: 'integer' })
  existing = 0;

  @Property({ type: 'integer' })
  failed = 0;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}

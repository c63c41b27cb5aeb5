import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { Pool, type PoolClient } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { APP_OPTIONS, DATABASE_URL, type AppOptions } from '../../database/database.tokens';
import type { Locale } from '../users/user.entity';
import { briefFileName } from './brief-pdf';
import { deliveryEmail, fromHeader } from './delivery-email';
import { SmtpSender, type OutgoingMail, type SmtpFailure } from './smtp-sender';

interface ClaimedRow {
  id: string;
  send_id: string;
  version_id: string;
  to_email: string;
  to_name: string;
  to_position: string | null;
  to_institution: string;
  message_id: string;
  attempts: number;
}

interface SendInfo {
  subject: string;
  message: string;
  replyTo: string;
  senderName: string;
  versionNumber: number;
  briefTitle: string;
  locale: Locale;
  campaignTitle: string;
  campaignSlug: string;
}

type SmtpError = Partial<SmtpFailure>;

/**
 * Deliveries one worker holds at most. They are `sending` and leased to it (the lease is renewed while the
 * process lives); a few per SMTP connection are on their way at any moment, the rest wait their turn, so
 * every connection always has the next message ready.
 */
const WINDOW = 256;
const POOL = 5;
/** On shutdown, messages on their way get this long to go out; the waiting ones go back to the queue at once. */
const SHUTDOWN_GRACE_MS = 10_000;
/** A worker's hold on its deliveries; renewed every minute, so it only runs out when the process is gone. */
const LEASE_MINUTES = 10;
const RENEW_MS = 60_000;
const POLL_MS = 1000;
/** Sent marks are written together: at once when this many wait, else after MARK_DELAY_MS (see markSent). */
const MARK_BATCH = 64;
const MARK_DELAY_MS = 5;
const MAX_BACKOFF_S = 6 * 3600;
/** Claims across instances take turns on this lock, so the per-minute budget holds fleet-wide. */
const CLAIM_LOCK = 0x50_75_65_6e; // "Puen"
const CACHE_MS = 60_000;

/**
 * Sends the brief deliveries. The deliveries table is the outbox: a send writes its rows in one transaction,
 * and every instance with JOBS_ENABLED claims due rows with FOR UPDATE SKIP LOCKED, stamping them with its
 * own worker id; every later change to a row requires that stamp, so a row taken back by another worker can
 * no longer be touched by the first. A row is marked sent as soon as the SMTP server accepts the message, so
 * retries, restarts (messages on their way finish, waiting ones go back to the queue untried) and parallel
 * instances never send a (version, official) pair twice. One case no mail system avoids: a process killed in
 * the few milliseconds between the server's "250 OK" and the mark. When its lease runs out the row is taken
 * back and sent again with the same Message-ID, by which receiving systems recognise the duplicate.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('deliveries');
  private readonly workerId = randomUUID();
  /** SMTP_URL set: a pooled transport in a worker thread. Otherwise .eml files in DATA_DIR/outbox. */
  private smtp?: SmtpSender;
  private outbox?: { dir: string; transport: Transporter };
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private renewTimer?: NodeJS.Timeout;
  /** Loads in progress or done, shared by every delivery that needs them (one query, one PDF in memory). */
  private readonly sends = new Map<string, { at: number; info: Promise<SendInfo> }>();
  private readonly pdfs = new Map<string, Promise<Buffer>>();
  private sentMarks: { id: string; response: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  private markTimer?: NodeJS.Timeout;
  private marking?: Promise<void>;
  /** Its own small pool: the hot path is a few plain statements per message, without the ORM's overhead. */
  private pool?: Pool;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.connect === false || !this.config.jobsEnabled) return;
    if (this.config.smtpUrl) {
      this.smtp = new SmtpSender(this.config.smtpUrl, POOL);
      this.smtp.warmUp();
    } else {
      this.outbox = { dir: join(this.config.dataDir, 'outbox'), transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }) };
    }
    this.pool = new Pool({ connectionString: this.databaseUrl, max: 3 });
    this.pool.on('error', (err) => this.logger.error({ err: { message: err.message } }, 'delivery pool error'));
    this.running = true;
    this.loop = this.run();
    this.renewTimer = setInterval(() => void this.renewLeases(), RENEW_MS);
    this.renewTimer.unref();
  }

  /** Lets the worker start at once instead of at its next poll (after a send is created here). */
  kick(): void {
    this.wake?.();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    // Waiting messages go back to the queue untried; those on their way get the grace period.
    await this.smtp?.close(SHUTDOWN_GRACE_MS);
    await this.loop;
    while (this.marking || this.sentMarks.length) await this.flushMarks();
    clearInterval(this.renewTimer);
    await this.renewLeases(); // what is still held (a mark that could not be written) keeps its full lease
    await this.pool?.end();
  }

  /** Keeps up to WINDOW deliveries claimed; claims again when half the window is free. */
  private async run(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let lastSweep = 0;
    while (this.running) {
      let claimed = 0;
      try {
        if (Date.now() - lastSweep > POLL_MS) {
          await this.failExhausted();
          lastSweep = Date.now();
        }
        if (inFlight.size <= WINDOW / 2) {
          const rows = await this.claim(WINDOW - inFlight.size);
          claimed = rows.length;
          for (const d of rows) {
            const p: Promise<void> = this.deliver(d)
              .catch((e: unknown) => this.logger.error({ err: { message: (e as Error).message }, delivery: d.id }, 'delivery error'))
              .finally(() => inFlight.delete(p));
            inFlight.add(p);
          }
        }
      } catch (e) {
        this.logger.error({ err: { message: (e as Error).message } }, 'delivery loop error');
      }
      if (!this.running) break;
      if (inFlight.size > WINDOW / 2 || (claimed === 0 && inFlight.size > 0)) {
        await Promise.race(inFlight);
      } else if (claimed === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
    await Promise.allSettled(inFlight); // each one ends recorded (sent, failed, or back in the queue)
  }

  /**
   * Takes up to `limit` due rows (queued and due, or held by a worker whose lease ran out), within what
   * MAIL_RATE_PER_MINUTE leaves for this minute. Instances take turns on an advisory lock, so they share
   * one budget.
   */
  private async claim(limit: number): Promise<ClaimedRow[]> {
    return this.transaction(async (c) => {
      await c.query('select pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      const { rows } = await c.query<ClaimedRow>(
        `with budget as (
           select greatest(0, $1::int - (select count(*) from deliveries where last_attempt_at > now() - interval '1 minute'))::int as n
         ), due as (
           select id from deliveries where status = 'queued' and next_attempt_at <= now()
            order by next_attempt_at limit least($2::int, (select n from budget)) for update skip locked
         ), stale as (
           select id from deliveries where status = 'sending' and lease_until < now() and attempts < $4
            limit least($2::int, (select n from budget)) for update skip locked
         ), picked as (
           select id from (select id from due union all select id from stale) x limit least($2::int, (select n from budget))
         )
         update deliveries d
            set status = 'sending', attempts = d.attempts + 1, last_attempt_at = now(), claim_token = $3,
                lease_until = now() + interval '${LEASE_MINUTES} minutes', updated_at = now()
           from picked where d.id = picked.id
         returning d.id, d.send_id, d.version_id, d.to_email, d.to_name, d.to_position, d.to_institution, d.message_id, d.attempts`,
        [this.config.mailRatePerMinute, limit, this.workerId, this.config.deliveryMaxAttempts],
      );
      return rows;
    });
  }

  /** A row whose worker died on its last allowed attempt is not tried again: it is marked failed. */
  private async failExhausted(): Promise<void> {
    const rows = await this.q<{ id: string }>(
      `update deliveries set status = 'failed', claim_token = null, lease_until = null, updated_at = now(),
              last_error = 'interrupted on the last attempt (the sending process stopped); check before retrying by hand'
        where status = 'sending' and lease_until < now() and attempts >= $1 returning id`,
      [this.config.deliveryMaxAttempts],
    );
    if (rows.length) this.logger.warn({ deliveries: rows.length }, 'interrupted deliveries marked failed');
  }

  private async renewLeases(): Promise<void> {
    if (!this.pool) return;
    try {
      await this.q(`update deliveries set lease_until = now() + interval '${LEASE_MINUTES} minutes' where claim_token = $1 and status = 'sending'`, [this.workerId]);
    } catch (e) {
      this.logger.warn({ err: { message: (e as Error).message } }, 'could not renew delivery leases');
    }
  }

  private sendInfo(sendId: string): Promise<SendInfo> {
    const cached = this.sends.get(sendId);
    // Short-lived: an erased account's name and address must stop going out soon after.
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.info;
    const info = this.q<{ subject: string; message: string; reply_to: string; sender_name: string; number: number; title: string; locale: Locale; campaign_title: string; slug: string }>(
      `select s.subject, s.message, s.reply_to, s.sender_name, v.number, v.title, b.locale, c.title as campaign_title, c.slug
         from brief_sends s join brief_versions v on v.id = s.version_id join briefs b on b.id = v.brief_id join campaigns c on c.id = b.campaign_id
        where s.id = $1`,
      [sendId],
    ).then(([r]) => {
      if (!r) throw new Error(`send ${sendId} not found`);
      return { subject: r.subject, message: r.message, replyTo: r.reply_to, senderName: r.sender_name, versionNumber: r.number, briefTitle: r.title, locale: r.locale, campaignTitle: r.campaign_title, campaignSlug: r.slug };
    });
    if (this.sends.size > 200) this.sends.clear();
    this.sends.set(sendId, { at: Date.now(), info });
    info.catch(() => this.sends.delete(sendId));
    return info;
  }

  /** The version's PDF as frozen at its first send (immutable, so kept). */
  private pdf(versionId: string): Promise<Buffer> {
    let pdf = this.pdfs.get(versionId);
    if (!pdf) {
      pdf = this.q<{ pdf: Buffer | null }>('select pdf from brief_versions where id = $1', [versionId]).then(([r]) => {
        if (!r?.pdf) throw new Error(`version ${versionId} has no frozen PDF`);
        return r.pdf;
      });
      if (this.pdfs.size > 10) this.pdfs.clear();
      this.pdfs.set(versionId, pdf);
      pdf.catch(() => this.pdfs.delete(versionId));
    }
    return pdf;
  }

  private async deliver(d: ClaimedRow): Promise<void> {
    let info: SendInfo;
    let pdf: Buffer;
    try {
      [info, pdf] = await Promise.all([this.sendInfo(d.send_id), this.pdf(d.version_id)]);
    } catch (e) {
      await this.retryLater(d, { error: (e as Error).message });
      return;
    }
    const mail = deliveryEmail({
      locale: info.locale,
      toName: d.to_name,
      toPosition: d.to_position,
      toInstitution: d.to_institution,
      subject: info.subject,
      message: info.message,
      senderName: info.senderName,
      replyTo: info.replyTo,
      briefTitle: info.briefTitle,
      campaignTitle: info.campaignTitle,
      campaignUrl: `${this.config.publicUrl}/campanas/${info.campaignSlug}`,
      siteName: this.config.issuerName,
    });
    const outgoing: OutgoingMail = {
      from: fromHeader(info.senderName, this.config.mailFrom, info.locale),
      to: { name: d.to_name, address: d.to_email },
      // An erased account leaves no address to answer to.
      ...(info.replyTo ? { replyTo: { name: info.senderName, address: info.replyTo } } : {}),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: d.message_id,
      headers: { 'Content-Language': info.locale },
      attachment: { key: d.version_id, filename: briefFileName(info.campaignSlug, info.versionNumber) },
    };
    let response: string;
    try {
      response = this.smtp ? await this.smtp.send(outgoing, pdf) : await this.writeToOutbox(d, outgoing, pdf);
    } catch (e) {
      await this.failed(d, e as SmtpError);
      return;
    }
    // The server has the message: record it (with others that finished at the same moment).
    await this.markSent(d.id, response);
  }

  /** Without SMTP_URL (a newcomer's machine): the message as an .eml file to read. */
  private async writeToOutbox(d: ClaimedRow, outgoing: OutgoingMail, pdf: Buffer): Promise<string> {
    const { attachment, ...rest } = outgoing;
    const sent = await this.outbox!.transport.sendMail({ ...rest, attachments: [{ filename: attachment.filename, content: pdf, contentType: 'application/pdf' }] });
    mkdirSync(this.outbox!.dir, { recursive: true });
    const file = join(this.outbox!.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-brief-${d.id.slice(0, 8)}.eml`);
    writeFileSync(file, (sent as unknown as { message: Buffer }).message);
    return `written to ${file} (no SMTP_URL)`;
  }

  /**
   * A 5xx answer to the recipient or to the message is a bounce, kept with the server's words. A 5xx to
   * anything else (login, greeting, our sender address) is this server's configuration, not the official's
   * mailbox: it is retried like a network failure or a 4xx, with back-off, until DELIVERY_MAX_ATTEMPTS.
   */
  private async failed(d: ClaimedRow, err: SmtpError): Promise<void> {
    const reply = err.response ?? err.message ?? 'unknown error';
    if (err.code === 'ENOTSENT') {
      // Never handed to the server (the instance is stopping): back in the queue as if never tried.
      await this.q(
        `update deliveries set status = 'queued', attempts = greatest(attempts - 1, 0), next_attempt_at = now(), claim_token = null, lease_until = null, updated_at = now()
          where id = $1 and status = 'sending' and claim_token = $2`,
        [d.id, this.workerId],
      );
      return;
    }
    const permanent = !!err.responseCode && err.responseCode >= 500 && (err.command === 'RCPT TO' || err.command === 'DATA');
    if (permanent) return this.finish(d, 'bounced', { response: reply, error: reply });
    if (!err.responseCode && err.command === 'API') return this.finish(d, 'failed', { error: reply }); // a message nodemailer refuses to build
    if (d.attempts >= this.config.deliveryMaxAttempts) return this.finish(d, 'failed', { error: reply, response: err.response ?? null });
    await this.retryLater(d, { error: reply, response: err.response ?? null });
  }

  private async retryLater(d: ClaimedRow, o: { error: string; response?: string | null }): Promise<void> {
    const wait = Math.min(MAX_BACKOFF_S, this.config.deliveryRetrySeconds * 2 ** (d.attempts - 1)) * (0.9 + Math.random() * 0.2);
    await this.q(
      `update deliveries set status = 'queued', next_attempt_at = now() + make_interval(secs => $1), smtp_response = $2, last_error = $3, claim_token = null, lease_until = null, updated_at = now()
        where id = $4 and status = 'sending' and claim_token = $5`,
      [wait, o.response ?? null, o.error.slice(0, 1000), d.id, this.workerId],
    );
    this.logger.warn({ delivery: d.id, attempt: d.attempts, retryInSeconds: Math.round(wait), error: o.error.slice(0, 200) }, 'delivery will be retried');
  }

  /** Records a bounce or a final failure, only while this worker still holds the row. */
  private async finish(d: ClaimedRow, status: 'bounced' | 'failed', o: { response?: string | null; error?: string }): Promise<void> {
    await this.q(
      `update deliveries set status = $1, smtp_response = $2, last_error = $3, claim_token = null, lease_until = null, updated_at = now()
        where id = $4 and status = 'sending' and claim_token = $5`,
      [status, o.response?.slice(0, 1000) ?? null, (o.error ?? '').slice(0, 1000), d.id, this.workerId],
    );
    this.logger.warn({ delivery: d.id, status, error: o.error?.slice(0, 200) }, `delivery ${status}`);
  }

  /**
   * Marks a delivery sent. One UPDATE is written at a time: marks that arrive while it runs, or within a few
   * milliseconds of each other, share the next one (one commit instead of dozens under load, no wait when
   * idle), and each caller waits for its own to be written.
   */
  private markSent(id: string, response: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.sentMarks.push({ id, response, resolve, reject });
      if (this.marking) return; // written as soon as the UPDATE in progress ends
      if (this.sentMarks.length >= MARK_BATCH) void this.flushMarks();
      else this.markTimer ??= setTimeout(() => void this.flushMarks(), MARK_DELAY_MS);
    });
  }

  /** Writes the waiting marks, after the UPDATE in progress if there is one. */
  private flushMarks(): Promise<void> {
    if (this.markTimer) clearTimeout(this.markTimer);
    this.markTimer = undefined;
    if (this.marking) return this.marking;
    const marks = this.sentMarks.splice(0);
    if (marks.length === 0) return Promise.resolve();
    this.marking = this.writeMarks(marks).finally(() => {
      this.marking = undefined;
      if (this.sentMarks.length) void this.flushMarks();
    });
    return this.marking;
  }

  /**
   * A database that does not answer is retried for about a minute (the rows stay leased to this worker
   * meanwhile, so nobody sends them again).
   */
  private async writeMarks(marks: { id: string; response: string; resolve: () => void; reject: (e: Error) => void }[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.q(
          `update deliveries d set status = 'sent', sent_at = now(), smtp_response = x.response, last_error = null, claim_token = null, lease_until = null, updated_at = now()
             from unnest($1::uuid[], $2::text[]) as x(id, response) where d.id = x.id and d.status = 'sending' and d.claim_token = $3`,
          [marks.map((m) => m.id), marks.map((m) => m.response.slice(0, 1000)), this.workerId],
        );
        marks.forEach((m) => m.resolve());
        return;
      } catch (e) {
        if (attempt >= 30) {
          this.logger.error({ err: { message: (e as Error).message }, deliveries: marks.length }, 'could not record sent deliveries');
          marks.forEach((m) => m.reject(e as Error));
          return;
        }
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * attempt)));
      }
    }
  }

  private async q<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.pool!.query(sql, params)).rows as T[];
  }

  private async transaction<T>(work: (c: PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool!.connect();
    try {
      await c.query('begin');
      const out = await work(c);
      await c.query('commit');
      return out;
    } catch (e) {
      await c.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }
}

import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { Pool } from 'pg';
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
 * Deliveries one worker has in flight at most. The SMTP pool sends them over up to POOL connections; a deep
 * queue keeps every connection busy (a message in flight is `sending`, leased; if the process dies, it
 * goes back to the queue when its lease ends).
 */
const BATCH = 256;
const POOL = 5;
/** On shutdown, messages in flight get this long to go out; the rest go back to the queue. */
const SHUTDOWN_GRACE_MS = 10_000;
/** A delivery held this long in `sending` by a worker that died is taken back and tried again. */
const LEASE_MINUTES = 10;
const POLL_MS = 1000;
/** Sent marks written together: at most this many, or whatever arrived within MARK_DELAY_MS. */
const MARK_BATCH = 64;
const MARK_DELAY_MS = 5;
const MAX_BACKOFF_S = 6 * 3600;

/** Errors that say the message itself cannot be sent; anything else without an SMTP code is a network problem. */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Sends the brief deliveries. The deliveries table is the outbox: a send writes its rows in one transaction,
 * and every instance with JOBS_ENABLED claims due rows with FOR UPDATE SKIP LOCKED, so two instances never
 * take the same row. A row is marked sent as soon as the SMTP server accepts the message, and only a row
 * still held by its worker can change, so retries, restarts (shutdown waits for the messages in flight) and
 * parallel instances never send a (version, official) pair twice. One case no mail system avoids: a process
 * killed in the few milliseconds between the server's "250 OK" and that mark. Its row is taken back after
 * the lease and sent again with the same Message-ID, by which receiving systems recognise the duplicate.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('deliveries');
  /** SMTP_URL set: a pooled transport in a worker thread. Otherwise .eml files in DATA_DIR/outbox. */
  private smtp?: SmtpSender;
  private outbox?: { dir: string; transport: Transporter };
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly sends = new Map<string, SendInfo>();
  private readonly pdfs = new Map<string, Buffer>();
  private sentMarks: { id: string; response: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  private markTimer?: NodeJS.Timeout;

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
    }
    else this.outbox = { dir: join(this.config.dataDir, 'outbox'), transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }) };
    this.pool = new Pool({ connectionString: this.databaseUrl, max: 3 });
    this.pool.on('error', (err) => this.logger.error({ err: { message: err.message } }, 'delivery pool error'));
    this.running = true;
    this.loop = this.run();
  }

  /** Lets the worker start at once instead of at its next poll (after a send is created here). */
  kick(): void {
    this.wake?.();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    // Messages already in flight finish (each is recorded); those still waiting in the SMTP pool after the
    // grace period are withdrawn, fail as a temporary error and return to the queue for the next instance.
    const graceful = await Promise.race([this.loop!.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), SHUTDOWN_GRACE_MS).unref())]);
    await this.smtp?.close();
    if (!graceful) await this.loop;
    await this.pool?.end();
  }

  /**
   * Keeps up to BATCH deliveries in flight: as each one finishes, more are claimed, so the SMTP pool never
   * waits for the slowest message of a batch. Sleeps (until kicked or the next poll) when nothing is due.
   */
  private async run(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    while (this.running) {
      let claimed = 0;
      try {
        // Claim in chunks (when half the window is free), not one row per finished message.
        if (inFlight.size <= BATCH / 2) {
          const rows = await this.claim(BATCH - inFlight.size);
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
      if (inFlight.size > BATCH / 2 || (claimed === 0 && inFlight.size > 0)) {
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
    await Promise.allSettled(inFlight); // what is in flight finishes and is recorded before the database closes
  }

  /** Takes up to `limit` due rows, within what MAIL_RATE_PER_MINUTE leaves for this minute across instances. */
  private async claim(limit: number): Promise<ClaimedRow[]> {
    return this.q<ClaimedRow>(
      `with budget as (
         select greatest(0, $1::int - (select count(*) from deliveries where last_attempt_at > now() - interval '1 minute'))::int as n
       ), due as (
         select id from deliveries where status = 'queued' and next_attempt_at <= now()
          order by next_attempt_at limit least($2::int, (select n from budget)) for update skip locked
       ), stale as (
         select id from deliveries where status = 'sending' and lease_until < now()
          limit least($2::int, (select n from budget)) for update skip locked
       ), picked as (
         select id from (select id from due union all select id from stale) x limit least($2::int, (select n from budget))
       )
       update deliveries d
          set status = 'sending', attempts = d.attempts + 1, last_attempt_at = now(),
              lease_until = now() + interval '${LEASE_MINUTES} minutes', updated_at = now()
         from picked where d.id = picked.id
       returning d.id, d.send_id, d.version_id, d.to_email, d.to_name, d.to_position, d.to_institution, d.message_id, d.attempts`,
      [this.config.mailRatePerMinute, limit],
    );
  }

  private async sendInfo(sendId: string): Promise<SendInfo> {
    let info = this.sends.get(sendId);
    if (!info) {
      const [r] = await this.q<
        { subject: string; message: string; reply_to: string; sender_name: string; number: number; title: string; locale: Locale; campaign_title: string; slug: string }
      >(
        `select s.subject, s.message, s.reply_to, s.sender_name, v.number, v.title, b.locale, c.title as campaign_title, c.slug
           from brief_sends s join brief_versions v on v.id = s.version_id join briefs b on b.id = v.brief_id join campaigns c on c.id = b.campaign_id
          where s.id = $1`,
        [sendId],
      );
      info = { subject: r.subject, message: r.message, replyTo: r.reply_to, senderName: r.sender_name, versionNumber: r.number, briefTitle: r.title, locale: r.locale, campaignTitle: r.campaign_title, campaignSlug: r.slug };
      if (this.sends.size > 200) this.sends.clear();
      this.sends.set(sendId, info);
    }
    return info;
  }

  /** The version's PDF as frozen at its first send (immutable, so cached). */
  private async pdf(versionId: string): Promise<Buffer> {
    let pdf = this.pdfs.get(versionId);
    if (!pdf) {
      const [r] = await this.q<{ pdf: Buffer | null }>('select pdf from brief_versions where id = $1', [versionId]);
      if (!r?.pdf) throw new Error(`version ${versionId} has no frozen PDF`);
      pdf = r.pdf;
      if (this.pdfs.size > 10) this.pdfs.clear();
      this.pdfs.set(versionId, pdf);
    }
    return pdf;
  }

  private async deliver(d: ClaimedRow): Promise<void> {
    let info: SendInfo;
    let pdf: Buffer;
    try {
      [info, pdf] = await Promise.all([this.sendInfo(d.send_id), this.pdf(d.version_id)]);
    } catch (e) {
      await this.finish(d, 'failed', { error: (e as Error).message });
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
      replyTo: { name: info.senderName, address: info.replyTo },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: d.message_id,
      headers: { 'Content-Language': info.locale },
      attachment: { key: d.version_id, filename: briefFileName(info.campaignSlug, info.versionNumber) },
    };
    let response: string;
    try {
      if (this.smtp) {
        response = await this.smtp.send(outgoing, pdf);
      } else {
        const { attachment, ...rest } = outgoing;
        const sent = await this.outbox!.transport.sendMail({ ...rest, attachments: [{ filename: attachment.filename, content: pdf, contentType: 'application/pdf' }] });
        mkdirSync(this.outbox!.dir, { recursive: true });
        const file = join(this.outbox!.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-brief-${d.id.slice(0, 8)}.eml`);
        writeFileSync(file, (sent as unknown as { message: Buffer }).message);
        response = `written to ${file} (no SMTP_URL)`;
      }
    } catch (e) {
      const err = e as SmtpError;
      const reply = err.response ?? err.message ?? String(e);
      if (err.responseCode && err.responseCode >= 500) {
        await this.finish(d, 'bounced', { response: reply, error: reply });
      } else if (!err.responseCode && err.code && PERMANENT_CODES.has(err.code)) {
        await this.finish(d, 'failed', { error: reply });
      } else if (d.attempts >= this.config.deliveryMaxAttempts) {
        await this.finish(d, 'failed', { error: reply, response: err.response ?? null });
      } else {
        const wait = Math.min(MAX_BACKOFF_S, this.config.deliveryRetrySeconds * 2 ** (d.attempts - 1)) * (0.9 + Math.random() * 0.2);
        await this.finish(d, 'queued', { error: reply, response: err.response ?? null, retryInSeconds: wait });
      }
      return;
    }
    // The server has the message: record it (with others that finished at the same moment).
    await this.markSent(d.id, response);
  }

  /**
   * Marks a delivery sent. Marks that arrive within a few milliseconds of each other share one UPDATE (one
   * commit instead of dozens), and each caller waits for its own to be written. A database hiccup is retried,
   * so a message that went out is not left to its lease and sent again.
   */
  private markSent(id: string, response: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.sentMarks.push({ id, response, resolve, reject });
      if (this.sentMarks.length >= MARK_BATCH) void this.flushMarks();
      else this.markTimer ??= setTimeout(() => void this.flushMarks(), MARK_DELAY_MS);
    });
  }

  private async flushMarks(): Promise<void> {
    if (this.markTimer) clearTimeout(this.markTimer);
    this.markTimer = undefined;
    const marks = this.sentMarks.splice(0);
    if (marks.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.q(
          `update deliveries d set status = 'sent', sent_at = now(), smtp_response = x.response, last_error = null, lease_until = null, updated_at = now()
             from unnest($1::uuid[], $2::text[]) as x(id, response) where d.id = x.id and d.status = 'sending'`,
          [marks.map((m) => m.id), marks.map((m) => m.response.slice(0, 1000))],
        );
        marks.forEach((m) => m.resolve());
        return;
      } catch (e) {
        if (attempt >= 5) {
          marks.forEach((m) => m.reject(e as Error));
          return;
        }
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  }

  private async q<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.pool!.query(sql, params)).rows as T[];
  }

  /** Records a failure (for a retry or for good), but only while this worker still holds the row. */
  private async finish(d: ClaimedRow, status: 'bounced' | 'failed' | 'queued', o: { response?: string | null; error?: string; retryInSeconds?: number }): Promise<void> {
    if (status === 'queued') {
      await this.q(
        `update deliveries set status = 'queued', next_attempt_at = now() + make_interval(secs => $1), smtp_response = $2, last_error = $3, lease_until = null, updated_at = now() where id = $4 and status = 'sending'`,
        [o.retryInSeconds ?? 60, o.response ?? null, (o.error ?? '').slice(0, 1000), d.id],
      );
      this.logger.warn({ delivery: d.id, attempt: d.attempts, retryInSeconds: Math.round(o.retryInSeconds ?? 0), error: o.error?.slice(0, 200) }, 'delivery will be retried');
    } else {
      await this.q(
        `update deliveries set status = $1, smtp_response = $2, last_error = $3, lease_until = null, updated_at = now() where id = $4 and status = 'sending'`,
        [status, o.response?.slice(0, 1000) ?? null, (o.error ?? '').slice(0, 1000), d.id],
      );
      this.logger.warn({ delivery: d.id, status, error: o.error?.slice(0, 200) }, `delivery ${status}`);
    }
  }
}

import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { APP_OPTIONS, type AppOptions } from '../../database/database.tokens';
import type { Locale } from '../users/user.entity';
import { briefFileName } from './brief-pdf';
import { deliveryEmail, fromHeader } from './delivery-email';

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

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** How many deliveries one worker has in flight at most (the SMTP pool opens up to POOL connections). */
const BATCH = 16;
const POOL = 5;
/** A delivery held this long in `sending` by a worker that died is taken back and tried again. */
const LEASE_MINUTES = 10;
const POLL_MS = 1000;
const MAX_BACKOFF_S = 6 * 3600;

/** Errors that say the message itself cannot be sent; anything else without an SMTP code is a network problem. */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Sends the brief deliveries. The deliveries table is the outbox: a send writes its rows in one transaction,
 * and every instance with JOBS_ENABLED claims queued rows with FOR UPDATE SKIP LOCKED, so two instances never
 * take the same row. A row is marked sent the moment the SMTP server accepts it, and only a row still held
 * by the worker can change, so retries and restarts never send a (version, official) pair twice — with one
 * exception no mail system avoids: a process killed between the server's "250 OK" and that update. Its row
 * is taken back after the lease and sent again with the same Message-ID, which receiving systems use to
 * recognise the duplicate.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('deliveries');
  private transport?: Transporter;
  private outbox?: string;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly sends = new Map<string, SendInfo>();
  private readonly pdfs = new Map<string, Buffer>();

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.connect === false || !this.config.jobsEnabled) return;
    if (this.config.smtpUrl) {
      this.transport = nodemailer.createTransport({ url: this.config.smtpUrl, pool: true, maxConnections: POOL, maxMessages: 1000 } as SMTPPool.Options);
    } else {
      this.outbox = join(this.config.dataDir, 'outbox');
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
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
    await this.loop; // the batch in flight finishes and is recorded before the database closes
    this.transport?.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed: ClaimedRow[] = [];
      try {
        claimed = await this.claim();
        if (claimed.length) await Promise.all(claimed.map((d) => this.deliver(d)));
      } catch (e) {
        this.logger.error({ err: { message: (e as Error).message } }, 'delivery loop error');
      }
      if (claimed.length === 0 && this.running) {
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
  }

  /** Takes up to BATCH due rows, within what MAIL_RATE_PER_MINUTE leaves for this minute across instances. */
  private async claim(): Promise<ClaimedRow[]> {
    return this.em.fork().getConnection().execute<ClaimedRow[]>(
      `with budget as (
         select greatest(0, ?::int - (select count(*) from deliveries where last_attempt_at > now() - interval '1 minute'))::int as n
       ), picked as (
         select id from deliveries
          where (status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now())
          order by next_attempt_at, id
          limit least(?::int, (select n from budget))
          for update skip locked
       )
       update deliveries d
          set status = 'sending', attempts = d.attempts + 1, last_attempt_at = now(),
              lease_until = now() + interval '${LEASE_MINUTES} minutes', updated_at = now()
         from picked where d.id = picked.id
       returning d.id, d.send_id, d.version_id, d.to_email, d.to_name, d.to_position, d.to_institution, d.message_id, d.attempts`,
      [this.config.mailRatePerMinute, BATCH],
    );
  }

  private async sendInfo(sendId: string): Promise<SendInfo> {
    let info = this.sends.get(sendId);
    if (!info) {
      const [r] = await this.em.fork().getConnection().execute<
        { subject: string; message: string; reply_to: string; sender_name: string; number: number; title: string; locale: Locale; campaign_title: string; slug: string }[]
      >(
        `select s.subject, s.message, s.reply_to, s.sender_name, v.number, v.title, b.locale, c.title as campaign_title, c.slug
           from brief_sends s join brief_versions v on v.id = s.version_id join briefs b on b.id = v.brief_id join campaigns c on c.id = b.campaign_id
          where s.id = ?`,
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
      const [r] = await this.em.fork().getConnection().execute<{ pdf: Buffer | null }[]>('select pdf from brief_versions where id = ?', [versionId]);
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
    try {
      const sent = await this.transport!.sendMail({
        from: fromHeader(info.senderName, this.config.mailFrom, info.locale),
        to: { name: d.to_name, address: d.to_email },
        replyTo: { name: info.senderName, address: info.replyTo },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: d.message_id,
        headers: { 'Content-Language': info.locale },
        attachments: [{ filename: briefFileName(info.campaignSlug, info.versionNumber), content: pdf, contentType: 'application/pdf' }],
      });
      let response = (sent as { response?: string }).response ?? null;
      if (this.outbox) {
        mkdirSync(this.outbox, { recursive: true });
        const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-brief-${d.id.slice(0, 8)}.eml`);
        writeFileSync(file, (sent as unknown as { message: Buffer }).message);
        response = `written to ${file} (no SMTP_URL)`;
      }
      await this.finish(d, 'sent', { response });
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
    }
  }

  /** Records the outcome, but only while this worker still holds the row. */
  private async finish(d: ClaimedRow, status: 'sent' | 'bounced' | 'failed' | 'queued', o: { response?: string | null; error?: string; retryInSeconds?: number }): Promise<void> {
    const conn = this.em.fork().getConnection();
    if (status === 'sent') {
      await conn.execute(
        `update deliveries set status = 'sent', sent_at = now(), smtp_response = ?, last_error = null, lease_until = null, updated_at = now() where id = ? and status = 'sending'`,
        [o.response ?? null, d.id],
      );
    } else if (status === 'queued') {
      await conn.execute(
        `update deliveries set status = 'queued', next_attempt_at = now() + make_interval(secs => ?), smtp_response = ?, last_error = ?, lease_until = null, updated_at = now() where id = ? and status = 'sending'`,
        [o.retryInSeconds ?? 60, o.response ?? null, (o.error ?? '').slice(0, 1000), d.id],
      );
      this.logger.warn({ delivery: d.id, attempt: d.attempts, retryInSeconds: Math.round(o.retryInSeconds ?? 0), error: o.error?.slice(0, 200) }, 'delivery will be retried');
    } else {
      await conn.execute(
        `update deliveries set status = ?, smtp_response = ?, last_error = ?, lease_until = null, updated_at = now() where id = ? and status = 'sending'`,
        [status, o.response?.slice(0, 1000) ?? null, (o.error ?? '').slice(0, 1000), d.id],
      );
      this.logger.warn({ delivery: d.id, status, error: o.error?.slice(0, 200) }, `delivery ${status}`);
    }
  }
}

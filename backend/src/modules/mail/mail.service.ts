import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import type { Locale } from '../users/user.entity';
import { renderMail, unsubscribeFooter, type MailTemplate } from './mail.templates';

/** A file to attach, named by kind and reference: it is produced when the mail is delivered, so jobs stay small. */
export interface AttachmentRef {
  kind: string;
  ref: string;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export type AttachmentProvider = (ref: string) => Promise<MailAttachment | null>;

export interface MailJob {
  to: string;
  locale: Locale;
  template: MailTemplate;
  attachments?: AttachmentRef[];
  /** A notification email: its one-click unsubscribe token (RFC 8058), and whether it is the daily digest. */
  unsubscribe?: { token: string; digest?: boolean };
}

/** Options of a notification email (never of a transactional one: password reset, verification, sign-on). */
export interface SendOptions {
  unsubscribe?: { token: string; digest?: boolean };
}

const QUEUE = 'mail.send';

/**
 * Sends mail through SMTP_URL, or, without it, writes each message as an .eml file under DATA_DIR/outbox
 * so a newcomer can read what Puente would have sent. Sending runs as a job with retries.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private readonly transport: Transporter;
  private readonly outbox?: string;
  private readonly attachmentProviders = new Map<string, AttachmentProvider>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    if (config.smtpUrl) {
      this.transport = nodemailer.createTransport(config.smtpUrl);
    } else {
      this.outbox = join(config.dataDir, 'outbox');
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
    jobs.register<MailJob>(QUEUE, (job) => this.deliver(job));
  }

  /** Lets a module attach files of one kind (a certificate PDF, say) by reference. */
  registerAttachments(kind: string, provider: AttachmentProvider): void {
    this.attachmentProviders.set(kind, provider);
  }

  async send(to: string, locale: Locale, template: MailTemplate, attachments?: AttachmentRef[], options: SendOptions = {}): Promise<void> {
    await this.jobs.enqueue<MailJob>(QUEUE, { to, locale, template, ...(attachments?.length ? { attachments } : {}), ...(options.unsubscribe ? { unsubscribe: options.unsubscribe } : {}) });
  }

  /** To an account, in its language; nothing for a deleted account (its email is gone). */
  async sendToUser(user: { email: string | null; locale: Locale }, template: MailTemplate, attachments?: AttachmentRef[], options: SendOptions = {}): Promise<boolean> {
    if (!user.email) return false;
    await this.send(user.email, user.locale, template, attachments, options);
    return true;
  }

  private async resolveAttachments(refs: AttachmentRef[] = []): Promise<MailAttachment[]> {
    const files: MailAttachment[] = [];
    for (const r of refs) {
      const provider = this.attachmentProviders.get(r.kind);
      if (!provider) throw new Error(`no attachment provider for ${r.kind}`);
      const file = await provider(r.ref);
      if (file) files.push(file);
    }
    return files;
  }

  /** Renders and hands the message to the transport. Logs the template, never the body or the token. */
  async deliver(job: MailJob): Promise<void> {
    // One-click unsubscribe (RFC 8058): mail programs POST to the API address; the visible link opens a page
    // with a button, because mail scanners follow links and a GET must not change anything.
    const unsub = job.unsubscribe ? encodeURIComponent(job.unsubscribe.token) : undefined;
    const footer = unsub ? unsubscribeFooter(job.locale, `${this.config.publicUrl}/avisos/baja?token=${unsub}`, job.unsubscribe?.digest === true) : undefined;
    const listHeaders: Record<string, string> = unsub
      ? { 'List-Unsubscribe': `<${this.config.publicUrl}/api/notifications/unsubscribe?token=${unsub}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {};
    const mail = renderMail(job.template, job.locale, footer);
    const attachments = await this.resolveAttachments(job.attachments);
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: job.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': job.locale, ...listHeaders },
      attachments,
    });
    if (this.outbox) {
      mkdirSync(this.outbox, { recursive: true });
      const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${job.template.name}-${randomUUID().slice(0, 8)}.eml`);
      writeFileSync(file, (info as unknown as { message: Buffer }).message);
      this.logger.log({ template: job.template.name, file }, 'mail written to outbox (no SMTP_URL)');
    } else {
      this.logger.log({ template: job.template.name, messageId: info.messageId }, 'mail sent');
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

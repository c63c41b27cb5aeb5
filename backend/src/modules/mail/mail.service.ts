import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import type { Locale } from '../users/user.entity';
import { renderMail, type MailTemplate } from './mail.templates';

export interface MailJob {
  to: string;
  locale: Locale;
  template: MailTemplate;
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

  async send(to: string, locale: Locale, template: MailTemplate): Promise<void> {
    await this.jobs.enqueue<MailJob>(QUEUE, { to, locale, template });
  }

  /** To an account, in its language; nothing for a deleted account (its email is gone). */
  async sendToUser(user: { email: string | null; locale: Locale }, template: MailTemplate): Promise<boolean> {
    if (!user.email) return false;
    await this.send(user.email, user.locale, template);
    return true;
  }

  /** Renders and hands the message to the transport. Logs the template, never the body or the token. */
  async deliver(job: MailJob): Promise<void> {
    const mail = renderMail(job.template, job.locale);
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: job.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': job.locale },
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

import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { BriefSend, Delivery, DeliveryReply, type DeliveryStatus } from './advocacy.entities';
import { briefFileName } from './brief-pdf';
import { BriefsService } from './briefs.service';
import { canEditCampaign } from './campaign-access';
import { deliveryEmail } from './delivery-email';
import { DeliveryWorker } from './delivery-worker.service';
import { pgArray } from '../../common/db/pg-array';
import type { BriefDeliveriesResponse, CreateReplyRequest, CreateSendRequest, DeliveryResponse, FollowUpItem, RecipientOutcome, SendCreated, SendRecipient, SendResponse, StatusCounts } from './sends.dto';

const FOLLOW_UP_QUEUE = 'advocacy.follow-up';
/** One collator for every sort (localeCompare builds one per call). */
const COLLATOR = new Intl.Collator('es');

function counts(statuses: DeliveryStatus[]): StatusCounts {
  const c: StatusCounts = { queued: 0, sending: 0, sent: 0, failed: 0, bounced: 0, replied: 0 };
  for (const s of statuses) c[s]++;
  return c;
}

function deliveryResponse(d: Delivery): DeliveryResponse {
  return {
    id: d.id,
    sendId: d.send.id,
    version: d.version.number,
    officialId: d.official.id,
    name: d.toName,
    position: d.toPosition,
    institution: d.toInstitution,
    email: d.toEmail,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'queued' ? d.nextAttemptAt.toISOString() : null,
    lastError: d.lastError,
    smtpResponse: d.smtpResponse,
    sentAt: d.sentAt?.toISOString() ?? null,
    messageId: d.messageId,
    replies: d.replies.isInitialized()
      ? d.replies
          .getItems()
          .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
          .map((r) => ({ id: r.id, receivedAt: r.receivedAt.toISOString(), channel: r.channel, summary: r.summary, url: r.url, recordedBy: r.recordedBy.displayName }))
      : [],
  };
}

@Injectable()
export class SendsService {
  private readonly logger = new Logger('sends');

  constructor(
    private readonly em: EntityManager,
    private readonly briefs: BriefsService,
    private readonly worker: DeliveryWorker,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.register(FOLLOW_UP_QUEUE, () => this.remindFollowUps().then(() => undefined));
    jobs.scheduleCron(FOLLOW_UP_QUEUE, config.followUpCron);
  }

  /**
   * Resolves the recipients and, unless it is a dry run, writes the send and one delivery per official in
   * one transaction (the outbox the worker reads). An official who already received this version is skipped:
   * the unique (version, official) pair holds even when two sends race.
   */
  async create(user: User, briefId: string, dto: CreateSendRequest, dryRun: boolean): Promise<SendCreated> {
    if (dto.officialIds && dto.filter) throw new ValidationFailedException([{ field: 'filter', rule: 'oneOfTargets', args: [] }]);
    const brief = await this.briefs.editable(user, briefId);
    const version = await this.briefs.version(brief, dto.version);
    if (!user.email) throw new AppException(HttpStatus.FORBIDDEN, 'auth.forbidden');

    // Plain rows, not entities: a send may name thousands of officials.
    const conditions: string[] = [];
    const params: unknown[] = [version.id];
    if (dto.officialIds) {
      conditions.push('o.id = any(?::uuid[])');
      params.push(pgArray([...new Set(dto.officialIds)]));
    } else {
      conditions.push('o.active');
      const add = (sql: string, value: unknown) => {
        conditions.push(sql);
        params.push(value);
      };
      if (dto.filter?.country) add('o.country = ?', dto.filter.country);
      if (dto.filter?.level) add('o.level = ?', dto.filter.level);
      if (dto.filter?.institution) add(`o.institution ilike ? escape '\\'`, dto.filter.institution.replace(/[\\%_]/g, (c) => `\\${c}`));
    }
    const officials = await this.em.getConnection().execute<OfficialRow[]>(
      `select o.id, o.name, o.position, o.institution, o.email, o.active, o.needs_verification,
              exists (select 1 from deliveries d where d.version_id = ? and d.official_id = o.id) as sent
         from officials o where ${conditions.join(' and ')}`,
      params,
    );
    officials.sort((a, b) => COLLATOR.compare(a.institution, b.institution) || COLLATOR.compare(a.name, b.name));
    const found = new Set(officials.map((o) => o.id));
    const missing = dto.officialIds ? [...new Set(dto.officialIds)].filter((id) => !found.has(id)) : [];
    const already = new Set(officials.filter((o) => o.sent).map((o) => o.id));

    const campaign = brief.campaign;
    const preview = (o: OfficialRow) => {
      const mail = deliveryEmail({
        locale: brief.locale,
        toName: o.name,
        toPosition: o.position,
        toInstitution: o.institution,
        subject: dto.subject,
        message: dto.message,
        senderName: user.displayName,
        replyTo: user.email!,
        briefTitle: version.title,
        campaignTitle: campaign.title,
        campaignUrl: `${this.config.publicUrl}/campanas/${campaign.slug}`,
        siteName: this.config.issuerName,
      });
      return { subject: mail.subject, text: mail.text, replyTo: user.email!, attachment: briefFileName(campaign.slug, version.number) };
    };
    const recipients: SendRecipient[] = officials.map((o) => {
      const outcome: RecipientOutcome = !o.active
        ? 'inactive'
        : !o.email
          ? 'no_email'
          : already.has(o.id)
            ? 'already_sent'
            : o.needs_verification && !dto.includeUnverified
              ? 'needs_verification'
              : dryRun
                ? 'will_send'
                : 'queued';
      return {
        officialId: o.id,
        name: o.name,
        position: o.position,
        institution: o.institution,
        email: o.email,
        needsVerification: o.needs_verification,
        outcome,
        // The personalised text is what a preview is for; a real send answers with the outcomes only.
        preview: outcome === 'will_send' ? preview(o) : null,
      };
    });
    for (const id of missing) recipients.push({ officialId: id, name: '', position: null, institution: '', email: null, needsVerification: false, outcome: 'not_found', preview: null });
    const targets = officials.filter((o) => o.active && o.email && !already.has(o.id) && (!o.needs_verification || dto.includeUnverified));

    if (dryRun) return { dryRun: true, sendId: null, version: version.number, toSend: targets.length, skipped: recipients.length - targets.length, recipients };
    // The email points officials to the campaign's public page: a draft has none yet.
    if (campaign.status === 'draft') throw new AppException(HttpStatus.CONFLICT, 'sends.campaign_draft');
    if (targets.length === 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, 'sends.no_recipients');

    await this.briefs.freeze(brief, version);
    const sendId = randomUUID();
    const inserted = await this.em.transactional(async (em) => {
      const conn = em.getConnection();
      const ctx = em.getTransactionContext();
      await conn.execute(
        `insert into brief_sends (id, version_id, subject, message, filter, created_by_id, reply_to, sender_name) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [sendId, version.id, dto.subject, dto.message, dto.filter ? JSON.stringify(dto.filter) : null, user.id, user.email, user.displayName],
        'run',
        ctx,
      );
      // Straight from the directory in SQL (one small parameter, not a column of values per field).
      const rows = await conn.execute<{ official_id: string }[]>(
        `insert into deliveries (id, send_id, version_id, official_id, to_email, to_name, to_position, to_institution, message_id)
         select x.id, ?::uuid, ?::uuid, x.official_id, x.email, x.name, x.position, x.institution, '<' || x.id || '@' || ?::text || '>'
           from (select gen_random_uuid() as id, o.id as official_id, o.email, o.name, o.position, o.institution
                   from officials o where o.id = any(?::uuid[]) and o.active and o.email is not null) x
         on conflict (version_id, official_id) do nothing
         returning official_id`,
        [sendId, version.id, new URL(this.config.publicUrl).hostname, pgArray(targets.map((o) => o.id))],
        'all',
        ctx,
      );
      if (rows.length === 0) await conn.execute('delete from brief_sends where id = ?', [sendId], 'run', ctx);
      return new Set(rows.map((r) => r.official_id));
    });
    // A send racing this one took some pairs first: those are reported as already sent.
    for (const r of recipients) if (r.outcome === 'queued' && !inserted.has(r.officialId)) r.outcome = 'already_sent';
    if (inserted.size === 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, 'sends.no_recipients');
    this.logger.log({ send: sendId, brief: brief.id, version: version.number, deliveries: inserted.size }, 'send queued');
    this.worker.kick();
    return { dryRun: false, sendId, version: version.number, toSend: inserted.size, skipped: recipients.length - inserted.size, recipients };
  }

  private async editableDelivery(user: User, id: string): Promise<Delivery> {
    const d = await this.em.findOne(Delivery, id, {
      populate: ['send', 'version', 'official', 'replies', 'replies.recordedBy', 'version.brief.campaign.owner', 'version.brief.campaign.coAdvocates'],
    });
    if (!d) throw new AppException(HttpStatus.NOT_FOUND, 'deliveries.not_found');
    if (!canEditCampaign(user, d.version.brief.campaign)) throw new AppException(HttpStatus.FORBIDDEN, 'campaigns.not_yours');
    return d;
  }

  async send(user: User, id: string): Promise<SendResponse> {
    const s = await this.em.findOne(BriefSend, id, { populate: ['version', 'createdBy', 'version.brief.campaign.owner', 'version.brief.campaign.coAdvocates'] });
    if (!s) throw new AppException(HttpStatus.NOT_FOUND, 'sends.not_found');
    if (!canEditCampaign(user, s.version.brief.campaign)) throw new AppException(HttpStatus.FORBIDDEN, 'campaigns.not_yours');
    const deliveries = await this.em.find(Delivery, { send: s.id }, { populate: ['official', 'version', 'replies', 'replies.recordedBy'], orderBy: { toInstitution: 'asc', toName: 'asc' } });
    const c = counts(deliveries.map((d) => d.status));
    return {
      id: s.id,
      briefId: s.version.brief.id,
      briefTitle: s.version.title,
      campaignSlug: s.version.brief.campaign.slug,
      version: s.version.number,
      subject: s.subject,
      message: s.message,
      createdBy: s.createdBy.displayName,
      createdAt: s.createdAt.toISOString(),
      total: deliveries.length,
      counts: c,
      finished: c.queued + c.sending === 0,
      deliveries: deliveries.map(deliveryResponse),
    };
  }

  async forBrief(user: User, briefId: string): Promise<BriefDeliveriesResponse> {
    const brief = await this.briefs.editable(user, briefId);
    const sends = await this.em.find(BriefSend, { version: { brief: brief.id } }, { populate: ['version'], orderBy: { createdAt: 'desc' } });
    const deliveries = await this.em.find(Delivery, { version: { brief: brief.id } }, { populate: ['official', 'version', 'send', 'replies', 'replies.recordedBy'], orderBy: { createdAt: 'desc', toInstitution: 'asc' } });
    return {
      sends: sends.map((s) => {
        const mine = deliveries.filter((d) => d.send.id === s.id);
        return { id: s.id, version: s.version.number, subject: s.subject, createdAt: s.createdAt.toISOString(), total: mine.length, counts: counts(mine.map((d) => d.status)) };
      }),
      deliveries: deliveries.map(deliveryResponse),
    };
  }

  /** Records a reply; the delivery becomes `replied`. Only a delivery that went out can have one. */
  async reply(user: User, id: string, dto: CreateReplyRequest): Promise<DeliveryResponse> {
    const d = await this.editableDelivery(user, id);
    if (d.status !== 'sent' && d.status !== 'replied') throw new AppException(HttpStatus.CONFLICT, 'deliveries.not_sent');
    const receivedAt = new Date(dto.receivedAt);
    if (d.sentAt && receivedAt.getTime() < d.sentAt.getTime() - 86_400_000) throw new ValidationFailedException([{ field: 'receivedAt', rule: 'afterSending', args: [] }]);
    if (receivedAt.getTime() > Date.now() + 86_400_000) throw new ValidationFailedException([{ field: 'receivedAt', rule: 'notInFuture', args: [] }]);
    const r = this.em.create(DeliveryReply, { delivery: d, receivedAt, channel: dto.channel, summary: dto.summary, url: dto.url || null, recordedBy: user });
    d.replies.add(r);
    d.status = 'replied';
    await this.em.flush();
    return deliveryResponse(d);
  }

  /**
   * Puts a failed or bounced delivery back in the queue, to the official's current address (which an
   * advocate may have corrected after a bounce). Never a delivery that went out.
   */
  async retry(user: User, id: string): Promise<DeliveryResponse> {
    const d = await this.editableDelivery(user, id);
    if (d.status !== 'failed' && d.status !== 'bounced') throw new AppException(HttpStatus.CONFLICT, 'deliveries.not_retryable');
    if (!d.official.email || !d.official.active) throw new AppException(HttpStatus.CONFLICT, 'deliveries.no_address');
    await this.em.getConnection().execute(
      `update deliveries set status = 'queued', to_email = ?, attempts = 0, next_attempt_at = now(), last_error = null, smtp_response = null, claim_token = null, updated_at = now() where id = ? and status in ('failed', 'bounced')`,
      [d.official.email, d.id],
      'run',
    );
    await this.em.refresh(d);
    this.worker.kick();
    return deliveryResponse(d);
  }

  /** Deliveries of the user's campaigns sent FOLLOW_UP_DAYS ago or more without a reply. */
  async followUps(user: User): Promise<FollowUpItem[]> {
    const rows = await this.followUpRows(user.roles.includes('admin') ? null : user.id);
    return rows.map((r) => this.followUpItem(r));
  }

  private followUpItem(r: FollowUpRow): FollowUpItem {
    return {
      deliveryId: r.id,
      sendId: r.send_id,
      campaignTitle: r.campaign_title,
      briefTitle: r.brief_title,
      institution: r.to_institution,
      name: r.to_name,
      sentAt: new Date(r.sent_at).toISOString(),
      daysWaiting: Math.floor((Date.now() - new Date(r.sent_at).getTime()) / 86_400_000),
    };
  }

  private followUpRows(userId: string | null, onlyUnreminded = false): Promise<FollowUpRow[]> {
    return this.em.fork().getConnection().execute<FollowUpRow[]>(
      `select d.id, d.send_id, d.to_institution, d.to_name, d.sent_at, v.title as brief_title, c.title as campaign_title, s.created_by_id as sender_id
         from deliveries d
         join brief_sends s on s.id = d.send_id
         join brief_versions v on v.id = d.version_id
         join briefs b on b.id = v.brief_id
         join campaigns c on c.id = b.campaign_id
        where d.status = 'sent' and d.sent_at < now() - make_interval(days => ?)
          ${onlyUnreminded ? 'and d.follow_up_reminded_at is null' : ''}
          ${userId ? `and (c.owner_id = ? or s.created_by_id = ? or exists (select 1 from campaign_advocates ca where ca.campaign_id = c.id and ca.user_id = ?))` : ''}
        order by d.sent_at`,
      userId ? [this.config.followUpDays, userId, userId, userId] : [this.config.followUpDays],
    );
  }

  /**
   * The scheduled reminder: each advocate who made a send gets one email listing its deliveries still
   * without a reply after FOLLOW_UP_DAYS; each delivery is listed once.
   */
  async remindFollowUps(): Promise<number> {
    const rows = await this.followUpRows(null, true);
    if (rows.length === 0) return 0;
    const em = this.em.fork();
    const bySender = new Map<string, FollowUpRow[]>();
    for (const r of rows) bySender.set(r.sender_id, [...(bySender.get(r.sender_id) ?? []), r]);
    let mails = 0;
    for (const [senderId, items] of bySender) {
      const sender = await em.findOne(User, senderId);
      if (sender?.email) {
        const fmt = new Intl.DateTimeFormat(sender.locale === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Madrid' });
        await this.mail.sendToUser(sender, {
          name: 'advocacy_follow_up',
          params: {
            displayName: sender.displayName,
            count: items.length,
            days: this.config.followUpDays,
            items: items.map((r) => `• ${r.to_institution} — ${r.to_name}: «${r.brief_title}» (${fmt.format(new Date(r.sent_at))})`).join('\n'),
            link: `${this.config.publicUrl}/incidencia`,
          },
        });
        mails++;
      }
      await em.getConnection().execute(`update deliveries set follow_up_reminded_at = now() where id = any(?::uuid[])`, [pgArray(items.map((r) => r.id))]);
    }
    this.logger.log({ deliveries: rows.length, mails }, 'follow-up reminders sent');
    return mails;
  }
}

interface OfficialRow {
  id: string;
  name: string;
  position: string | null;
  institution: string;
  email: string | null;
  active: boolean;
  needs_verification: boolean;
  sent: boolean;
}

interface FollowUpRow {
  id: string;
  send_id: string;
  to_institution: string;
  to_name: string;
  sent_at: Date;
  brief_title: string;
  campaign_title: string;
  sender_id: string;
}


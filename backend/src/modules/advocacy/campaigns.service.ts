import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { User } from '../users/user.entity';
import { Brief, Campaign, type CampaignStatus } from './advocacy.entities';
import { canEditCampaign, canManageTeam, slugify } from './campaign-access';
import { pgArray } from '../../common/db/pg-array';
import type { CampaignDetail, CampaignSummary, CreateCampaignRequest, TransparencyResponse, UpdateCampaignRequest } from './campaigns.dto';

const PUBLIC_STATUSES: CampaignStatus[] = ['published', 'closed'];

@Injectable()
export class CampaignsService {
  constructor(private readonly em: EntityManager) {}

  /** A campaign by id for someone who runs it: 404 when it does not exist, 403 when it is not theirs. */
  async editable(user: User, id: string): Promise<Campaign> {
    const c = await this.em.findOne(Campaign, id, { populate: ['owner', 'coAdvocates'] });
    if (!c) throw new AppException(HttpStatus.NOT_FOUND, 'campaigns.not_found');
    if (!canEditCampaign(user, c)) throw new AppException(HttpStatus.FORBIDDEN, 'campaigns.not_yours');
    return c;
  }

  /** By slug: published and closed ones for everyone, drafts only for who runs them (404 for the rest). */
  async bySlug(slug: string, user: User | undefined): Promise<Campaign> {
    const c = await this.em.findOne(Campaign, { slug }, { populate: ['owner', 'coAdvocates'] });
    if (!c || (!PUBLIC_STATUSES.includes(c.status) && !canEditCampaign(user, c))) throw new AppException(HttpStatus.NOT_FOUND, 'campaigns.not_found');
    return c;
  }

  async create(user: User, dto: CreateCampaignRequest): Promise<Campaign> {
    const team = await this.advocates(dto.coAdvocates ?? [], user);
    const slug = dto.slug ?? (await this.freeSlug(slugify(dto.title)));
    const c = this.em.create(Campaign, {
      slug,
      title: dto.title,
      summary: dto.summary,
      problem: dto.problem,
      asks: dto.asks,
      audiences: [...new Set(dto.audiences)],
      locale: dto.locale ?? 'es',
      owner: user,
    });
    c.coAdvocates.set(team);
    await this.flushSlug();
    return c;
  }

  async update(user: User, id: string, dto: UpdateCampaignRequest): Promise<Campaign> {
    const c = await this.editable(user, id);
    if (dto.coAdvocates !== undefined) {
      if (!canManageTeam(user, c)) throw new AppException(HttpStatus.FORBIDDEN, 'campaigns.team_owner_only');
      c.coAdvocates.set(await this.advocates(dto.coAdvocates, c.owner));
    }
    for (const f of ['title', 'slug', 'summary', 'problem', 'asks', 'locale'] as const) if (dto[f] !== undefined) (c as unknown as Record<string, unknown>)[f] = dto[f];
    if (dto.audiences) c.audiences = [...new Set(dto.audiences)];
    if (dto.status && dto.status !== c.status) {
      // A campaign is closed after it was public; a draft is published first (or stays a draft).
      if (dto.status === 'closed' && !c.publishedAt) throw new ValidationFailedException([{ field: 'status', rule: 'publishFirst', args: [] }]);
      c.status = dto.status;
      if (dto.status === 'published') {
        c.publishedAt ??= new Date();
        c.closedAt = null;
      }
      if (dto.status === 'closed') c.closedAt = new Date();
    }
    await this.flushSlug();
    return c;
  }

  /** Accounts named as co-advocates: each must exist and hold the advocate role. */
  private async advocates(emails: string[], owner: User): Promise<User[]> {
    const wanted = [...new Set(emails)].filter((e) => e !== owner.email);
    if (wanted.length === 0) return [];
    const found = await this.em.find(User, { email: { $in: wanted }, deletedAt: null });
    const ok = new Map(found.filter((u) => u.roles.includes('advocate') || u.roles.includes('admin')).map((u) => [u.email!, u]));
    // Field names point into the list as sent.
    const problems = emails.flatMap((e, i) => (e !== owner.email && !ok.has(e) ? [{ field: `coAdvocates.${i}`, rule: 'advocateAccount', args: [] as unknown[] }] : []));
    if (problems.length) throw new ValidationFailedException(problems);
    return wanted.map((e) => ok.get(e)!);
  }

  private async freeSlug(base: string): Promise<string> {
    const taken = new Set(
      (await this.em.find(Campaign, { slug: { $like: `${base}%` } }, { fields: ['slug'] })).map((c) => c.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private async flushSlug(): Promise<void> {
    try {
      await this.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw new ValidationFailedException([{ field: 'slug', rule: 'slugTaken', args: [] }]);
      throw e;
    }
  }

  async listPublic(status?: 'published' | 'closed'): Promise<CampaignSummary[]> {
    const rows = await this.em.find(Campaign, { status: status ? status : { $in: PUBLIC_STATUSES } }, { orderBy: { publishedAt: 'desc' } });
    // Open ones first, then closed; newest first within each.
    return this.summaries(rows.sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed')));
  }

  async listMine(user: User): Promise<CampaignSummary[]> {
    const where = user.roles.includes('admin') ? {} : { $or: [{ owner: user.id }, { coAdvocates: user.id }] };
    const rows = await this.em.find(Campaign, where, { orderBy: { updatedAt: 'desc' } });
    return this.summaries(rows);
  }

  private async summaries(rows: Campaign[]): Promise<CampaignSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((c) => c.id);
    const counts = await this.em.getConnection().execute<{ campaign_id: string; signatures: string; recipients: string }[]>(
      `select c.id as campaign_id,
              (select count(*) from campaign_signatures s where s.campaign_id = c.id and s.confirmed_at is not null) as signatures,
              (select count(distinct d.official_id) from deliveries d join brief_versions v on v.id = d.version_id join briefs b on b.id = v.brief_id
                 where b.campaign_id = c.id and d.status in ('sent', 'replied')) as recipients
         from campaigns c where c.id = any(?::uuid[])`,
      [pgArray(ids)],
    );
    const by = new Map(counts.map((r) => [r.campaign_id, r]));
    return rows.map((c) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      audiences: c.audiences,
      status: c.status,
      locale: c.locale,
      publishedAt: c.publishedAt?.toISOString() ?? null,
      signatureCount: Number(by.get(c.id)?.signatures ?? 0),
      recipientCount: Number(by.get(c.id)?.recipients ?? 0),
    }));
  }

  /** Who received the campaign's briefs and who replied: one row per official, first send and first reply. */
  async transparency(campaignId: string): Promise<TransparencyResponse> {
    // One row per official (however often their name or post changed between sends): the latest name,
    // the first send and the first reply.
    const rows = await this.em.getConnection().execute<
      { institution: string; name: string; position: string | null; country: string; sent_at: Date; replied_at: Date | null; channel: string | null; url: string | null }[]
    >(
      `select x.institution, x.name, x.position, o.country, x.sent_at, r.received_at as replied_at, r.channel, r.url
         from (
           select d.official_id,
                  (array_agg(d.to_institution order by d.sent_at desc))[1] as institution,
                  (array_agg(d.to_name order by d.sent_at desc))[1] as name,
                  (array_agg(d.to_position order by d.sent_at desc))[1] as position,
                  min(d.sent_at) as sent_at
             from deliveries d join brief_versions v on v.id = d.version_id join briefs b on b.id = v.brief_id
            where b.campaign_id = ? and d.status in ('sent', 'replied')
            group by d.official_id
         ) x
         join officials o on o.id = x.official_id
         left join lateral (
           select r.received_at, r.channel, r.url from delivery_replies r join deliveries d2 on d2.id = r.delivery_id
             join brief_versions v2 on v2.id = d2.version_id join briefs b2 on b2.id = v2.brief_id
            where d2.official_id = x.official_id and b2.campaign_id = ?
            order by r.received_at limit 1
         ) r on true
        order by x.institution, x.name`,
      [campaignId, campaignId],
    );
    const recipients = rows.map((r) => ({
      institution: r.institution,
      name: r.name,
      position: r.position,
      country: r.country,
      sentAt: new Date(r.sent_at).toISOString(),
      repliedAt: r.replied_at ? new Date(r.replied_at).toISOString() : null,
      replyChannel: (r.channel as TransparencyResponse['recipients'][number]['replyChannel']) ?? null,
      replyUrl: r.url,
    }));
    const replied = recipients.filter((r) => r.repliedAt).length;
    return { recipients, sent: recipients.length, replied, replyRate: recipients.length ? replied / recipients.length : 0 };
  }

  async detail(c: Campaign, user: User | undefined): Promise<CampaignDetail> {
    const [summary] = await this.summaries([c]);
    const transparency = await this.transparency(c.id);
    let manage: CampaignDetail['manage'] = null;
    if (canEditCampaign(user, c)) {
      const briefs = await this.em.find(Brief, { campaign: c.id }, { orderBy: { updatedAt: 'desc' } });
      const sendCounts = await this.em.getConnection().execute<{ brief_id: string; n: string }[]>(
        `select v.brief_id, count(*) as n from brief_sends s join brief_versions v on v.id = s.version_id join briefs b on b.id = v.brief_id where b.campaign_id = ? group by v.brief_id`,
        [c.id],
      );
      const pending = await this.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from campaign_signatures where campaign_id = ? and confirmed_at is null`, [c.id]);
      manage = {
        problem: c.problem,
        asks: c.asks,
        ownerId: c.owner.id,
        coAdvocates: c.coAdvocates.getItems().map((u) => ({ id: u.id, displayName: u.displayName, email: u.email })),
        canManageTeam: canManageTeam(user!, c),
        pendingSignatures: Number(pending[0]?.n ?? 0),
        briefs: briefs.map((b) => ({
          id: b.id,
          title: '',
          latestVersion: b.latestVersion,
          updatedAt: b.updatedAt.toISOString(),
          sends: Number(sendCounts.find((s) => s.brief_id === b.id)?.n ?? 0),
        })),
      };
      if (briefs.length) {
        const titles = await this.em.getConnection().execute<{ brief_id: string; title: string }[]>(
          `select v.brief_id, v.title from brief_versions v join briefs b on b.id = v.brief_id and v.number = b.latest_version where b.campaign_id = ?`,
          [c.id],
        );
        for (const b of manage.briefs) b.title = titles.find((t) => t.brief_id === b.id)?.title ?? '';
      }
    }
    return {
      ...summary,
      problemHtml: renderMarkdown(c.problem, { nested: true }),
      asksHtml: renderMarkdown(c.asks, { nested: true }),
      ownerName: c.owner.displayName,
      closedAt: c.closedAt?.toISOString() ?? null,
      transparency,
      manage,
    };
  }
}

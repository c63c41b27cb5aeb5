import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { hashToken, newToken } from '../auth/tokens';
import { MailService } from '../mail/mail.service';
import type { Locale, User } from '../users/user.entity';
import { Signature } from './advocacy.entities';
import type { SignatureResult, SignaturesPage, SignRequest } from './campaigns.dto';
import { CampaignsService } from './campaigns.service';

/** An unconfirmed signature's link lasts this long; the row is deleted after it. */
export const PENDING_DAYS = 7;
/** A second request for the same address within this time does not send another email. */
const RESEND_AFTER_MS = 60_000;
const PAGE_SIZE = 100;
/** Organisations listed on the public page (the brief's PDF lists them all). */
const ORGANISATIONS_SHOWN = 200;

@Injectable()
export class SignaturesService {
  private readonly logger = new Logger('signatures');

  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records a sign-on and emails a confirmation link. The answer is the same whether the address had
   * signed before or not, so the form cannot be used to find out who signed.
   */
  async sign(slug: string, dto: SignRequest, locale: Locale, user: User | undefined): Promise<void> {
    const campaign = await this.campaigns.bySlug(slug, user);
    if (campaign.status !== 'published') throw new AppException(HttpStatus.CONFLICT, 'campaigns.signing_closed');
    const token = newToken();
    const existing = await this.em.findOne(Signature, { campaign: campaign.id, email: dto.email });
    if (existing && existing.updatedAt.getTime() > Date.now() - RESEND_AFTER_MS) return;
    const details = { name: dto.name, city: dto.city, country: dto.country, organisation: dto.organisation || null, showName: dto.showName, locale, consentAt: new Date(), tokenHash: hashToken(token) };
    if (existing?.confirmedAt) {
      // Confirmed before: nothing about it changes from an unconfirmed request; a fresh link is sent.
      existing.tokenHash = details.tokenHash;
      existing.updatedAt = new Date();
    } else if (existing) {
      this.em.assign(existing, details);
      existing.updatedAt = new Date();
    } else {
      this.em.create(Signature, { campaign, email: dto.email, ...details });
    }
    // Unique (campaign, email): two requests racing for one address leave one row.
    try {
      await this.em.flush();
    } catch (e) {
      if ((e as { code?: string }).code === '23505') return;
      throw e;
    }
    const base = this.config.publicUrl;
    await this.mail.send(dto.email, locale, {
      name: 'signature_confirm',
      params: {
        // A confirmed signature keeps its own name, whatever a later request typed.
        name: existing?.confirmedAt ? existing.name : dto.name,
        campaignTitle: campaign.title,
        link: `${base}/firmas/confirmar?token=${token}`,
        withdrawLink: `${base}/firmas/retirar?token=${token}`,
      },
    });
  }

  private async byToken(token: string): Promise<Signature> {
    const s = await this.em.findOne(Signature, { tokenHash: hashToken(token) }, { populate: ['campaign'] });
    const expired = s && !s.confirmedAt && s.updatedAt.getTime() < Date.now() - PENDING_DAYS * 86_400_000;
    if (!s || expired) throw new AppException(HttpStatus.BAD_REQUEST, 'signatures.invalid_token');
    return s;
  }

  async confirm(token: string): Promise<SignatureResult> {
    const s = await this.byToken(token);
    if (s.campaign.status === 'draft') throw new AppException(HttpStatus.BAD_REQUEST, 'signatures.invalid_token');
    if (!s.confirmedAt) {
      if (s.campaign.status !== 'published') throw new AppException(HttpStatus.CONFLICT, 'campaigns.signing_closed');
      s.confirmedAt = new Date();
      await this.em.flush();
    }
    return { status: 'confirmed', campaignSlug: s.campaign.slug, campaignTitle: s.campaign.title };
  }

  /** Withdrawing deletes the signature and everything it said about the signer. */
  async withdraw(token: string): Promise<SignatureResult> {
    const s = await this.byToken(token);
    const result: SignatureResult = { status: 'withdrawn', campaignSlug: s.campaign.slug, campaignTitle: s.campaign.title };
    await this.em.nativeDelete(Signature, { id: s.id });
    return result;
  }

  async publicList(campaignId: string, page = 1): Promise<SignaturesPage> {
    const conn = this.em.getConnection();
    const [{ confirmed, shown }] = await conn.execute<{ confirmed: string; shown: string }[]>(
      `select count(*) as confirmed, count(*) filter (where show_name) as shown from campaign_signatures where campaign_id = ? and confirmed_at is not null`,
      [campaignId],
    );
    const rows = await this.em.find(
      Signature,
      { campaign: campaignId, confirmedAt: { $ne: null }, showName: true },
      { orderBy: { confirmedAt: 'desc', id: 'asc' }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, fields: ['name', 'city', 'organisation', 'confirmedAt'] },
    );
    return {
      confirmed: Number(confirmed),
      shown: Number(shown),
      signers: rows.map((s) => ({ name: s.name, city: s.city, organisation: s.organisation, signedAt: s.confirmedAt!.toISOString() })),
      ...(await this.organisationsPage(campaignId)),
      page,
      pageSize: PAGE_SIZE,
    };
  }

  /** The first organisations in alphabetical order for the public page, and how many there are in all. */
  private async organisationsPage(campaignId: string): Promise<{ organisations: string[]; organisationCount: number }> {
    const rows = await this.em.getConnection().execute<{ organisation: string; total: string }[]>(
      `select min(organisation) as organisation, count(*) over () as total from campaign_signatures
        where campaign_id = ? and confirmed_at is not null and show_name and organisation is not null
        group by lower(organisation) order by 1 limit ?`,
      [campaignId, ORGANISATIONS_SHOWN],
    );
    return { organisations: rows.map((r) => r.organisation), organisationCount: Number(rows[0]?.total ?? 0) };
  }

  /** Organisations that signed publicly (a signer who hides their name hides their organisation too). */
  async organisations(campaignId: string): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ organisation: string }[]>(
      `select min(organisation) as organisation from campaign_signatures
        where campaign_id = ? and confirmed_at is not null and show_name and organisation is not null
        group by lower(organisation) order by 1`,
      [campaignId],
    );
    return rows.map((r) => r.organisation);
  }

  async confirmedCount(campaignId: string): Promise<number> {
    return this.em.count(Signature, { campaign: campaignId, confirmedAt: { $ne: null } });
  }

  /** Deletes sign-ons nobody confirmed within the link's lifetime (run daily by the maintenance job). */
  async purgeUnconfirmed(): Promise<number> {
    const n = await this.em.fork().nativeDelete(Signature, { confirmedAt: null, updatedAt: { $lt: new Date(Date.now() - PENDING_DAYS * 86_400_000) } });
    if (n) this.logger.log({ deleted: n }, 'unconfirmed signatures deleted');
    return n;
  }
}

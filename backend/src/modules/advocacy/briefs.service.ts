import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { User } from '../users/user.entity';
import { Brief, BriefVersion, type Campaign } from './advocacy.entities';
import { canEditCampaign } from './campaign-access';
import { renderBriefPdf } from './brief-pdf';
import type { BriefContentRequest, BriefResponse, CreateBriefRequest, VersionResponse, VersionSummary } from './briefs.dto';
import { CampaignsService } from './campaigns.service';
import { SignaturesService } from './signatures.service';

function summary(v: BriefVersion): VersionSummary {
  return { id: v.id, number: v.number, title: v.title, authorName: v.author.displayName, createdAt: v.createdAt.toISOString(), frozenAt: v.frozenAt?.toISOString() ?? null };
}

function full(v: BriefVersion): VersionResponse {
  return { ...summary(v), summary: v.summary, body: v.body, bodyHtml: renderMarkdown(v.body, { nested: true }), recommendations: v.recommendations, citations: v.citations };
}

function sameContent(v: BriefVersion, dto: BriefContentRequest): boolean {
  return (
    v.title === dto.title &&
    v.summary === dto.summary &&
    v.body === dto.body &&
    JSON.stringify(v.recommendations) === JSON.stringify(dto.recommendations) &&
    v.citations.length === dto.citations.length &&
    v.citations.every((c, i) => c.text === dto.citations[i].text && (c.url ?? null) === (dto.citations[i].url || null))
  );
}

@Injectable()
export class BriefsService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly signatures: SignaturesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A brief for someone who runs its campaign (404 / 403 otherwise). */
  async editable(user: User, id: string): Promise<Brief> {
    const b = await this.em.findOne(Brief, id, { populate: ['campaign', 'campaign.owner', 'campaign.coAdvocates'] });
    if (!b) throw new AppException(HttpStatus.NOT_FOUND, 'briefs.not_found');
    if (!canEditCampaign(user, b.campaign)) throw new AppException(HttpStatus.FORBIDDEN, 'campaigns.not_yours');
    return b;
  }

  async version(brief: Brief, number?: number): Promise<BriefVersion> {
    const v = await this.em.findOne(BriefVersion, { brief: brief.id, number: number ?? brief.latestVersion }, { populate: ['author'] });
    if (!v) throw new AppException(HttpStatus.NOT_FOUND, 'briefs.version_not_found');
    return v;
  }

  async create(user: User, campaignId: string, dto: CreateBriefRequest): Promise<Brief> {
    const campaign = await this.campaigns.editable(user, campaignId);
    const brief = this.em.create(Brief, { campaign, locale: dto.locale ?? campaign.locale, createdBy: user });
    this.addVersion(brief, user, dto);
    await this.em.flush();
    return brief;
  }

  /**
   * Saving makes a new version (the earlier ones, and above all the sent ones, never change). Saving the
   * same content again does not. The version number comes from a row lock on the brief, so two editors
   * saving at once get consecutive numbers.
   */
  async save(user: User, id: string, dto: BriefContentRequest): Promise<Brief> {
    const brief = await this.editable(user, id);
    return this.em.transactional(async (em) => {
      await em.getConnection().execute('select 1 from briefs where id = ? for update', [brief.id], 'all', em.getTransactionContext());
      await em.refresh(brief);
      const latest = await em.findOne(BriefVersion, { brief: brief.id, number: brief.latestVersion });
      if (latest && sameContent(latest, dto)) return brief;
      this.addVersion(brief, user, dto, em);
      await em.flush();
      return brief;
    });
  }

  private addVersion(brief: Brief, user: User, dto: BriefContentRequest, em: EntityManager = this.em): void {
    brief.latestVersion += 1;
    brief.updatedAt = new Date();
    em.create(BriefVersion, {
      brief,
      number: brief.latestVersion,
      title: dto.title,
      summary: dto.summary,
      body: dto.body,
      recommendations: dto.recommendations,
      citations: dto.citations.map((c) => ({ text: c.text, url: c.url || null })),
      author: user,
    });
  }

  async response(brief: Brief, number?: number): Promise<BriefResponse> {
    const v = await this.version(brief, number);
    const versions = await this.em.find(BriefVersion, { brief: brief.id }, { orderBy: { number: 'desc' }, populate: ['author'] });
    return {
      id: brief.id,
      campaignId: brief.campaign.id,
      campaignSlug: brief.campaign.slug,
      campaignTitle: brief.campaign.title,
      locale: brief.locale,
      latestVersion: brief.latestVersion,
      version: full(v),
      versions: versions.map(summary),
      confirmedSignatures: await this.signatures.confirmedCount(brief.campaign.id),
    };
  }

  async versions(brief: Brief): Promise<VersionSummary[]> {
    const versions = await this.em.find(BriefVersion, { brief: brief.id }, { orderBy: { number: 'desc' }, populate: ['author'] });
    return versions.map(summary);
  }

  /** The PDF of a version: as it was sent, once sent; otherwise as it would be sent now (today's signatures). */
  async pdf(brief: Brief, v: BriefVersion): Promise<Buffer> {
    if (v.frozenAt) {
      const stored = await this.storedPdf(v.id);
      if (stored) return stored;
    }
    return this.render(brief.campaign, brief, v);
  }

  async storedPdf(versionId: string): Promise<Buffer | null> {
    const rows = await this.em.getConnection().execute<{ pdf: Buffer | null }[]>('select pdf from brief_versions where id = ?', [versionId]);
    return rows[0]?.pdf ?? null;
  }

  async render(campaign: Campaign, brief: Brief, v: BriefVersion): Promise<Buffer> {
    const [confirmed, organisations] = await Promise.all([this.signatures.confirmedCount(campaign.id), this.signatures.organisations(campaign.id)]);
    return renderBriefPdf({
      locale: brief.locale,
      title: v.title,
      campaignTitle: campaign.title,
      campaignUrl: `${this.config.publicUrl}/campanas/${campaign.slug}`,
      versionNumber: v.number,
      date: v.createdAt,
      summary: v.summary,
      body: v.body,
      recommendations: v.recommendations,
      citations: v.citations,
      signatures: { confirmed, organisations },
      contact: { name: v.author.displayName, email: v.author.email },
      issuerName: this.config.issuerName,
      siteUrl: this.config.publicUrl,
    });
  }

  /**
   * Freezes a version when it is first sent: its PDF, with that day's signatures, is stored and every
   * delivery and later download gets exactly those bytes. Idempotent; safe against concurrent sends.
   */
  async freeze(brief: Brief, v: BriefVersion): Promise<void> {
    if (v.frozenAt) return;
    const pdf = await this.render(brief.campaign, brief, v);
    await this.em.getConnection().execute('update brief_versions set frozen_at = now(), pdf = ? where id = ? and frozen_at is null', [pdf, v.id]);
    await this.em.refresh(v);
  }
}


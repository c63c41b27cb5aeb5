import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppException, ValidationFailedException } from '../../common/http/app-exception';
import { renderMarkdown } from '../../common/text/markdown';
import { escapeHtml } from '../mail/mail.templates';
import { User } from '../users/user.entity';
import { itemSlug, titleTokens } from './feed-text';
import type { CorrectionRequest, EditorialContent, EditorialListQuery, EditorialResponse, ReturnRequest, UpdateEditorialRequest } from './news.dto';
import { NewsCorrection, NewsItem, type EditorialStatus } from './news.entities';

/** The entradilla is plain text; in lists it is shown like a feed's summary, as one safe paragraph per block. */
function summaryHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Items written by our editors. Draft → in review → published, and publishing is a second editor's
 * verification: whoever wrote the item or saved it last cannot verify it (the seed's reliability rule).
 * A published text is never edited: corrections are appended and shown with their date.
 */
@Injectable()
export class EditorialService {
  constructor(private readonly em: EntityManager) {}

  async list(user: User, q: EditorialListQuery): Promise<EditorialResponse[]> {
    const em = this.em.fork();
    const items = await em.find(
      NewsItem,
      { kind: 'editorial', ...(q.status ? { status: q.status } : {}) },
      { populate: ['author', 'lastEditedBy', 'verifiedBy'], orderBy: { updatedAt: 'desc' }, limit: 200 },
    );
    return Promise.all(items.map((i) => this.response(em, i, user, false)));
  }

  async get(user: User, id: string): Promise<EditorialResponse> {
    const em = this.em.fork();
    return this.response(em, await this.find(em, id), user, true);
  }

  async create(user: User, dto: EditorialContent): Promise<EditorialResponse> {
    const em = this.em.fork();
    this.checkCitations(dto.citations);
    const id = randomUUID();
    const item = em.create(NewsItem, {
      id,
      slug: itemSlug(dto.title, id),
      kind: 'editorial',
      title: dto.title,
      summaryHtml: summaryHtml(dto.summary),
      summaryText: dto.summary,
      body: dto.body,
      citations: dto.citations.map((c) => ({ text: c.text, url: c.url ?? null })),
      region: dto.region,
      language: dto.language ?? 'es',
      tags: dto.tags ?? [],
      titleTokens: titleTokens(dto.title),
      clusterId: id,
      status: 'draft',
      publishedAt: new Date(),
      author: em.getReference(User, user.id),
      lastEditedBy: em.getReference(User, user.id),
    });
    await em.flush();
    return this.get(user, item.id);
  }

  async update(user: User, id: string, dto: UpdateEditorialRequest): Promise<EditorialResponse> {
    if (dto.citations) this.checkCitations(dto.citations);
    // Under the row lock, so an edit cannot land after a concurrent verification published the item.
    await this.em.fork().transactional(async (em) => {
      const item = await em.findOne(NewsItem, { id, kind: 'editorial' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!item) throw new AppException(HttpStatus.NOT_FOUND, 'news.not_found');
      if (item.status === 'published') throw new AppException(HttpStatus.CONFLICT, 'news.published_locked');
      if (dto.title !== undefined) {
        item.title = dto.title;
        item.titleTokens = titleTokens(dto.title);
      }
      if (dto.summary !== undefined) {
        item.summaryText = dto.summary;
        item.summaryHtml = summaryHtml(dto.summary);
      }
      if (dto.body !== undefined) item.body = dto.body;
      if (dto.region !== undefined) item.region = dto.region;
      if (dto.language !== undefined) item.language = dto.language;
      if (dto.tags !== undefined) item.tags = dto.tags;
      if (dto.citations !== undefined) item.citations = dto.citations.map((c) => ({ text: c.text, url: c.url ?? null }));
      item.lastEditedBy = em.getReference(User, user.id);
      // A verifier verifies the text they read: a change during review sends the item back to its author's desk.
      if (item.status === 'in_review') {
        item.status = 'draft';
        item.submittedAt = null;
      }
    });
    return this.get(user, id);
  }

  async submit(user: User, id: string): Promise<EditorialResponse> {
    return this.transition(user, id, 'draft', (item) => {
      item.status = 'in_review';
      item.submittedAt = new Date();
      item.reviewNote = null;
    });
  }

  async sendBack(user: User, id: string, dto: ReturnRequest): Promise<EditorialResponse> {
    return this.transition(user, id, 'in_review', (item) => {
      item.status = 'draft';
      item.reviewNote = dto.note;
    });
  }

  async verify(user: User, id: string): Promise<EditorialResponse> {
    return this.transition(user, id, 'in_review', (item, em) => {
      if (!this.canVerify(item, user)) throw new AppException(HttpStatus.FORBIDDEN, 'news.own_verification');
      const now = new Date();
      item.status = 'published';
      item.verifiedBy = em.getReference(User, user.id);
      item.verifiedAt = now;
      item.publishedAt = now;
      item.reviewNote = null;
    });
  }

  async correct(user: User, id: string, dto: CorrectionRequest): Promise<EditorialResponse> {
    const em = this.em.fork();
    const item = await this.find(em, id);
    if (item.status !== 'published') throw new AppException(HttpStatus.CONFLICT, 'news.not_published');
    em.create(NewsCorrection, { item, body: dto.body, author: em.getReference(User, user.id) });
    await em.flush();
    return this.get(user, id);
  }

  /** Status changes take the row lock, so two editors acting at once cannot both move it. */
  private async transition(user: User, id: string, from: EditorialStatus, change: (item: NewsItem, em: EntityManager) => void): Promise<EditorialResponse> {
    await this.em.fork().transactional(async (em) => {
      const item = await em.findOne(NewsItem, { id, kind: 'editorial' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!item) throw new AppException(HttpStatus.NOT_FOUND, 'news.not_found');
      if (item.status !== from) throw new AppException(HttpStatus.CONFLICT, 'news.wrong_status', { status: item.status });
      change(item, em);
    });
    return this.get(user, id);
  }

  private canVerify(item: NewsItem, user: User): boolean {
    return item.status === 'in_review' && item.author?.id !== user.id && item.lastEditedBy?.id !== user.id;
  }

  private checkCitations(citations: { text: string; url: string | null }[]): void {
    if (citations.length === 0) throw new ValidationFailedException([{ field: 'citations', rule: 'arrayMinSize', args: [1] }]);
  }

  private async find(em: EntityManager, id: string): Promise<NewsItem> {
    const item = await em.findOne(NewsItem, { id, kind: 'editorial' }, { populate: ['author', 'lastEditedBy', 'verifiedBy'] });
    if (!item) throw new AppException(HttpStatus.NOT_FOUND, 'news.not_found');
    return item;
  }

  /** `detail`: one item (with its corrections and its text rendered as readers will get it); else a list row. */
  private async response(em: EntityManager, i: NewsItem, user: User, detail: boolean): Promise<EditorialResponse> {
    const corrections = detail ? await em.find(NewsCorrection, { item: i.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
    return {
      id: i.id,
      slug: i.slug,
      status: i.status,
      title: i.title,
      summary: i.summaryText,
      body: i.body ?? '',
      bodyHtml: detail ? renderMarkdown(i.body ?? '', { nested: true }) : null,
      region: i.region,
      language: i.language,
      tags: i.tags as EditorialResponse['tags'],
      citations: i.citations ?? [],
      authorId: i.author?.id ?? null,
      authorName: i.author?.displayName ?? null,
      lastEditedById: i.lastEditedBy?.id ?? null,
      lastEditedByName: i.lastEditedBy?.displayName ?? null,
      submittedAt: i.submittedAt?.toISOString() ?? null,
      reviewNote: i.reviewNote,
      verified: i.verifiedAt ? { name: i.verifiedBy?.displayName ?? null, at: i.verifiedAt.toISOString() } : null,
      publishedAt: i.status === 'published' ? i.publishedAt.toISOString() : null,
      corrections: corrections.map((c) => ({ body: c.body, createdAt: c.createdAt.toISOString() })),
      canVerify: this.canVerify(i, user),
      updatedAt: i.updatedAt.toISOString(),
    };
  }
}

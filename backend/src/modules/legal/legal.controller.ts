import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/access.decorators';
import { LegalMatrix, LegalSearchQuery, LegalSearchResult, LegalTopicDetail, LegalTopicListQuery, LegalTopicSummary } from './legal.dto';
import { LegalService } from './legal.service';

/** The content changes only with a deploy: public caches may keep answers a while, revalidating by ETag. */
const CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/** If-None-Match as RFC 9110 reads it: "*", or a list of tags compared weakly (a W/ prefix does not matter). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

@ApiTags('legal')
@Public()
@Controller('legal')
export class LegalController {
  constructor(private readonly legal: LegalService) {}

  /** Express answers 304 by itself when the request's If-None-Match matches this ETag. */
  private cacheable(res: Response, tag: string): void {
    res.setHeader('ETag', `"${tag}-${this.legal.etagVersion}"`);
    res.setHeader('Cache-Control', CACHE);
  }

  @Get('topics')
  @ApiOkResponse({ type: [LegalTopicSummary], description: 'Los temas de la comparativa, en orden; con `tags`, los que comparten etiquetas (los que más, primero)' })
  list(@Query() query: LegalTopicListQuery, @Res({ passthrough: true }) res: Response): LegalTopicSummary[] {
    this.cacheable(res, 'topics');
    return this.legal.list(query);
  }

  @Get('matrix')
  @ApiOkResponse({ type: LegalMatrix, description: 'Cada tema en una fila, con una respuesta corta y citada para Ecuador y para España' })
  matrix(@Res({ passthrough: true }) res: Response): LegalMatrix {
    this.cacheable(res, 'matrix');
    return this.legal.matrix();
  }

  @Get('search')
  @ApiOkResponse({ type: LegalSearchResult, description: 'Búsqueda en español sobre todos los temas, con o sin tildes, con fragmentos resaltados' })
  search(@Query() query: LegalSearchQuery): Promise<LegalSearchResult> {
    return this.legal.search(query.q);
  }

  @Get('comparison.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'La comparativa completa en PDF: portada, índice, todos los temas con sus citas, fuentes y fechas de comprobación' })
  async comparisonPdf(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.sendPdf(req, res, undefined);
  }

  @Get('topics/:slug/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Un tema en PDF, con sus citas y fuentes' })
  @ApiNotFoundResponse({ description: 'No existe ese tema' })
  async topicPdf(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.sendPdf(req, res, slug);
  }

  @Get('topics/:slug')
  @ApiOkResponse({ type: LegalTopicDetail })
  @ApiNotFoundResponse({ description: 'No existe ese tema' })
  topic(@Param('slug') slug: string, @Res({ passthrough: true }) res: Response): LegalTopicDetail {
    const topic = this.legal.topic(slug);
    this.cacheable(res, `topic-${slug}`);
    return topic;
  }

  private async sendPdf(req: Request, res: Response, slug: string | undefined): Promise<void> {
    const { etag, body } = this.legal.pdf(slug);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', CACHE);
      res.status(304).end();
      return;
    }
    // Cache headers only once the file exists: a failed render must not be kept by a cache.
    const pdf = await body();
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', CACHE);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="puente-comparativa-legal${slug ? `-${slug}` : ''}.pdf"`);
    res.send(pdf);
  }
}

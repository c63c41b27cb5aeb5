import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import { AppException } from '../../common/http/app-exception';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { EditorialService } from './editorial.service';
import {
  CorrectionRequest,
  CreateSourceRequest,
  EditorialContent,
  EditorialListQuery,
  EditorialResponse,
  FeedQuery,
  IngestReportResponse,
  IngestRunSummary,
  ListNewsQuery,
  NewsDetail,
  NewsPage,
  PublicSourceResponse,
  ReturnRequest,
  SourceResponse,
  UpdateEditorialRequest,
  UpdateSourceRequest,
} from './news.dto';
import { FEED_TYPES, renderFeed, type FeedFormat } from './news-feeds';
import { NewsIngestService } from './news-ingest.service';
import { NewsService } from './news.service';

@ApiTags('news')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('news')
export class NewsController {
  constructor(
    private readonly news: NewsService,
    private readonly ingestion: NewsIngestService,
    private readonly editorial: EditorialService,
  ) {}

  // ---- sources (editors) ----

  @Roles('editor', 'admin')
  @Get('sources')
  @ApiOkResponse({ type: [SourceResponse], description: 'Todas las fuentes con su estado de lectura; las que fallan, primero' })
  sources(): Promise<SourceResponse[]> {
    return this.news.sources();
  }

  @Public()
  @Get('sources/public')
  @ApiOkResponse({ type: [PublicSourceResponse], description: 'Las fuentes y su nivel de fiabilidad, para cualquiera' })
  publicSources(): Promise<PublicSourceResponse[]> {
    return this.news.publicSources();
  }

  @Roles('editor', 'admin')
  @Post('sources')
  @ApiCreatedResponse({ type: SourceResponse })
  createSource(@Body() dto: CreateSourceRequest): Promise<SourceResponse> {
    return this.news.createSource(dto);
  }

  @Roles('editor', 'admin')
  @Get('sources/:id')
  @ApiOkResponse({ type: SourceResponse })
  source(@Param('id', uuidParam()) id: string): Promise<SourceResponse> {
    return this.news.source(id);
  }

  @Roles('editor', 'admin')
  @Patch('sources/:id')
  @ApiOkResponse({ type: SourceResponse })
  updateSource(@Param('id', uuidParam()) id: string, @Body() dto: UpdateSourceRequest): Promise<SourceResponse> {
    return this.news.updateSource(id, dto);
  }

  // ---- ingestion (editors) ----

  @Roles('editor', 'admin')
  @Post('ingest')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: IngestReportResponse, description: 'Lee ahora todas las fuentes activas (las que están en pausa tras fallos esperan su turno)' })
  @ApiConflictResponse({ description: 'Ya hay una lectura en marcha' })
  async ingest(@CurrentUser() user: User): Promise<IngestReportResponse> {
    const report = await this.ingestion.run('manual', { userId: user.id });
    if (!report) throw new AppException(HttpStatus.CONFLICT, 'news.ingest_running');
    return report;
  }

  @Roles('editor', 'admin')
  @Get('ingest/runs')
  @ApiOkResponse({ type: [IngestRunSummary], description: 'Las últimas 20 lecturas' })
  runs(): Promise<IngestRunSummary[]> {
    return this.ingestion.recentRuns();
  }

  // ---- editorial (editors) ----

  @Roles('editor', 'admin')
  @Get('editorial')
  @ApiOkResponse({ type: [EditorialResponse] })
  editorialList(@CurrentUser() user: User, @Query() q: EditorialListQuery): Promise<EditorialResponse[]> {
    return this.editorial.list(user, q);
  }

  @Roles('editor', 'admin')
  @Post('editorial')
  @ApiCreatedResponse({ type: EditorialResponse, description: 'Se crea como borrador' })
  createEditorial(@CurrentUser() user: User, @Body() dto: EditorialContent): Promise<EditorialResponse> {
    return this.editorial.create(user, dto);
  }

  @Roles('editor', 'admin')
  @Get('editorial/:id')
  @ApiOkResponse({ type: EditorialResponse })
  getEditorial(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<EditorialResponse> {
    return this.editorial.get(user, id);
  }

  @Roles('editor', 'admin')
  @Patch('editorial/:id')
  @ApiOkResponse({ type: EditorialResponse, description: 'Solo borradores y noticias en revisión; una publicada se corrige' })
  updateEditorial(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: UpdateEditorialRequest): Promise<EditorialResponse> {
    return this.editorial.update(user, id, dto);
  }

  @Roles('editor', 'admin')
  @Post('editorial/:id/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EditorialResponse, description: 'Borrador → en revisión' })
  submit(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<EditorialResponse> {
    return this.editorial.submit(user, id);
  }

  @Roles('editor', 'admin')
  @Post('editorial/:id/return')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EditorialResponse, description: 'En revisión → borrador, con lo que hay que cambiar' })
  sendBack(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: ReturnRequest): Promise<EditorialResponse> {
    return this.editorial.sendBack(user, id, dto);
  }

  @Roles('editor', 'admin')
  @Post('editorial/:id/verify')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EditorialResponse, description: 'Otra persona editora la verifica y queda publicada' })
  verify(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<EditorialResponse> {
    return this.editorial.verify(user, id);
  }

  @Roles('editor', 'admin')
  @Post('editorial/:id/corrections')
  @ApiCreatedResponse({ type: EditorialResponse, description: 'Añade una corrección visible a una noticia publicada' })
  correct(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: CorrectionRequest): Promise<EditorialResponse> {
    return this.editorial.correct(user, id, dto);
  }

  // ---- our own feeds (public) ----

  @Public()
  @Get('feed.xml')
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0: las últimas 50 noticias (?region=)' })
  rss(@Query() q: FeedQuery, @Res() res: Response): Promise<void> {
    return this.feed('rss', q, res);
  }

  @Public()
  @Get('feed.atom')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0: las últimas 50 noticias (?region=)' })
  atom(@Query() q: FeedQuery, @Res() res: Response): Promise<void> {
    return this.feed('atom', q, res);
  }

  @Public()
  @Get('feed.json')
  @ApiProduces('application/feed+json')
  @ApiOkResponse({ description: 'JSON Feed 1.1: las últimas 50 noticias (?region=)' })
  json(@Query() q: FeedQuery, @Res() res: Response): Promise<void> {
    return this.feed('json', q, res);
  }

  private async feed(format: FeedFormat, q: FeedQuery, res: Response): Promise<void> {
    const [items, updated] = await Promise.all([this.news.latest(q.region), this.news.lastUpdatedAt()]);
    const newest = items.reduce((max, i) => Math.max(max, Date.parse(i.publishedAt)), 0);
    const updatedAt = new Date(Math.max(newest, updated ? Date.parse(updated) : 0) || Date.now());
    res.setHeader('Content-Type', FEED_TYPES[format]);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(renderFeed(format, items, { publicUrl: this.news.publicUrl, region: q.region, updatedAt }));
  }

  // ---- public news ----

  @Public()
  @Get()
  @ApiOkResponse({ type: NewsPage, description: 'Noticias publicadas, una por historia, las más recientes primero' })
  list(@Query() q: ListNewsQuery): Promise<NewsPage> {
    return this.news.list(q);
  }

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: NewsDetail })
  detail(@Param('slug') slug: string): Promise<NewsDetail> {
    return this.news.detail(slug);
  }
}

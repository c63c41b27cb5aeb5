import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import { RequestLocale } from '../../common/http/request-locale';
import type { Locale, User } from '../users/user.entity';
import { briefFileName } from './brief-pdf';
import { BriefResponse, CreateBriefRequest, BriefContentRequest, VersionQuery, VersionSummary } from './briefs.dto';
import { BriefsService } from './briefs.service';
import {
  CampaignDetail,
  CampaignSummary,
  CreateCampaignRequest,
  ListCampaignsQuery,
  SignatureAccepted,
  SignatureResult,
  SignaturesPage,
  SignaturesQuery,
  SignatureTokenRequest,
  SignRequest,
  UpdateCampaignRequest,
} from './campaigns.dto';
import { CampaignsService } from './campaigns.service';
import { CreateOfficialRequest, ImportOfficialsRequest, ImportQuery, ImportReport, ListOfficialsQuery, OfficialResponse, OfficialsPage, UpdateOfficialRequest } from './officials.dto';
import { OfficialsService } from './officials.service';
import { BriefDeliveriesResponse, CreateReplyRequest, CreateSendRequest, DeliveryResponse, DryRunQuery, FollowUpItem, SendCreated, SendResponse } from './sends.dto';
import { SendsService } from './sends.service';
import { SignaturesService } from './signatures.service';

@ApiTags('advocacy')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('officials')
export class OfficialsController {
  constructor(private readonly officials: OfficialsService) {}

  @Roles('advocate', 'admin')
  @Get()
  @ApiOkResponse({ type: OfficialsPage, description: 'Directorio de autoridades e instituciones (por defecto, solo las activas)' })
  list(@Query() q: ListOfficialsQuery): Promise<OfficialsPage> {
    return this.officials.list(q);
  }

  @Roles('advocate', 'admin')
  @Post()
  @ApiCreatedResponse({ type: OfficialResponse })
  async create(@Body() dto: CreateOfficialRequest): Promise<OfficialResponse> {
    return OfficialResponse.from(await this.officials.create(dto));
  }

  @Roles('advocate', 'admin')
  @Post('import')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ImportReport, description: 'Con ?dryRun=true no guarda nada. Si hay filas con errores, no guarda nada salvo que se pida importar las válidas.' })
  import(@Body() dto: ImportOfficialsRequest, @Query() q: ImportQuery, @RequestLocale() locale: Locale): Promise<ImportReport> {
    return this.officials.import(dto.csv, { dryRun: q.dryRun === 'true', importValidRows: dto.importValidRows ?? false }, locale);
  }

  @Roles('advocate', 'admin')
  @Get(':id')
  @ApiOkResponse({ type: OfficialResponse })
  async get(@Param('id', uuidParam()) id: string): Promise<OfficialResponse> {
    return OfficialResponse.from(await this.officials.get(id));
  }

  @Roles('advocate', 'admin')
  @Patch(':id')
  @ApiOkResponse({ type: OfficialResponse })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateOfficialRequest): Promise<OfficialResponse> {
    return OfficialResponse.from(await this.officials.update(id, dto));
  }
}

@ApiTags('advocacy')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly signatures: SignaturesService,
    private readonly briefs: BriefsService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [CampaignSummary], description: 'Campañas publicadas (abiertas y cerradas), las abiertas primero' })
  list(@Query() q: ListCampaignsQuery): Promise<CampaignSummary[]> {
    return this.campaigns.listPublic(q.status);
  }

  @Roles('advocate', 'admin')
  @Get('mine')
  @ApiCookieAuth()
  @ApiOkResponse({ type: [CampaignSummary], description: 'Las campañas que llevo (administración: todas), también borradores' })
  mine(@CurrentUser() user: User): Promise<CampaignSummary[]> {
    return this.campaigns.listMine(user);
  }

  @Roles('advocate', 'admin')
  @Post()
  @ApiCookieAuth()
  @ApiCreatedResponse({ type: CampaignDetail, description: 'Se crea como borrador' })
  async create(@CurrentUser() user: User, @Body() dto: CreateCampaignRequest): Promise<CampaignDetail> {
    const c = await this.campaigns.create(user, dto);
    return this.campaigns.detail(c, user);
  }

  @Roles('advocate', 'admin')
  @Patch(':id')
  @ApiCookieAuth()
  @ApiOkResponse({ type: CampaignDetail })
  async update(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: UpdateCampaignRequest): Promise<CampaignDetail> {
    const c = await this.campaigns.update(user, id, dto);
    return this.campaigns.detail(c, user);
  }

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: CampaignDetail, description: 'Una campaña publicada o cerrada (un borrador solo para quien la lleva), con quién recibió el informe y quién respondió' })
  async get(@CurrentUser() user: User | undefined, @Param('slug') slug: string): Promise<CampaignDetail> {
    return this.campaigns.detail(await this.campaigns.bySlug(slug, user), user);
  }

  @Public()
  @Get(':slug/signatures')
  @ApiOkResponse({ type: SignaturesPage, description: 'Firmas confirmadas: el total, y nombre, ciudad y organización de quien eligió mostrarlos. Nunca correos.' })
  async signaturesList(@CurrentUser() user: User | undefined, @Param('slug') slug: string, @Query() q: SignaturesQuery): Promise<SignaturesPage> {
    const c = await this.campaigns.bySlug(slug, user);
    return this.signatures.publicList(c.id, q.page ?? 1);
  }

  @Public()
  @Post(':slug/signatures')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SignatureAccepted, description: 'Se envía un correo para confirmar la firma (doble confirmación). La respuesta es la misma si ese correo ya había firmado.' })
  async sign(@CurrentUser() user: User | undefined, @Param('slug') slug: string, @Body() dto: SignRequest, @RequestLocale() locale: Locale): Promise<SignatureAccepted> {
    await this.signatures.sign(slug, dto, locale, user);
    return { status: 'pending' };
  }

  @Roles('advocate', 'admin')
  @Post(':id/briefs')
  @ApiCookieAuth()
  @ApiCreatedResponse({ type: BriefResponse, description: 'Crea el informe con su versión 1' })
  async createBrief(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: CreateBriefRequest): Promise<BriefResponse> {
    const brief = await this.briefs.create(user, id, dto);
    return this.briefs.response(brief);
  }
}

@ApiTags('advocacy')
@Controller('signatures')
export class SignaturesController {
  constructor(private readonly signatures: SignaturesService) {}

  @Public()
  @Post('confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignatureResult, description: 'Confirma la firma con el código del correo' })
  confirm(@Body() dto: SignatureTokenRequest): Promise<SignatureResult> {
    return this.signatures.confirm(dto.token);
  }

  @Public()
  @Post('withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignatureResult, description: 'Retira (borra) la firma con el código del correo' })
  withdraw(@Body() dto: SignatureTokenRequest): Promise<SignatureResult> {
    return this.signatures.withdraw(dto.token);
  }
}

@ApiTags('advocacy')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('briefs')
export class BriefsController {
  constructor(
    private readonly briefs: BriefsService,
    private readonly sends: SendsService,
  ) {}

  @Roles('advocate', 'admin')
  @Get(':id')
  @ApiOkResponse({ type: BriefResponse, description: 'El informe en su última versión (o la indicada con ?version=)' })
  async get(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() q: VersionQuery): Promise<BriefResponse> {
    return this.briefs.response(await this.briefs.editable(user, id), q.version);
  }

  @Roles('advocate', 'admin')
  @Put(':id')
  @ApiOkResponse({ type: BriefResponse, description: 'Guarda una versión nueva (si el contenido cambia); las anteriores no cambian' })
  async save(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: BriefContentRequest): Promise<BriefResponse> {
    return this.briefs.response(await this.briefs.save(user, id, dto));
  }

  @Roles('advocate', 'admin')
  @Get(':id/versions')
  @ApiOkResponse({ type: [VersionSummary], description: 'Versiones, la más reciente primero' })
  async versions(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<VersionSummary[]> {
    return this.briefs.versions(await this.briefs.editable(user, id));
  }

  @Roles('advocate', 'admin')
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El informe en PDF: tal como se envió si la versión ya se envió; si no, con las firmas de hoy' })
  async pdf(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() q: VersionQuery, @Res() res: Response): Promise<void> {
    const brief = await this.briefs.editable(user, id);
    const v = await this.briefs.version(brief, q.version);
    const body = await this.briefs.pdf(brief, v);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${briefFileName(brief.campaign.slug, v.number)}"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(body);
  }

  @Roles('advocate', 'admin')
  @Post(':id/sends')
  @ApiCreatedResponse({ type: SendCreated, description: 'Con ?dryRun=true, la vista previa de cada correo; sin él, los envíos quedan en cola' })
  async createSend(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() q: DryRunQuery, @Body() dto: CreateSendRequest): Promise<SendCreated> {
    return this.sends.create(user, id, dto, q.dryRun === 'true');
  }

  @Roles('advocate', 'admin')
  @Get(':id/deliveries')
  @ApiOkResponse({ type: BriefDeliveriesResponse, description: 'Todos los envíos del informe y el estado de cada correo' })
  deliveries(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<BriefDeliveriesResponse> {
    return this.sends.forBrief(user, id);
  }
}

@ApiTags('advocacy')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class DeliveriesController {
  constructor(private readonly sends: SendsService) {}

  @Roles('advocate', 'admin')
  @Get('sends/:id')
  @ApiOkResponse({ type: SendResponse, description: 'Progreso de un envío y el estado de cada correo' })
  send(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<SendResponse> {
    return this.sends.send(user, id);
  }

  @Roles('advocate', 'admin')
  @Post('deliveries/:id/replies')
  @ApiCreatedResponse({ type: DeliveryResponse, description: 'Registra una respuesta; el envío pasa a «respondido»' })
  reply(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: CreateReplyRequest): Promise<DeliveryResponse> {
    return this.sends.reply(user, id, dto);
  }

  @Roles('advocate', 'admin')
  @Post('deliveries/:id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: DeliveryResponse, description: 'Vuelve a poner en cola un correo fallido o rebotado (a la dirección actual de la autoridad)' })
  retry(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<DeliveryResponse> {
    return this.sends.retry(user, id);
  }

  @Roles('advocate', 'admin')
  @Get('advocacy/follow-ups')
  @ApiOkResponse({ type: [FollowUpItem], description: 'Envíos de mis campañas que llevan FOLLOW_UP_DAYS días o más sin respuesta' })
  followUps(@CurrentUser() user: User): Promise<FollowUpItem[]> {
    return this.sends.followUps(user);
  }
}



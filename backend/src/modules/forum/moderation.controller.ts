import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { CounsellorService } from './counsellor.service';
import {
  CounsellorResponse,
  CredentialRequest,
  ForumMetrics,
  ModerationPost,
  ModerationQueue,
  OptionalReasonRequest,
  QueueItem,
  ReasonRequest,
  ReportRequest,
  ReportResult,
  SuspendRequest,
  SuspendResult,
  UnmaskRequest,
  UnmaskResponse,
  WatchedWordRequest,
  WatchedWordResponse,
} from './forum.dto';
import { isModerator } from './forum.service';
import { ModerationService } from './moderation.service';

@ApiTags('forum')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('forum')
export class ForumModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly counsellors: CounsellorService,
  ) {}

  // ---- reports (any member) ----

  @Authenticated()
  @Post('posts/:id/reports')
  @ApiCreatedResponse({ type: ReportResult, description: 'Una denuncia por persona y publicación; con tres abiertas se oculta hasta que moderación la revise' })
  report(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: ReportRequest): Promise<ReportResult> {
    return this.moderation.report(user, id, dto);
  }

  // ---- moderators ----

  @Roles('moderator', 'admin')
  @Get('moderation')
  @ApiOkResponse({ type: ModerationQueue })
  queue(): Promise<ModerationQueue> {
    return this.moderation.queue();
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModerationPost })
  hide(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: ReasonRequest): Promise<ModerationPost> {
    return this.moderation.hide(user, id, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModerationPost, description: 'La muestra (también una retenida por una palabra vigilada) y cierra sus denuncias' })
  restore(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: OptionalReasonRequest): Promise<ModerationPost> {
    return this.moderation.restore(user, id, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/delete')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModerationPost })
  remove(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: ReasonRequest): Promise<ModerationPost> {
    return this.moderation.delete(user, id, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/lock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModerationPost, description: 'Cierra una pregunta: no admite más respuestas' })
  lock(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: OptionalReasonRequest): Promise<ModerationPost> {
    return this.moderation.lock(user, id, true, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/unlock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ModerationPost })
  unlock(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: OptionalReasonRequest): Promise<ModerationPost> {
    return this.moderation.lock(user, id, false, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('posts/:id/suspend-author')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SuspendResult, description: 'Quien la escribió no podrá publicar durante esos días; no se revela quién es' })
  suspend(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: SuspendRequest): Promise<SuspendResult> {
    return this.moderation.suspendAuthor(user, id, dto);
  }

  @Roles('moderator', 'admin')
  @Post('questions/:id/unmask')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnmaskResponse, description: 'Quién hizo una pregunta anónima; queda registrado quién lo pidió, cuándo y por qué' })
  unmask(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: UnmaskRequest): Promise<UnmaskResponse> {
    return this.moderation.unmask(user, id, dto.reason);
  }

  @Roles('moderator', 'admin')
  @Post('watched-words')
  @ApiCreatedResponse({ type: WatchedWordResponse })
  addWord(@CurrentUser() user: User, @Body() dto: WatchedWordRequest): Promise<WatchedWordResponse> {
    return this.moderation.addWatchedWord(user, dto);
  }

  @Roles('moderator', 'admin')
  @Delete('watched-words/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  removeWord(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.moderation.removeWatchedWord(user, id);
  }

  // ---- counsellors ----

  @Roles('counsellor', 'moderator', 'admin')
  @Get('queue')
  @ApiOkResponse({ type: [QueueItem], description: 'Preguntas sin respuesta de una persona asesora, la más antigua primero' })
  counsellorQueue(@CurrentUser() user: User): Promise<QueueItem[]> {
    return this.counsellors.queue(user);
  }

  @Roles('counsellor')
  @Post('questions/:id/claim')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'La pregunta queda reservada 24 horas para ti' })
  claim(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.counsellors.claim(user, id);
  }

  @Roles('counsellor', 'moderator', 'admin')
  @Delete('questions/:id/claim')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  release(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.counsellors.release(user, id, isModerator(user));
  }

  @Roles('counsellor', 'moderator', 'admin')
  @Get('metrics')
  @ApiOkResponse({ type: ForumMetrics, description: 'Tiempo hasta la primera respuesta de una persona asesora, por categoría (90 días)' })
  metrics(): Promise<ForumMetrics> {
    return this.counsellors.metrics();
  }

  @Roles('admin')
  @Get('counsellors')
  @ApiOkResponse({ type: [CounsellorResponse] })
  list(): Promise<CounsellorResponse[]> {
    return this.counsellors.counsellors();
  }

  @Roles('admin')
  @Put('counsellors/:userId')
  @ApiOkResponse({ type: CounsellorResponse, description: 'La línea de credencial (colegio y número, u organización); null la retira' })
  credential(@CurrentUser() user: User, @Param('userId', uuidParam()) userId: string, @Body() dto: CredentialRequest): Promise<CounsellorResponse> {
    return this.counsellors.setCredential(user, userId, dto.credential);
  }
}

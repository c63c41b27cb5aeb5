import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { BlockRequest, BlockView, ContactView, MessageSettingsView, SendMessageRequest, SendMessageResult, ThreadDetail, ThreadQuery, ThreadSummary, UnreadCount } from './messages.dto';
import { MessagesService } from './messages.service';

/** Private messages between members. Every route is for logged-in members, about their own conversations. */
@ApiTags('messages')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Authenticated()
  @Post()
  @ApiCreatedResponse({ type: SendMessageResult, description: 'Crea la conversación o sigue la que ya existe' })
  send(@CurrentUser() user: User, @Body() dto: SendMessageRequest): Promise<SendMessageResult> {
    return this.messages.send(user, dto);
  }

  @Authenticated()
  @Get('threads')
  @ApiOkResponse({ type: [ThreadSummary], description: 'Las propias, la de actividad más reciente primero' })
  threads(@CurrentUser() user: User): Promise<ThreadSummary[]> {
    return this.messages.threads(user);
  }

  @Authenticated()
  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCount })
  unreadCount(@CurrentUser() user: User): Promise<UnreadCount> {
    return this.messages.unreadCount(user);
  }

  @Authenticated()
  @Get('threads/:id')
  @ApiOkResponse({ type: ThreadDetail, description: 'Solo sus dos miembros; la marca como leída' })
  thread(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() query: ThreadQuery): Promise<ThreadDetail> {
    return this.messages.thread(user, id, query.before, query.limit);
  }

  @Authenticated()
  @Post('threads/:id/block')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Bloquea a la otra persona; si es un seudónimo, cierra esta conversación en los dos sentidos sin revelar la cuenta' })
  blockThread(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.messages.blockThread(user, id);
  }

  @Authenticated()
  @Delete('threads/:id/block')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  unblockThread(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.messages.unblockThread(user, id);
  }

  @Authenticated()
  @Get('contacts/:userId')
  @ApiOkResponse({ type: ContactView, description: 'A quién se va a escribir: su nombre y la conversación que ya compartís' })
  contact(@CurrentUser() user: User, @Param('userId', uuidParam('userId')) userId: string): Promise<ContactView> {
    return this.messages.contact(user, userId);
  }

  @Authenticated()
  @Get('blocks')
  @ApiOkResponse({ type: [BlockView] })
  blocks(@CurrentUser() user: User): Promise<BlockView[]> {
    return this.messages.blocks(user);
  }

  @Authenticated()
  @Post('blocks')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Ninguna de las dos personas podrá escribir a la otra' })
  block(@CurrentUser() user: User, @Body() dto: BlockRequest): Promise<void> {
    return this.messages.block(user, dto.userId);
  }

  @Authenticated()
  @Delete('blocks/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  unblock(@CurrentUser() user: User, @Param('userId', uuidParam('userId')) userId: string): Promise<void> {
    return this.messages.unblock(user, userId);
  }

  @Authenticated()
  @Get('settings')
  @ApiOkResponse({ type: MessageSettingsView })
  settings(@CurrentUser() user: User): Promise<MessageSettingsView> {
    return this.messages.settings(user);
  }

  @Authenticated()
  @Put('settings')
  @ApiOkResponse({ type: MessageSettingsView })
  updateSettings(@CurrentUser() user: User, @Body() dto: MessageSettingsView): Promise<MessageSettingsView> {
    return this.messages.updateSettings(user, dto);
  }
}

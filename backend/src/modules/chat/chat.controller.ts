import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/access.decorators';
import { ValidationFailedException } from '../../common/http/app-exception';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { ChatHistoryQuery, ChatMessageDto, ChatRoomView, PostChatMessageRequest } from './chat.dto';
import { CHAT_PATH } from './chat.gateway';
import { ChatService } from './chat.service';

const seqParam = new ParseIntPipe({ exceptionFactory: () => new ValidationFailedException([{ field: 'seq', rule: 'isInt', args: [] }]) });

/**
 * Class chat over plain HTTP: the history (paged), posting without JavaScript, and the trainer's tools.
 * Live messages go over the WebSocket at /api/chat. Every route is for members of the class (403 otherwise);
 * deleting and muting are for its trainer (or an admin).
 */
@ApiTags('chat')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('classes/:id/chat')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Authenticated()
  @Get()
  @ApiOkResponse({ type: ChatRoomView, description: 'La última página del chat, o la anterior a `before`' })
  async room(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() q: ChatHistoryQuery): Promise<ChatRoomView> {
    const access = await this.chat.access(user, id);
    // The last number first, then the history: a message posted in between shows on the page and comes
    // again over the socket (connected with after=lastSeq), where the client drops the repeat. The other
    // order could skip it.
    const lastSeq = await this.chat.lastSeq(id);
    const [{ messages, hasOlder }, mutes] = await Promise.all([this.chat.history(id, q.before), access.canModerate ? this.chat.mutes(id) : Promise.resolve([])]);
    return { classId: id, title: access.title, messages, hasOlder, lastSeq, canModerate: access.canModerate, muted: access.muted, mutes, socketPath: CHAT_PATH };
  }

  @Authenticated()
  @Post('messages')
  @ApiCreatedResponse({ type: ChatMessageDto, description: 'Llega también en directo a quien esté conectado' })
  post(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: PostChatMessageRequest): Promise<ChatMessageDto> {
    return this.chat.post(user, id, dto.body);
  }

  @Authenticated()
  @Delete('messages/:seq')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Solo quien imparte la clase; el mensaje queda como «borrado»' })
  remove(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('seq', seqParam) seq: number): Promise<void> {
    return this.chat.remove(user, id, seq);
  }

  @Authenticated()
  @Put('mutes/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Solo quien imparte la clase: la persona podrá leer, no escribir' })
  mute(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('userId', uuidParam('userId')) userId: string): Promise<void> {
    return this.chat.setMuted(user, id, userId, true);
  }

  @Authenticated()
  @Delete('mutes/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Solo quien imparte la clase' })
  unmute(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('userId', uuidParam('userId')) userId: string): Promise<void> {
    return this.chat.setMuted(user, id, userId, false);
  }
}

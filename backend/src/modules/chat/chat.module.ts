import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ForumModule } from '../forum/forum.module';
import { UsersModule } from '../users/users.module';
import { ChatPersonalData } from './chat-personal-data';
import { ChatController } from './chat.controller';
import { ChatGateway } from './chat.gateway';
import { ChatHub } from './chat.hub';
import { ChatService } from './chat.service';

/**
 * Class chat: a room per class for its trainer and learners, live over WebSocket (ChatGateway, ChatHub) with
 * PostgreSQL LISTEN/NOTIFY between app instances, and plain HTTP for history and posting without JavaScript.
 */
@Module({
  imports: [AuthModule, ForumModule, UsersModule],
  controllers: [ChatController],
  providers: [ChatService, ChatHub, ChatGateway, ChatPersonalData],
})
export class ChatModule {}

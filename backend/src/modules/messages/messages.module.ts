import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { MessagesController } from './messages.controller';
import { MessagesPersonalData } from './messages-personal-data';
import { MessagesService } from './messages.service';

/**
 * Private messages. Reports on a message go through the forum's moderation queue (ModerationService knows
 * the `message` kind); moderators read a message only once a member of its thread reported it.
 */
@Module({
  imports: [ForumModule, NotificationsModule, UsersModule],
  controllers: [MessagesController],
  providers: [MessagesService, MessagesPersonalData],
})
export class MessagesModule {}

import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { Notification, NotificationPreference, NotificationUnsubscribeToken } from './notification.entities';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notification centre and per-type email preferences; other features notify through its service. */
@Module({
  imports: [MikroOrmModule.forFeature([Notification, NotificationPreference, NotificationUnsubscribeToken]), UsersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { LegalModule } from '../legal/legal.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { ForumController } from './forum.controller';
import { ForumAnswer, ForumCategory, ForumMember, ForumModerationEntry, ForumQuestion, ForumReport, ForumWatchedWord } from './forum.entities';
import { ForumPersonalData } from './forum-personal-data';
import { ForumService } from './forum.service';
import { CounsellorService } from './counsellor.service';
import { ForumModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Legal-counselling forum: anonymous questions that never leak, personal data masked before publishing, verified counsellors. */
@Module({
  imports: [MikroOrmModule.forFeature([ForumCategory, ForumQuestion, ForumAnswer, ForumReport, ForumModerationEntry, ForumMember, ForumWatchedWord]), UsersModule, LegalModule, NotificationsModule],
  controllers: [ForumController, ForumModerationController],
  providers: [ForumService, ModerationService, CounsellorService, ForumPersonalData],
  // Blogs reuse the suspensions, watched words and the moderation queue.
  exports: [ForumService, ModerationService],
})
export class ForumModule {}

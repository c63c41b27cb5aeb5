import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module';
import { BlogController } from './blog.controller';
import { BlogService } from './blog.service';

/**
 * Members' blogs. Moderation is the forum's: reports, the queue and moderators' actions on blog posts and
 * comments go through ModerationService, which knows the blog tables.
 */
@Module({
  imports: [ForumModule],
  controllers: [BlogController],
  providers: [BlogService],
})
export class BlogModule {}

import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { EditorialService } from './editorial.service';
import { NewsController } from './news.controller';
import { NewsCorrection, NewsIngestRun, NewsItem, NewsSource } from './news.entities';
import { NewsIngestService } from './news-ingest.service';
import { NewsService } from './news.service';

/** News centre: sources and their feeds read every NEWS_CRON slot, one story per cluster, editorial items verified by a second editor, our own feeds. */
@Module({
  imports: [MikroOrmModule.forFeature([NewsSource, NewsItem, NewsCorrection, NewsIngestRun]), ScheduleModule.forRoot()],
  controllers: [NewsController],
  providers: [NewsService, NewsIngestService, EditorialService],
  exports: [NewsService],
})
export class NewsModule {}

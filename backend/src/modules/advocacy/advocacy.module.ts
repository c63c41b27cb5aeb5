import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { Brief, BriefSend, BriefVersion, Campaign, Delivery, DeliveryReply, Official, Signature } from './advocacy.entities';
import { BriefsController, CampaignsController, DeliveriesController, OfficialsController, SignaturesController } from './advocacy.controller';
import { AdvocacyMaintenance } from './advocacy-maintenance';
import { BriefsService } from './briefs.service';
import { CampaignsService } from './campaigns.service';
import { DeliveryWorker } from './delivery-worker.service';
import { OfficialsService } from './officials.service';
import { SendsService } from './sends.service';
import { SignaturesService } from './signatures.service';

/** Advocacy: officials directory, campaigns and sign-ons, versioned briefs as PDF, sends to officials, replies. */
@Module({
  imports: [MikroOrmModule.forFeature([Official, Campaign, Signature, Brief, BriefVersion, BriefSend, Delivery, DeliveryReply]), UsersModule],
  controllers: [OfficialsController, CampaignsController, SignaturesController, BriefsController, DeliveriesController],
  providers: [OfficialsService, CampaignsService, SignaturesService, BriefsService, SendsService, DeliveryWorker, AdvocacyMaintenance],
  exports: [SendsService, SignaturesService],
})
export class AdvocacyModule {}

import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ClassesModule } from '../classes/classes.module';
import { ClassroomModule } from '../classroom/classroom.module';
import { UsersModule } from '../users/users.module';
import { Certificate, CertificateBatch, CertificateStatusList, IssuerKey } from './certificate.entities';
import { CertificateBatchesService } from './certificate-batches.service';
import { CertificatesController, ClassCertificatesController, DidController, MyCertificatesController, StatusListsController } from './certificates.controller';
import { CertificatesPersonalData } from './certificates-personal-data';
import { CertificatesService } from './certificates.service';
import { CredentialSigner } from './credential-signer.service';
import { IssuerKeysService } from './issuer-keys.service';
import { StatusListsService } from './status-lists.service';

/** Certificates of completion: PDF with QR, public verification, signed Open Badges 3.0 credentials, revocation lists. */
@Module({
  imports: [MikroOrmModule.forFeature([Certificate, IssuerKey, CertificateStatusList, CertificateBatch]), ClassesModule, ClassroomModule, UsersModule, NotificationsModule],
  controllers: [CertificatesController, MyCertificatesController, ClassCertificatesController, StatusListsController, DidController],
  providers: [IssuerKeysService, CredentialSigner, StatusListsService, CertificatesService, CertificateBatchesService, CertificatesPersonalData],
  exports: [CertificatesService, IssuerKeysService],
})
export class CertificatesModule {}

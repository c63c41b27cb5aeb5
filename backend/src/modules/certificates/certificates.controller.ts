import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppException } from '../../common/http/app-exception';
import { Authenticated, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { CertificateBatchesService } from './certificate-batches.service';
import { certificateFileName } from './certificate-pdf';
import { BatchResponse, CertificateResponse, ClassCertificatesResponse, ManagedCertificate, RevokeRequest } from './certificates.dto';
import { CertificatesService } from './certificates.service';
import { IssuerKeysService } from './issuer-keys.service';
import { StatusListsService } from './status-lists.service';

/** Verifiers and wallets running in other sites' pages may read these documents (no cookies involved). */
function openToVerifiers(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** Holding a certificate's code is what lets anyone see it: the code is the credential (125 random bits). */
@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly keys: IssuerKeysService,
  ) {}

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: CertificateResponse, description: 'Verificación: lo que dice el certificado y si sigue siendo válido' })
  @ApiNotFoundResponse({ description: 'Ningún certificado tiene ese código' })
  async verify(@Param('code') code: string): Promise<CertificateResponse> {
    return CertificateResponse.from(await this.certificates.byCode(code), this.keys.did);
  }

  @Public()
  @Get(':code/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El certificado en PDF (A4 apaisado, con QR y la credencial firmada dentro)' })
  async pdf(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const c = await this.certificates.byCode(code);
    const body = await this.certificates.pdf(c);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${certificateFileName(c.courseSlug, c.code)}"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(body);
  }

  @Public()
  @Get(':code/credential')
  @ApiProduces('application/vc+ld+json')
  @ApiOkResponse({ description: 'OpenBadgeCredential (VC 2.0 + Open Badges 3.0) con prueba Data Integrity eddsa-rdfc-2022' })
  async credential(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const credential = await this.certificates.credential(code);
    res.setHeader('Content-Type', 'application/vc+ld+json; charset=utf-8');
    openToVerifiers(res);
    res.setHeader('Content-Disposition', `inline; filename="credential-${code.toUpperCase().replace(/[^A-Z2-7]/g, '').slice(0, 25)}.json"`);
    res.send(JSON.stringify(credential, null, 2));
  }

  @Roles('trainer', 'admin')
  @Post(':code/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOkResponse({ type: ManagedCertificate, description: 'Revocado: la lista de estado publicada cambia y se avisa a la persona titular' })
  async revoke(@CurrentUser() user: User, @Param('code') code: string, @Body() dto: RevokeRequest): Promise<ManagedCertificate> {
    const c = await this.certificates.revoke(user, code, dto.reason);
    return ManagedCertificate.managed(c, this.keys.did, false);
  }
}

@ApiTags('certificates')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('me/certificates')
export class MyCertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly keys: IssuerKeysService,
  ) {}

  @Authenticated()
  @Get()
  @ApiOkResponse({ type: [ManagedCertificate], description: 'Mis certificados, los más recientes primero' })
  async mine(@CurrentUser() user: User): Promise<ManagedCertificate[]> {
    return (await this.certificates.forUser(user.id)).map((c) => ManagedCertificate.managed(c, this.keys.did, false));
  }
}

@ApiTags('certificates')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('classes/:id/certificates')
export class ClassCertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly batches: CertificateBatchesService,
    private readonly keys: IssuerKeysService,
  ) {}

  @Roles('trainer', 'admin')
  @Get()
  @ApiOkResponse({ type: ClassCertificatesResponse })
  async list(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<ClassCertificatesResponse> {
    const batch = await this.batches.latestFor(user, id);
    const { certificates, completedWithout } = await this.certificates.forClass(batch.courseClass);
    return {
      certificates: certificates.map((c) => ManagedCertificate.managed(c, this.keys.did, c.status === 'valid')),
      completedWithout,
      latestBatch: batch.latest ? BatchResponse.from(batch.latest) : null,
    };
  }

  @Roles('trainer', 'admin')
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: BatchResponse, description: 'Emite los certificados de toda la clase en segundo plano; sigue la tarea con GET …/jobs/:jobId' })
  async issue(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<BatchResponse> {
    return BatchResponse.from(await this.batches.start(user, id));
  }

  @Roles('trainer', 'admin')
  @Get('jobs/:jobId')
  @ApiOkResponse({ type: BatchResponse })
  async job(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('jobId', uuidParam('jobId')) jobId: string): Promise<BatchResponse> {
    return BatchResponse.from(await this.batches.get(user, id, jobId));
  }
}

/** The published revocation lists (W3C Bitstring Status List credentials). */
@ApiTags('certificates')
@Public()
@Controller('credentials/status')
export class StatusListsController {
  constructor(private readonly lists: StatusListsService) {}

  @Get(':n')
  @ApiProduces('application/vc+ld+json')
  @ApiOkResponse({ description: 'BitstringStatusListCredential firmada; el bit de cada certificado revocado vale 1' })
  async get(@Param('n') n: string, @Res() res: Response): Promise<void> {
    const number = /^[1-9]\d{0,5}$/.test(n) ? Number(n) : null;
    const list = number ? await this.lists.get(number) : null;
    if (!list) throw new AppException(HttpStatus.NOT_FOUND, 'certificates.status_list_not_found');
    res.setHeader('Content-Type', 'application/vc+ld+json; charset=utf-8');
    // Verifiers should see a revocation within minutes, not hours.
    res.setHeader('Cache-Control', 'public, max-age=60');
    openToVerifiers(res);
    res.send(JSON.stringify(list));
  }
}

/** The issuer's DID document, where did:web resolution looks for it (outside the /api prefix). */
@ApiTags('certificates')
@Public()
@Controller('.well-known')
export class DidController {
  constructor(private readonly keys: IssuerKeysService) {}

  @Get('did.json')
  @ApiProduces('application/did+json')
  @ApiOkResponse({ description: 'Documento DID (did:web) con todas las claves Multikey del emisor, actuales y retiradas' })
  async did(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'application/did+json; charset=utf-8');
    // Short: a rotated key must reach verifiers before credentials signed with it do.
    res.setHeader('Cache-Control', 'public, max-age=60');
    openToVerifiers(res);
    res.send(JSON.stringify(await this.keys.didDocument()));
  }
}

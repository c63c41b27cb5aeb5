import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { cleanLineTransform } from '../../common/text/plain-text';
import type { Certificate, CertificateBatch } from './certificate.entities';
import { groupedCode } from './certificate-pdf';
import { verificationUrl } from './credentials/open-badge';

class BilingualText {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
}

class CertificateCourse {
  @ApiProperty() slug: string;
  @ApiProperty({ type: BilingualText }) title: BilingualText;
}

class CertificateIssuer {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'PUBLIC_URL de la instancia' }) url: string;
  @ApiProperty({ description: 'Identidad del emisor (did:web); su documento está en /.well-known/did.json' }) did: string;
}

/** What a certificate states, as anyone holding its code may see it. The revocation reason is not public. */
export class CertificateResponse {
  @ApiProperty({ description: '25 caracteres base32' }) code: string;
  @ApiProperty({ description: 'El código en grupos de cinco, como se imprime' }) codeGrouped: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ description: 'El nombre tal como se escribió al emitirlo' }) learnerName: string;
  @ApiProperty({ type: CertificateCourse }) course: CertificateCourse;
  @ApiProperty() hours: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() trainerName: string;
  @ApiProperty({ type: CertificateIssuer }) issuer: CertificateIssuer;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ enum: ['es', 'en'] }) language: 'es' | 'en';
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty() verificationUrl: string;
  @ApiProperty() pdfUrl: string;
  @ApiProperty({ description: 'La credencial Open Badges 3.0 firmada (JSON-LD)' }) credentialUrl: string;

  static from(c: Certificate, did: string): CertificateResponse {
    const api = `${c.issuerUrl}/api/certificates/${c.code}`;
    return {
      code: c.code,
      codeGrouped: groupedCode(c.code),
      status: c.status,
      learnerName: c.learnerName,
      course: { slug: c.courseSlug, title: c.courseTitle },
      hours: c.hours,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      trainerName: c.trainerName,
      issuer: { name: c.issuerName, url: c.issuerUrl, did },
      issuedAt: c.issuedAt.toISOString(),
      language: c.language,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      verificationUrl: verificationUrl(c.issuerUrl, c.code),
      pdfUrl: `${api}/pdf`,
      credentialUrl: `${api}/credential`,
    };
  }
}

/** A certificate as its holder and the class's trainer see it: with the revocation reason and the class. */
export class ManagedCertificate extends CertificateResponse {
  @ApiProperty({ nullable: true, type: String }) revokedReason: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) classId: string | null;
  @ApiProperty({ description: 'Quien lo ve puede revocarlo' }) canRevoke: boolean;

  static managed(c: Certificate, did: string, canRevoke: boolean): ManagedCertificate {
    return { ...CertificateResponse.from(c, did), revokedReason: c.revokedReason, classId: c.courseClass?.id ?? null, canRevoke };
  }
}

export class RevokeRequest {
  @ApiProperty({ minLength: 3, maxLength: 500, description: 'Motivo; se envía a la persona titular' })
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(500)
  reason: string;
}

export class BatchResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status: string;
  @ApiProperty({ description: 'Inscripciones completadas a certificar' }) total: number;
  @ApiProperty({ description: 'Certificados emitidos por esta tanda' }) issued: number;
  @ApiProperty({ description: 'Personas que ya tenían el suyo' }) existing: number;
  @ApiProperty() failed: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;

  static from(b: CertificateBatch): BatchResponse {
    return { id: b.id, status: b.status, total: b.total, issued: b.issued, existing: b.existing, failed: b.failed, createdAt: b.createdAt.toISOString(), finishedAt: b.finishedAt?.toISOString() ?? null };
  }
}

export class ClassCertificatesResponse {
  @ApiProperty({ type: [ManagedCertificate] }) certificates: ManagedCertificate[];
  @ApiProperty({ description: 'Personas que completaron el curso y aún no tienen certificado' }) completedWithout: number;
  @ApiProperty({ type: BatchResponse, nullable: true }) latestBatch: BatchResponse | null;
}

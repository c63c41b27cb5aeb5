import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, NotEquals, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { AUDIENCES, CAMPAIGN_STATUSES, REPLY_CHANNELS, type Audience, type CampaignStatus, type ReplyChannel } from './advocacy.entities';
import { lowerEmail, upper } from './officials.dto';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALES = ['es', 'en'] as const;
const lowerEmails = ({ value }: { value: unknown }): unknown => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);
const page = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class CreateCampaignRequest {
  @ApiProperty({ example: 'Citas de extranjería para todas las personas' })
  @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(160)
  title: string;

  @ApiPropertyOptional({ example: 'citas-de-extranjeria', description: 'Se genera a partir del título si no se indica' })
  @Optional() @IsString() @MaxLength(80) @Matches(SLUG) @NotEquals('mine')
  slug?: string;

  @ApiProperty({ description: 'Resumen en una o dos frases (texto plano)' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(400)
  summary: string;

  @ApiProperty({ description: 'El problema (Markdown)' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(20000)
  problem: string;

  @ApiProperty({ description: 'Lo que se pide (Markdown)' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(10000)
  asks: string;

  @ApiProperty({ enum: AUDIENCES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AUDIENCES.length) @IsIn(AUDIENCES, { each: true })
  audiences: Audience[];

  @ApiPropertyOptional({ enum: LOCALES, default: 'es', description: 'Idioma en que está escrita' })
  @Optional() @IsIn(LOCALES)
  locale?: 'es' | 'en';

  @ApiPropertyOptional({ type: [String], description: 'Correos de las cuentas con rol de incidencia que llevan la campaña contigo' })
  @Optional() @Transform(lowerEmails) @IsArray() @ArrayMaxSize(20) @IsEmail({}, { each: true })
  coAdvocates?: string[];
}

export class UpdateCampaignRequest {
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(160) title?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(80) @Matches(SLUG) @NotEquals('mine') slug?: string;
  @ApiPropertyOptional() @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(400) summary?: string;
  @ApiPropertyOptional() @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(20000) problem?: string;
  @ApiPropertyOptional() @Optional() @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(10000) asks?: string;
  @ApiPropertyOptional({ enum: AUDIENCES, isArray: true }) @Optional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AUDIENCES.length) @IsIn(AUDIENCES, { each: true }) audiences?: Audience[];
  @ApiPropertyOptional({ enum: LOCALES }) @Optional() @IsIn(LOCALES) locale?: 'es' | 'en';
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES }) @Optional() @IsIn(CAMPAIGN_STATUSES) status?: CampaignStatus;
  @ApiPropertyOptional({ type: [String], description: 'Sustituye la lista (solo la persona responsable o administración)' })
  @Optional() @Transform(lowerEmails) @IsArray() @ArrayMaxSize(20) @IsEmail({}, { each: true })
  coAdvocates?: string[];
}

export class ListCampaignsQuery {
  @ApiPropertyOptional({ enum: ['published', 'closed'], description: 'Sin indicar: abiertas y cerradas' }) @Optional() @IsIn(['published', 'closed']) status?: 'published' | 'closed';
}

export class CampaignSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: AUDIENCES, isArray: true }) audiences: Audience[];
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty({ enum: LOCALES }) locale: 'es' | 'en';
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ description: 'Firmas confirmadas' }) signatureCount: number;
  @ApiProperty({ description: 'Instituciones que han recibido el informe' }) recipientCount: number;
}

export class RecipientResponse {
  @ApiProperty() institution: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty() country: string;
  @ApiProperty() sentAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Fecha de la primera respuesta' }) repliedAt: string | null;
  @ApiProperty({ nullable: true, enum: REPLY_CHANNELS }) replyChannel: ReplyChannel | null;
  @ApiProperty({ nullable: true, type: String, description: 'Enlace público a la respuesta, si lo hay' }) replyUrl: string | null;
}

export class TransparencyResponse {
  @ApiProperty({ type: [RecipientResponse] }) recipients: RecipientResponse[];
  @ApiProperty() sent: number;
  @ApiProperty() replied: number;
  @ApiProperty({ description: 'Respuestas / envíos, de 0 a 1 (0 si no hay envíos)' }) replyRate: number;
}

export class CoAdvocateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class BriefListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() latestVersion: number;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'Envíos hechos de cualquiera de sus versiones' }) sends: number;
}

export class CampaignManagement {
  @ApiProperty() problem: string;
  @ApiProperty() asks: string;
  @ApiProperty() ownerId: string;
  @ApiProperty({ type: [CoAdvocateResponse] }) coAdvocates: CoAdvocateResponse[];
  @ApiProperty({ description: 'Puede cambiar quién lleva la campaña (responsable o administración)' }) canManageTeam: boolean;
  @ApiProperty({ description: 'Firmas sin confirmar todavía' }) pendingSignatures: number;
  @ApiProperty({ type: [BriefListItem] }) briefs: BriefListItem[];
}

export class CampaignDetail extends CampaignSummary {
  @ApiProperty({ description: 'El problema, en HTML saneado' }) problemHtml: string;
  @ApiProperty({ description: 'Lo que se pide, en HTML saneado' }) asksHtml: string;
  @ApiProperty() ownerName: string;
  @ApiProperty({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ type: TransparencyResponse }) transparency: TransparencyResponse;
  @ApiProperty({ type: CampaignManagement, nullable: true, description: 'Solo para quien lleva la campaña' }) manage: CampaignManagement | null;
}

export class SignRequest {
  @ApiProperty({ example: 'María Quishpe' }) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(120) name: string;
  @ApiProperty({ example: 'maria@example.org' }) @Transform(lowerEmail) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: 'Madrid' }) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(120) city: string;
  @ApiProperty({ example: 'ES', description: 'Código de país de dos letras' }) @Transform(upper) @IsString() @Matches(/^[A-Z]{2}$/) country: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Asociación Rumiñahui' }) @ValidateIf((_o, v) => v !== undefined && v !== null && v !== '') @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(160) organisation?: string | null;
  @ApiProperty({ description: 'Mostrar mi nombre en la lista pública de firmas' }) @IsBoolean() showName: boolean;
  @ApiProperty({ description: 'Acepto que Puente guarde estos datos para esta campaña (obligatorio)' }) @Equals(true) consent: true;
}

export class SignatureAccepted {
  @ApiProperty({ enum: ['pending'], description: 'Siempre «pending»: la firma cuenta cuando se confirma desde el correo' }) status: 'pending';
}

export class SignatureTokenRequest {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(200) token: string;
}

export class SignatureResult {
  @ApiProperty({ enum: ['confirmed', 'withdrawn'] }) status: 'confirmed' | 'withdrawn';
  @ApiProperty() campaignSlug: string;
  @ApiProperty() campaignTitle: string;
}

export class SignaturesQuery {
  @ApiPropertyOptional({ minimum: 1 }) @Optional() @Transform(page) @IsInt() @Min(1) @Max(10000) page?: number;
}

export class PublicSigner {
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty() signedAt: string;
}

export class SignaturesPage {
  @ApiProperty({ description: 'Firmas confirmadas (también las de quien no muestra su nombre)' }) confirmed: number;
  @ApiProperty({ type: [PublicSigner] }) signers: PublicSigner[];
  @ApiProperty({ description: 'Personas que firman y muestran su nombre' }) shown: number;
  @ApiProperty({ type: [String], description: 'Organizaciones que firman (de firmas públicas), las 200 primeras por orden alfabético' }) organisations: string[];
  @ApiProperty({ description: 'Cuántas organizaciones firman en total' }) organisationCount: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { DELIVERY_STATUSES, OFFICIAL_LEVELS, REPLY_CHANNELS, type DeliveryStatus, type OfficialLevel, type ReplyChannel } from './advocacy.entities';
import { upper, WEB_URL } from './officials.dto';

export class SendFilterInput {
  @ApiPropertyOptional({ example: 'ES' }) @Optional() @Transform(upper) @IsString() @Matches(/^[A-Z]{2}$/) country?: string;
  @ApiPropertyOptional({ enum: OFFICIAL_LEVELS }) @Optional() @IsIn(OFFICIAL_LEVELS) level?: OfficialLevel;
  @ApiPropertyOptional({ description: 'Institución (exacta, sin distinguir mayúsculas)' }) @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200) institution?: string;
}

export class CreateSendRequest {
  @ApiPropertyOptional({ minimum: 1, description: 'Versión del informe; por defecto, la última' })
  @Optional() @IsInt() @Min(1) @Max(100000)
  version?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Destinatarios elegidos uno a uno (o bien `filter`)' })
  @ValidateIf((o: CreateSendRequest) => o.officialIds !== undefined || o.filter === undefined)
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2000) @IsUUID('4', { each: true })
  officialIds?: string[];

  @ApiPropertyOptional({ type: SendFilterInput, description: 'Todas las autoridades activas con correo que cumplen el filtro (o bien `officialIds`)' })
  @ValidateIf((o: CreateSendRequest) => o.filter !== undefined || o.officialIds === undefined)
  @ValidateNested() @Type(() => SendFilterInput)
  filter?: SendFilterInput;

  @ApiPropertyOptional({ default: false, description: 'Enviar también a quienes tienen el contacto pendiente de comprobar (por defecto se saltan)' })
  @Optional() @IsBoolean()
  includeUnverified?: boolean;

  @ApiProperty({ example: 'Informe: citas de extranjería' })
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(200)
  subject: string;

  @ApiProperty({ description: 'Tu mensaje, tras el saludo personal; el informe va adjunto en PDF' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(10000)
  message: string;
}

export class DryRunQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: no envía nada; muestra cada correo tal como saldría' }) @Optional() @IsIn(['true', 'false']) dryRun?: 'true' | 'false';
}

export const RECIPIENT_OUTCOMES = ['will_send', 'queued', 'no_email', 'inactive', 'needs_verification', 'already_sent', 'not_found'] as const;
export type RecipientOutcome = (typeof RECIPIENT_OUTCOMES)[number];

export class EmailPreview {
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() replyTo: string;
  @ApiProperty() attachment: string;
}

export class SendRecipient {
  @ApiProperty({ format: 'uuid' }) officialId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty() institution: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ description: 'El contacto está pendiente de comprobar' }) needsVerification: boolean;
  @ApiProperty({ enum: RECIPIENT_OUTCOMES }) outcome: RecipientOutcome;
  @ApiProperty({ type: EmailPreview, nullable: true, description: 'El correo personalizado (solo en la vista previa y para quien lo recibirá)' }) preview: EmailPreview | null;
}

export class SendCreated {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) sendId: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'Correos que salen (o saldrían)' }) toSend: number;
  @ApiProperty({ description: 'Destinatarios que se saltan (sin correo, inactivos, con el contacto pendiente de comprobar o que ya recibieron esta versión)' }) skipped: number;
  @ApiProperty({ type: [SendRecipient] }) recipients: SendRecipient[];
}

export class ReplyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty({ enum: REPLY_CHANNELS }) channel: ReplyChannel;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty() recordedBy: string;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sendId: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'uuid' }) officialId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty() institution: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'Próximo intento si está en cola tras un fallo temporal' }) nextAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Respuesta del servidor de correo' }) smtpResponse: string | null;
  @ApiProperty({ nullable: true, type: String }) sentAt: string | null;
  @ApiProperty() messageId: string;
  @ApiProperty({ type: [ReplyResponse] }) replies: ReplyResponse[];
}

export class StatusCounts {
  @ApiProperty() queued: number;
  @ApiProperty() sending: number;
  @ApiProperty() sent: number;
  @ApiProperty() failed: number;
  @ApiProperty() bounced: number;
  @ApiProperty() replied: number;
}

export class SendResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) briefId: string;
  @ApiProperty() briefTitle: string;
  @ApiProperty() campaignSlug: string;
  @ApiProperty() version: number;
  @ApiProperty() subject: string;
  @ApiProperty() message: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: StatusCounts }) counts: StatusCounts;
  @ApiProperty({ description: 'Ya no queda nada en cola ni enviándose' }) finished: boolean;
  @ApiProperty({ type: [DeliveryResponse] }) deliveries: DeliveryResponse[];
}

export class SendSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty() subject: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: StatusCounts }) counts: StatusCounts;
}

export class BriefDeliveriesResponse {
  @ApiProperty({ type: [SendSummary] }) sends: SendSummary[];
  @ApiProperty({ type: [DeliveryResponse] }) deliveries: DeliveryResponse[];
}

export class CreateReplyRequest {
  @ApiProperty({ example: '2026-12-15T10:00:00Z', description: 'Cuándo llegó la respuesta' })
  @IsDateString({ strict: true })
  receivedAt: string;

  @ApiProperty({ enum: REPLY_CHANNELS })
  @IsIn(REPLY_CHANNELS)
  channel: ReplyChannel;

  @ApiProperty({ description: 'Qué respondieron, en pocas líneas' })
  @Transform(cleanProseTransform) @IsString() @MinLength(3) @MaxLength(5000)
  summary: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Enlace público a la respuesta (si lo hay)' })
  @ValidateIf((_o, v) => v !== null && v !== undefined && v !== '')
  @IsString() @IsUrl(WEB_URL) @MaxLength(500)
  url?: string | null;
}

export class FollowUpItem {
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ format: 'uuid' }) sendId: string;
  @ApiProperty() campaignTitle: string;
  @ApiProperty() briefTitle: string;
  @ApiProperty() institution: string;
  @ApiProperty() name: string;
  @ApiProperty() sentAt: string;
  @ApiProperty() daysWaiting: number;
}

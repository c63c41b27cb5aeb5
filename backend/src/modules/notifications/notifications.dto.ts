import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { NOTIFICATION_MODES, NOTIFICATION_TYPES, type NotificationMode, type NotificationType } from './notification-types';

const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ListNotificationsQuery {
  @ApiPropertyOptional({ default: 1 }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(1000) page?: number;
}

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type: NotificationType;
  @ApiProperty({ description: 'Título en el idioma de quien pregunta' }) title: string;
  @ApiProperty({ description: 'Una línea más de detalle, en el idioma de quien pregunta' }) body: string;
  @ApiProperty({ description: 'Ruta dentro de Puente a la que lleva el aviso', example: '/foro/preguntas/…' }) link: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() hasMore: boolean;
  @ApiProperty({ description: 'Avisos sin leer en total' }) unread: number;
}

export class UnreadCount {
  @ApiProperty() unread: number;
}

export class NotificationPreferenceItem {
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type: NotificationType;
  @ApiProperty({ description: 'Nombre del tipo en el idioma de quien pregunta' }) label: string;
  @ApiProperty({ enum: NOTIFICATION_MODES }) mode: NotificationMode;
  @ApiProperty({ enum: NOTIFICATION_MODES }) defaultMode: NotificationMode;
}

export class NotificationPreferences {
  @ApiProperty({ type: [NotificationPreferenceItem] }) items: NotificationPreferenceItem[];
}

const modeProp = (type: NotificationType) => ApiPropertyOptional({ enum: NOTIFICATION_MODES, description: `Correo para «${type}»` });

/** Only the types sent change; each is `immediately`, `daily` (one digest a day) or `never` (only in Puente). */
export class UpdateNotificationPreferences {
  @modeProp('forum_answer') @Optional() @IsIn(NOTIFICATION_MODES) forum_answer?: NotificationMode;
  @modeProp('message') @Optional() @IsIn(NOTIFICATION_MODES) message?: NotificationMode;
  @modeProp('grade') @Optional() @IsIn(NOTIFICATION_MODES) grade?: NotificationMode;
  @modeProp('announcement') @Optional() @IsIn(NOTIFICATION_MODES) announcement?: NotificationMode;
  @modeProp('enrolment') @Optional() @IsIn(NOTIFICATION_MODES) enrolment?: NotificationMode;
  @modeProp('certificate') @Optional() @IsIn(NOTIFICATION_MODES) certificate?: NotificationMode;
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'El código del enlace del correo' }) @IsString() @Matches(/^[A-Za-z0-9_-]{20,100}$/) token: string;
}

export class UnsubscribeInfo {
  @ApiProperty({ description: 'Un tipo de aviso, o «digest» para el resumen diario' }) scope: string;
  @ApiProperty({ description: 'Qué correos se dejan de recibir, en el idioma de quien pregunta' }) label: string;
  @ApiProperty({ description: 'Ya no se recibe ese correo' }) unsubscribed: boolean;
}

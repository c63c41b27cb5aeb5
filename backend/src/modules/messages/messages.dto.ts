import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanProseTransform } from '../../common/text/plain-text';
import { WHO_CAN_MESSAGE, type WhoCanMessage } from './messages.entities';

export const BODY_MAX = 5000;

export class SendMessageRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A quién se escribe (conversación entre dos personas)' }) @Optional() @IsUUID() toUserId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Solo asesoría: escribir a quien hizo esta pregunta del foro (reservada por quien escribe)' })
  @Optional()
  @IsUUID()
  questionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Responder en una conversación existente' }) @Optional() @IsUUID() threadId?: string;
  @ApiProperty({ description: 'Texto o Markdown', minLength: 1, maxLength: BODY_MAX }) @Transform(cleanProseTransform) @IsString() @MinLength(1) @MaxLength(BODY_MAX) body: string;
}

export class MessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Lo envió quien consulta' }) mine: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Null si moderación lo ocultó' }) bodyHtml: string | null;
  @ApiProperty({ description: 'Ocultado o eliminado por moderación' }) hidden: boolean;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Solo en los propios: si la otra persona ya lo leyó' }) readByOther: boolean | null;
  @ApiProperty() createdAt: string;
}

export class MessageContact {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null cuando la persona se muestra con seudónimo' }) id: string | null;
  @ApiProperty({ description: 'Nombre, o el seudónimo de la pregunta si es anónima' }) name: string;
  @ApiProperty({ description: 'Se muestra con el seudónimo de una pregunta anónima' }) pseudonymous: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Acreditación de asesoría, si la tiene' }) credential: string | null;
  @ApiProperty({ description: 'La cuenta ya no existe' }) deleted: boolean;
}

export class ThreadSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MessageContact }) other: MessageContact;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Conversación de asesoría sobre esta pregunta del foro' }) questionId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'El comienzo del último mensaje, sin formato' }) lastExcerpt: string | null;
  @ApiProperty({ description: 'El último mensaje es de quien consulta' }) lastMine: boolean;
  @ApiProperty() lastMessageAt: string;
  @ApiProperty() unread: number;
  @ApiProperty({ description: 'Quien consulta bloqueó a la otra persona (o esta conversación, si es un seudónimo)' }) blockedByMe: boolean;
}

export class ThreadDetail {
  @ApiProperty({ type: ThreadSummary }) thread: ThreadSummary;
  @ApiProperty({ type: [MessageView], description: 'Del más antiguo al más reciente' }) messages: MessageView[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Para pedir los anteriores: ?before=' }) nextBefore: string | null;
}

const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ThreadQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Mensajes anteriores a este' }) @Optional() @IsUUID() before?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 50, description: 'Cuántos mensajes por página' }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class SendMessageResult {
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty({ type: MessageView }) message: MessageView;
}

export class UnreadCount {
  @ApiProperty() unread: number;
}

export class BlockRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId: string;
}

export class BlockView {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null cuando se bloqueó un seudónimo desde su conversación' }) userId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'La conversación cerrada, cuando se bloqueó un seudónimo' }) threadId: string | null;
  @ApiProperty({ description: 'Nombre, o el seudónimo de la pregunta' }) name: string;
  @ApiProperty() pseudonymous: boolean;
  @ApiProperty() createdAt: string;
}

export class ContactView {
  @ApiProperty({ type: MessageContact }) contact: MessageContact;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'La conversación que ya tenéis, si la hay' }) threadId: string | null;
  @ApiProperty({ description: 'Quien consulta bloqueó a esta persona' }) blockedByMe: boolean;
}

export class MessageSettingsView {
  @ApiProperty({ enum: WHO_CAN_MESSAGE }) @IsIn(WHO_CAN_MESSAGE) whoCanMessage: WhoCanMessage;
}

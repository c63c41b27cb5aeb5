import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanProseTransform } from '../../common/text/plain-text';
import { CHAT_BODY_MAX } from './chat.service';

const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ChatHistoryQuery {
  @ApiPropertyOptional({ description: 'Mensajes anteriores a este número (página anterior)' }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(2_000_000_000) before?: number;
}

export class PostChatMessageRequest {
  @ApiProperty({ description: 'Texto (sin formato)', minLength: 1, maxLength: CHAT_BODY_MAX }) @Transform(cleanProseTransform) @IsString() @MinLength(1) @MaxLength(CHAT_BODY_MAX) body: string;
}

export class ChatAuthorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Quien imparte la clase' }) trainer: boolean;
}

export class ChatMessageDto {
  @ApiProperty({ description: 'Número del mensaje en el chat de la clase (1, 2, 3…)' }) seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ChatAuthorView }) author: ChatAuthorView;
  @ApiProperty({ description: 'Texto sin formato; vacío si se borró' }) body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Borrado por quien imparte la clase' }) deleted: boolean;
}

export class ChatMuteView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) since: string;
}

export class ChatRoomView {
  @ApiProperty({ format: 'uuid' }) classId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [ChatMessageDto], description: 'Del más antiguo al más reciente' }) messages: ChatMessageDto[];
  @ApiProperty({ description: 'Hay mensajes anteriores (pedir con before=<seq del primero>)' }) hasOlder: boolean;
  @ApiProperty({ description: 'Número del último mensaje del chat (para conectarse con after=)' }) lastSeq: number;
  @ApiProperty({ description: 'Puede borrar mensajes y silenciar' }) canModerate: boolean;
  @ApiProperty({ description: 'Quien consulta está silenciado' }) muted: boolean;
  @ApiProperty({ type: [ChatMuteView], description: 'Solo para quien imparte la clase; vacío para el resto' }) mutes: ChatMuteView[];
  @ApiProperty({ description: 'Dirección del WebSocket (ruta), con ?class= y after=' }) socketPath: string;
}

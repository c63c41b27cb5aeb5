import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { cleanLineTransform } from '../../common/text/plain-text';
import { Optional } from '../../common/http/validation';
import { BilingualText } from '../courses/courses.dto';
import type { ClassMode } from './class.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MODES = ['online', 'in_person', 'hybrid'] as const;

export class CreateClassRequest {
  @ApiProperty({ example: 'plan-de-negocio' })
  @IsString() @MaxLength(100)
  courseSlug: string;

  @ApiProperty({ example: 'Plan de negocio — grupo de Madrid, diciembre' })
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(120)
  title: string;

  @ApiProperty({ example: '2026-12-01', description: 'Fecha (AAAA-MM-DD) en la zona horaria de la clase' })
  @Matches(DATE) @IsDateString({ strict: true })
  startsOn: string;

  @ApiProperty({ example: '2027-01-31' })
  @Matches(DATE) @IsDateString({ strict: true })
  endsOn: string;

  @ApiProperty({ example: 'Europe/Madrid', description: 'Zona horaria IANA' })
  @IsString() @MaxLength(64)
  timezone: string;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt() @Min(1) @Max(1000)
  capacity: number;

  @ApiProperty({ enum: MODES })
  @IsIn(MODES)
  mode: ClassMode;

  @ApiPropertyOptional({ description: 'Obligatorio si la clase es presencial o híbrida' })
  @ValidateIf((o: CreateClassRequest) => o.mode !== 'online' || o.location !== undefined)
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(300)
  location?: string;

  @ApiProperty()
  @IsBoolean()
  enrolmentOpen: boolean;
}

export class UpdateClassRequest {
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(120) title?: string;
  @ApiPropertyOptional() @Optional() @Matches(DATE) @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional() @Optional() @Matches(DATE) @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(64) timezone?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) @Max(1000) capacity?: number;
  @ApiPropertyOptional({ enum: MODES }) @Optional() @IsIn(MODES) mode?: ClassMode;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null borra el lugar (solo en clases en línea)' })
  @ValidateIf((o: UpdateClassRequest) => o.location !== null && o.location !== undefined)
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(300)
  location?: string | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() enrolmentOpen?: boolean;
}

export class ListClassesQuery {
  @ApiPropertyOptional({ description: 'Slug del curso' })
  @Optional() @IsString() @MaxLength(100)
  course?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: solo las clases que no han terminado' })
  @Optional() @IsIn(['true', 'false'])
  upcoming?: 'true' | 'false';
}

export class ClassResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() courseSlug: string;
  @ApiProperty({ type: BilingualText }) courseTitle: BilingualText;
  @ApiProperty() title: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() timezone: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ enum: MODES }) mode: ClassMode;
  @ApiProperty({ nullable: true, type: String }) location: string | null;
  @ApiProperty() enrolmentOpen: boolean;
  @ApiProperty({ description: 'Nombre visible de la persona formadora (nunca su correo)' }) trainerName: string;
  @ApiProperty({ format: 'uuid' }) trainerId: string;
  @ApiProperty({ description: 'Plazas libres' }) placesLeft: number;
  @ApiProperty({ description: 'Personas en lista de espera' }) waitlistCount: number;
  @ApiProperty({ description: 'El último día de la clase ya pasó (en su zona horaria)' }) ended: boolean;
}

export class CreateSessionRequest {
  @ApiProperty({ example: '2026-12-03T18:00:00+01:00', description: 'Fecha y hora ISO 8601 con zona' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiProperty({ minimum: 15, maximum: 480 })
  @IsInt() @Min(15) @Max(480)
  durationMinutes: number;

  @ApiProperty({ example: 'Costes y precios' })
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(200)
  topic: string;

  @ApiPropertyOptional({ example: 'https://meet.example.org/abc' })
  @Optional() @IsUrl({ protocols: ['https'], require_protocol: true })
  meetingUrl?: string;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() topic: string;
  @ApiProperty({ nullable: true, type: String }) meetingUrl: string | null;
}

export class ClassDetailResponse extends ClassResponse {
  @ApiProperty({ type: [SessionResponse] }) sessions: SessionResponse[];
}

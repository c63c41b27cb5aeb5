import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsEmail, IsIn, IsInt, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { OFFICIAL_LEVELS, type Official, type OfficialLevel } from './advocacy.entities';

export const WEB_URL: { protocols: string[]; require_protocol: boolean; require_tld: boolean } = { protocols: ['https', 'http'], require_protocol: true, require_tld: true };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
/** Country codes: trimmed and upper-case, so `es` and ` ES` both read as ES. */
export const upper = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);
export const lowerEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** `null` clears a nullable field; absent leaves it as it is. */
const nullable = (o: object, v: unknown) => v !== null && v !== undefined;

export class CreateOfficialRequest {
  @ApiProperty({ example: 'Área de Migraciones e Igualdad de Trato', description: 'La persona o la oficina a la que se escribe' })
  @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Directora del Área de Migraciones', nullable: true, type: String })
  @ValidateIf(nullable) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200)
  position?: string | null;

  @ApiProperty({ example: 'Defensor del Pueblo' })
  @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200)
  institution: string;

  @ApiProperty({ enum: OFFICIAL_LEVELS })
  @IsIn(OFFICIAL_LEVELS)
  level: OfficialLevel;

  @ApiProperty({ example: 'ES', description: 'ES, EC, EU u otro código ISO 3166-1 de dos letras' })
  @Transform(upper) @IsString() @Matches(COUNTRY)
  country: string;

  @ApiPropertyOptional({ example: 'Madrid', nullable: true, type: String })
  @ValidateIf(nullable) @Transform(cleanLineTransform) @IsString() @MaxLength(120)
  region?: string | null;

  @ApiPropertyOptional({ example: 'registro@defensordelpueblo.es', nullable: true, type: String, description: 'Solo si una fuente oficial lo publica' })
  @ValidateIf(nullable) @Transform(lowerEmail) @IsEmail() @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Formulario o página de contacto oficial' })
  @ValidateIf(nullable) @IsString() @IsUrl(WEB_URL) @MaxLength(500)
  contactUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Dónde se comprobó el dato' })
  @ValidateIf(nullable) @IsString() @IsUrl(WEB_URL) @MaxLength(500)
  sourceUrl?: string | null;

  @ApiPropertyOptional({ example: '2026-11-30', nullable: true, type: String })
  @ValidateIf(nullable) @Matches(DATE) @IsDateString({ strict: true })
  lastVerifiedOn?: string | null;

  @ApiPropertyOptional({ description: 'Marca el contacto como pendiente de comprobar antes de un envío real' })
  @Optional() @IsBoolean()
  needsVerification?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf(nullable) @Transform(cleanProseTransform) @IsString() @MaxLength(1000)
  notes?: string | null;

  @ApiPropertyOptional({ default: true })
  @Optional() @IsBoolean()
  active?: boolean;
}

export class UpdateOfficialRequest {
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200) position?: string | null;
  @ApiPropertyOptional() @Optional() @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200) institution?: string;
  @ApiPropertyOptional({ enum: OFFICIAL_LEVELS }) @Optional() @IsIn(OFFICIAL_LEVELS) level?: OfficialLevel;
  @ApiPropertyOptional() @Optional() @Transform(upper) @IsString() @Matches(COUNTRY) country?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @Transform(cleanLineTransform) @IsString() @MaxLength(120) region?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @Transform(lowerEmail) @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @IsString() @IsUrl(WEB_URL) @MaxLength(500) contactUrl?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @IsString() @IsUrl(WEB_URL) @MaxLength(500) sourceUrl?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @Matches(DATE) @IsDateString({ strict: true }) lastVerifiedOn?: string | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() needsVerification?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf(nullable) @Transform(cleanProseTransform) @IsString() @MaxLength(1000) notes?: string | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
}

export class ListOfficialsQuery {
  @ApiPropertyOptional({ example: 'ES' }) @Optional() @Transform(upper) @IsString() @Matches(COUNTRY) country?: string;
  @ApiPropertyOptional({ enum: OFFICIAL_LEVELS }) @Optional() @IsIn(OFFICIAL_LEVELS) level?: OfficialLevel;
  @ApiPropertyOptional({ description: 'Institución (exacta, sin distinguir mayúsculas)' }) @Optional() @IsString() @MaxLength(200) institution?: string;
  @ApiPropertyOptional({ description: 'Busca en nombre, cargo, institución y lugar' }) @Optional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['true', 'false', 'all'], description: 'Por defecto, solo los activos' }) @Optional() @IsIn(['true', 'false', 'all']) active?: 'true' | 'false' | 'all';
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: solo los que tienen correo (a quienes se puede enviar)' }) @Optional() @IsIn(['true', 'false']) sendable?: 'true' | 'false';
  @ApiPropertyOptional({ minimum: 1 }) @Optional() @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @Optional() @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class OfficialResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty() institution: string;
  @ApiProperty({ enum: OFFICIAL_LEVELS }) level: OfficialLevel;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) contactUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) lastVerifiedOn: string | null;
  @ApiProperty() needsVerification: boolean;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Activo y con correo: se le puede enviar un informe' }) sendable: boolean;
  @ApiProperty({ description: 'Viene del directorio que trae Puente' }) seeded: boolean;
  @ApiProperty() updatedAt: string;

  static from(o: Official): OfficialResponse {
    return {
      id: o.id,
      name: o.name,
      position: o.position,
      institution: o.institution,
      level: o.level,
      country: o.country,
      region: o.region,
      email: o.email,
      contactUrl: o.contactUrl,
      sourceUrl: o.sourceUrl,
      lastVerifiedOn: o.lastVerifiedOn,
      needsVerification: o.needsVerification,
      notes: o.notes,
      active: o.active,
      sendable: o.active && o.email !== null,
      seeded: o.seedKey !== null,
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}

export class OfficialsPage {
  @ApiProperty({ type: [OfficialResponse] }) items: OfficialResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [String], description: 'Instituciones del directorio, para filtrar' }) institutions: string[];
  @ApiProperty({ type: [String], description: 'Países del directorio, para filtrar' }) countries: string[];
}

export class ImportOfficialsRequest {
  @ApiProperty({ description: 'El CSV (UTF-8, con cabecera). Columnas: name, position, institution, level, country, region, email, contact_url, source_url, last_verified, active, notes (también en español: nombre, cargo, institución, nivel, país, región, correo, contacto, fuente, verificado, activo, notas)' })
  @IsString() @MinLength(1) @MaxLength(900_000)
  csv: string;

  @ApiPropertyOptional({ description: 'Si el archivo tiene filas con errores, importa igualmente las válidas' })
  @Optional() @IsBoolean()
  importValidRows?: boolean;
}

export class ImportQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: solo comprueba y muestra qué pasaría' }) @Optional() @IsIn(['true', 'false']) dryRun?: 'true' | 'false';
}

export class ImportRowProblem {
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class ImportRowReport {
  @ApiProperty({ description: 'Línea del archivo (la cabecera es la 1)' }) line: number;
  @ApiProperty({ enum: ['create', 'update', 'error'] }) action: 'create' | 'update' | 'error';
  @ApiProperty() name: string;
  @ApiProperty() institution: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ type: [ImportRowProblem] }) problems: ImportRowProblem[];
}

export class ImportReport {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Se ha guardado algo' }) imported: boolean;
  @ApiProperty() rows: number;
  @ApiProperty() valid: number;
  @ApiProperty() invalid: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ type: [String], description: 'Columnas del archivo que no se reconocen (se ignoran)' }) ignoredColumns: string[];
  @ApiProperty({ type: [ImportRowReport] }) lines: ImportRowReport[];
}

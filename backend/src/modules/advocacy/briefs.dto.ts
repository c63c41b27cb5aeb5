import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import type { Citation } from './advocacy.entities';

const LOCALES = ['es', 'en'] as const;
const cleanEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim() : v)) : value;
const num = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** A source: a law, a report, a law-comparison topic of this site (a path such as /comparativa/arraigo). */
export class CitationInput implements Citation {
  @ApiProperty({ example: 'Real Decreto 1155/2024, Reglamento de la Ley Orgánica 4/2000' })
  @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(500)
  text: string;

  @ApiProperty({ nullable: true, type: String, example: 'https://www.boe.es/eli/es/rd/2024/11/19/1155', description: 'https://… o una ruta de Puente que empiece por /' })
  @ValidateIf((_o, v) => v !== null && v !== undefined && v !== '')
  @IsString() @MaxLength(500) @Matches(/^(https?:\/\/[^\s/$.?#][^\s]*|\/[^\s]*)$/)
  url: string | null;
}

export class BriefContentRequest {
  @ApiProperty() @Transform(cleanLineTransform) @IsString() @MinLength(5) @MaxLength(200) title: string;
  @ApiProperty({ description: 'Resumen ejecutivo (texto plano; párrafos separados por una línea en blanco)' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(3000)
  summary: string;
  @ApiProperty({ description: 'Cuerpo en Markdown (títulos ##, listas, enlaces)' })
  @Transform(cleanProseTransform) @IsString() @MinLength(10) @MaxLength(100000)
  body: string;
  @ApiProperty({ type: [String], description: 'Recomendaciones, una por elemento' })
  @Transform(cleanEach) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MinLength(3, { each: true }) @MaxLength(1000, { each: true })
  recommendations: string[];
  @ApiProperty({ type: [CitationInput] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CitationInput)
  citations: CitationInput[];
}

export class CreateBriefRequest extends BriefContentRequest {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Idioma del informe; por defecto, el de la campaña' }) @Optional() @IsIn(LOCALES) locale?: 'es' | 'en';
}

export class VersionQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'Número de versión; por defecto, la última' }) @Optional() @Transform(num) @IsInt() @Min(1) @Max(100000) version?: number;
}

export class CitationResponse {
  @ApiProperty() text: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
}

export class VersionSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty() authorName: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Cuándo se envió por primera vez (desde entonces no cambia)' }) frozenAt: string | null;
}

export class VersionResponse extends VersionSummary {
  @ApiProperty() summary: string;
  @ApiProperty() body: string;
  @ApiProperty({ description: 'El cuerpo en HTML saneado, para la vista previa' }) bodyHtml: string;
  @ApiProperty({ type: [String] }) recommendations: string[];
  @ApiProperty({ type: [CitationResponse] }) citations: CitationResponse[];
}

export class BriefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() campaignSlug: string;
  @ApiProperty() campaignTitle: string;
  @ApiProperty({ enum: LOCALES }) locale: 'es' | 'en';
  @ApiProperty() latestVersion: number;
  @ApiProperty({ type: VersionResponse, description: 'La versión pedida (por defecto, la última)' }) version: VersionResponse;
  @ApiProperty({ type: [VersionSummary] }) versions: VersionSummary[];
  @ApiProperty() confirmedSignatures: number;
}

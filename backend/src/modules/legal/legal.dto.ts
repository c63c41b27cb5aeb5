import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { cleanLineTransform } from '../../common/text/plain-text';
import { Optional } from '../../common/http/validation';
import { CONFIDENCE, JURISDICTIONS, type Confidence, type Jurisdiction } from './legal-content.schema';

export class LegalBilingual {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
}

export class LegalTopicSummary {
  @ApiProperty({ example: 'reagrupacion-familiar' }) slug: string;
  @ApiProperty({ description: 'Posición en la lista de temas' }) order: number;
  @ApiProperty({ type: LegalBilingual }) title: LegalBilingual;
  @ApiProperty({ type: LegalBilingual }) summary: LegalBilingual;
  @ApiProperty({ example: '2026-11-30', description: 'Fecha de la última comprobación contra las fuentes' }) lastChecked: string;
  @ApiProperty({ type: [String], example: ['family', 'residence'] }) tags: string[];
}

export class LegalCitation {
  @ApiProperty({ description: 'Número de la fuente en la lista del tema' }) n: number;
  @ApiProperty({ example: 'loex' }) source: string;
  @ApiProperty({ example: 'art. 17.1' }) ref: string;
}

export class LegalPoint {
  @ApiProperty({ description: 'Ancla en la página del tema: p-<anchor>' }) anchor: number;
  @ApiProperty({ description: 'El punto en HTML seguro (strong, em, code, a)' }) html: string;
  @ApiProperty({ description: 'El punto en texto llano' }) text: string;
  @ApiProperty({ type: [LegalCitation] }) citations: LegalCitation[];
  @ApiProperty({ enum: CONFIDENCE, description: 'La confianza de la fuente menos segura que cita: partly/unverified se muestran con un aviso' }) confidence: Confidence;
}

export class LegalBlock {
  @ApiProperty({ enum: ['heading', 'paragraph', 'list'] }) type: 'heading' | 'paragraph' | 'list';
  @ApiPropertyOptional({ description: 'El texto de un subtítulo' }) text?: string;
  @ApiPropertyOptional({ description: 'Lista numerada (pasos)' }) ordered?: boolean;
  @ApiProperty({ type: [LegalPoint] }) points: LegalPoint[];
}

export class LegalSection {
  @ApiProperty({ enum: ['ec', 'es', 'agreement', 'differences', 'steps'] }) key: 'ec' | 'es' | 'agreement' | 'differences' | 'steps';
  @ApiProperty({ type: LegalBilingual }) heading: LegalBilingual;
  @ApiProperty({ type: [LegalBlock] }) blocks: LegalBlock[];
}

export class LegalSource {
  @ApiProperty() n: number;
  @ApiProperty({ example: 'loex' }) id: string;
  @ApiProperty() instrument: string;
  @ApiProperty({ description: 'Los artículos que cita el tema' }) articles: string;
  @ApiProperty({ enum: JURISDICTIONS }) jurisdiction: Jurisdiction;
  @ApiProperty({ example: 'https://www.boe.es/buscar/act.php?id=BOE-A-2000-544' }) officialUrl: string;
  @ApiPropertyOptional({ example: 'BOE-A-2000-544' }) boeId?: string;
  @ApiProperty({ enum: CONFIDENCE }) confidence: Confidence;
  @ApiPropertyOptional({ description: 'Qué falta por confirmar' }) note?: string;
}

export class LegalGlanceCell {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
  @ApiProperty({ type: [LegalCitation] }) citations: LegalCitation[];
  @ApiProperty({ enum: CONFIDENCE }) confidence: Confidence;
}

export class LegalGlance {
  @ApiProperty({ type: LegalBilingual }) question: LegalBilingual;
  @ApiProperty({ type: LegalGlanceCell }) EC: LegalGlanceCell;
  @ApiProperty({ type: LegalGlanceCell }) ES: LegalGlanceCell;
}

export class LegalTopicDetail extends LegalTopicSummary {
  @ApiProperty({ type: LegalGlance }) glance: LegalGlance;
  @ApiProperty({ type: LegalSection }) ecuador: LegalSection;
  @ApiProperty({ type: LegalSection }) spain: LegalSection;
  @ApiProperty({ type: LegalSection, nullable: true, description: 'Solo en los temas regidos por un convenio bilateral' }) agreement: LegalSection | null;
  @ApiProperty({ type: LegalSection }) differences: LegalSection;
  @ApiProperty({ type: LegalSection }) steps: LegalSection;
  @ApiProperty({ type: [LegalSource] }) sources: LegalSource[];
  @ApiProperty({ description: 'Puntos que se apoyan, en todo o en parte, en fuentes sin confirmar del todo' }) unconfirmedPoints: number;
}

export class LegalMatrixRow {
  @ApiProperty() slug: string;
  @ApiProperty({ type: LegalBilingual }) title: LegalBilingual;
  @ApiProperty() lastChecked: string;
  @ApiProperty({ type: LegalBilingual }) question: LegalBilingual;
  @ApiProperty({ type: LegalGlanceCell }) EC: LegalGlanceCell;
  @ApiProperty({ type: LegalGlanceCell }) ES: LegalGlanceCell;
  @ApiProperty({ type: [LegalSource], description: 'Las fuentes que citan las dos respuestas' }) sources: LegalSource[];
}

export class LegalMatrix {
  @ApiProperty({ type: [String], example: ['EC', 'ES'] }) countries: string[];
  @ApiProperty({ type: [LegalMatrixRow] }) rows: LegalMatrixRow[];
}

export class LegalSearchHit {
  @ApiProperty() slug: string;
  @ApiProperty({ type: LegalBilingual }) title: LegalBilingual;
  @ApiProperty({ enum: ['summary', 'ec', 'es', 'agreement', 'differences', 'steps'] }) section: string;
  @ApiProperty({ type: LegalBilingual }) sectionHeading: LegalBilingual;
  @ApiProperty({ description: 'Ancla en la página del tema (p-<anchor>); 0 para el resumen' }) anchor: number;
  @ApiProperty({ description: 'Fragmento en HTML: el texto escapado y lo encontrado entre <mark>' }) snippet: string;
}

export class LegalSearchResult {
  @ApiProperty() q: string;
  @ApiProperty({ description: 'Pasajes encontrados (se devuelven los 40 más pertinentes)' }) total: number;
  @ApiProperty({ type: [LegalSearchHit] }) hits: LegalSearchHit[];
}

export class LegalSearchQuery {
  @ApiProperty({ example: 'reagrupacion', description: 'Palabras a buscar, con o sin tildes; "entre comillas" para una frase, -palabra para excluir' })
  @Transform(cleanLineTransform) @IsString() @MinLength(2) @MaxLength(200)
  q: string;
}

const SLUG_LIST = /^[a-z0-9-]+(,[a-z0-9-]+)*$/;

export class LegalTopicListQuery {
  @ApiPropertyOptional({ example: 'family,residence', description: 'Temas que comparten alguna de estas etiquetas, los que más comparten primero' })
  @Optional() @IsString() @MaxLength(300) @Matches(SLUG_LIST)
  tags?: string;

  @ApiPropertyOptional({ example: 'reagrupacion-familiar,educacion', description: 'Solo estos temas, en este orden' })
  @Optional() @IsString() @MaxLength(600) @Matches(SLUG_LIST)
  slugs?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50 })
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  limit?: number;
}

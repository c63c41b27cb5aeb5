import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { LegalTopicSummary } from '../legal/legal.dto';

export class BilingualText {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
}

export class BilingualList {
  @ApiProperty({ type: [String] }) es: string[];
  @ApiProperty({ type: [String] }) en: string[];
}

export class CourseSummary {
  @ApiProperty({ example: 'plan-de-negocio' }) slug: string;
  @ApiProperty() position: number;
  @ApiProperty({ type: BilingualText }) title: BilingualText;
  @ApiProperty({ type: BilingualText }) summary: BilingualText;
  @ApiProperty({ enum: ['beginner', 'intermediate', 'advanced'] }) level: 'beginner' | 'intermediate' | 'advanced';
  @ApiProperty({ description: 'Horas de estudio estimadas' }) hours: number;
  @ApiProperty() lessonCount: number;
  @ApiProperty() version: number;
}

export class CourseListQuery {
  @ApiPropertyOptional({ enum: ['beginner', 'intermediate', 'advanced'] })
  @Optional() @IsIn(['beginner', 'intermediate', 'advanced'])
  level?: 'beginner' | 'intermediate' | 'advanced';

  @ApiPropertyOptional({ description: 'Busca en título y resumen (es y en)' })
  @Optional() @IsString() @MaxLength(100)
  q?: string;
}

export class LessonOutline {
  @ApiProperty() slug: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() minutes: number;
  @ApiProperty() required: boolean;
}

export class LessonPreview extends LessonOutline {
  @ApiProperty({ description: 'HTML seguro (Markdown renderizado y saneado)' }) html: string;
}

export class QuizOutline {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() questionCount: number;
  @ApiProperty({ description: 'Porcentaje para aprobar' }) passMark: number;
  @ApiProperty() maxAttempts: number;
}

export class AssignmentOutline {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() grading: string;
}

export class SourceRef {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() url: string;
  @ApiPropertyOptional() year?: number;
}

export class CompletionRule {
  @ApiProperty({ oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }] }) requiredLessons: 'all' | string[];
  @ApiProperty({ type: [String] }) quizzes: string[];
  @ApiProperty({ type: [String] }) assignments: string[];
  @ApiProperty() attendancePercent: number;
}

export class CourseOutline extends CourseSummary {
  @ApiProperty({ type: BilingualText }) audience: BilingualText;
  @ApiProperty({ type: BilingualList }) outcomes: BilingualList;
  @ApiProperty({ type: CompletionRule }) completion: CompletionRule;
  @ApiProperty({ description: 'Presentación del curso, HTML seguro' }) introHtml: string;
  @ApiProperty({ type: [LessonOutline] }) lessons: LessonOutline[];
  @ApiProperty({ type: LessonPreview, description: 'La primera lección, completa, como muestra' }) preview: LessonPreview;
  @ApiProperty({ type: [QuizOutline] }) quizzes: QuizOutline[];
  @ApiProperty({ type: [AssignmentOutline] }) assignments: AssignmentOutline[];
  @ApiProperty({ type: [SourceRef] }) sources: SourceRef[];
  @ApiProperty({ type: [LegalTopicSummary], description: 'Temas de la comparativa legal relacionados con el curso' }) relatedLegalTopics: LegalTopicSummary[];
  @ApiProperty({ format: 'date-time' }) syncedAt: string;
}

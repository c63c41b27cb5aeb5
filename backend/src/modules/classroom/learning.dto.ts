import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { cleanProseTransform } from '../../common/text/plain-text';
import { IsBoolean, IsIn, IsInt, IsObject, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './learning.entities';
import { ProgressSummary } from './enrolments.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Where a piece of class material is shown: enough for a page's heading and links without another call. */
export class ClassContext {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() courseSlug: string;
  @ApiProperty({ description: 'Zona horaria IANA de la clase' }) timezone: string;
  @ApiProperty({ description: 'Quien llama gestiona la clase (su formador/a o administración)' }) canManage: boolean;
}

export class LessonLink {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class LessonResponse {
  @ApiProperty({ type: ClassContext }) class: ClassContext;
  @ApiProperty() slug: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() minutes: number;
  @ApiProperty() required: boolean;
  @ApiProperty({ description: 'HTML seguro (Markdown renderizado y saneado)' }) html: string;
  @ApiProperty({ type: LessonLink, nullable: true }) previous: LessonLink | null;
  @ApiProperty({ type: LessonLink, nullable: true }) next: LessonLink | null;
  @ApiProperty() lessonCount: number;
  @ApiProperty({ description: 'Quien llama la marcó como hecha' }) done: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'La inscripción de quien llama (null para quien imparte la clase)' }) enrolmentId: string | null;
}

export class ProgressResponse extends ProgressSummary {
  @ApiProperty({ enum: ['active', 'completed'] }) status: 'active' | 'completed';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: string | null;
}

export class QuizOption {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

export class QuizQuestionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['single', 'multiple'] }) type: 'single' | 'multiple';
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [QuizOption] }) options: QuizOption[];
}

export class QuestionReview {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Respondida del todo bien' }) correct: boolean;
  @ApiProperty({ type: [String] }) chosen: string[];
  @ApiProperty({ type: [String], nullable: true, description: 'Las opciones correctas: solo cuando se aprueba o no quedan intentos' }) correctOptions: string[] | null;
  @ApiProperty({ nullable: true, type: String, description: 'Por qué: para las preguntas acertadas, y para todas cuando se revelan las respuestas' }) explanation: string | null;
}

export class AttemptResult {
  @ApiProperty() number: number;
  @ApiProperty({ description: 'Porcentaje de preguntas respondidas del todo bien' }) score: number;
  @ApiProperty() passed: boolean;
  @ApiProperty() correctCount: number;
  @ApiProperty() questionCount: number;
  @ApiProperty() attemptsLeft: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [QuestionReview] }) review: QuestionReview[];
  @ApiProperty({ type: ProgressResponse }) progress: ProgressResponse;
}

export class AttemptSummary {
  @ApiProperty() number: number;
  @ApiProperty() score: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class QuizResponse {
  @ApiProperty({ type: ClassContext }) class: ClassContext;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() passMark: number;
  @ApiProperty() maxAttempts: number;
  @ApiProperty({ type: [QuizQuestionView], description: 'Sin las respuestas correctas' }) questions: QuizQuestionView[];
  @ApiProperty({ type: [AttemptSummary], description: 'Los intentos de quien llama' }) attempts: AttemptSummary[];
  @ApiProperty() attemptsLeft: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: [QuestionReview], nullable: true, description: 'Revisión del último intento de quien llama' }) lastReview: QuestionReview[] | null;
  @ApiProperty({ description: 'Quien llama puede hacer un intento ahora' }) canAttempt: boolean;
}

export class QuizAllowance {
  @ApiProperty() quizSlug: string;
  @ApiProperty({ description: 'Intentos permitidos a esta persona (los del curso más los concedidos)' }) maxAttempts: number;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty() attemptsLeft: number;
}

export class AttemptRequest {
  @ApiProperty({ description: 'Id de pregunta → ids de las opciones elegidas', example: { q1: ['b'], q2: ['a', 'c'] }, type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } })
  @IsObject()
  answers: Record<string, string[]>;
}

export class SubmissionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() assignmentSlug: string;
  @ApiProperty({ description: 'Texto tal como lo escribió la persona (muéstralo escapado)' }) text: string;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: String }) feedback: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) gradedAt: string | null;
}

export class AssignmentResponse {
  @ApiProperty({ type: ClassContext }) class: ClassContext;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Cómo se corrige' }) grading: string;
  @ApiProperty({ description: 'Instrucciones, HTML seguro' }) instructionsHtml: string;
  @ApiProperty({ type: [SubmissionResponse], description: 'Las entregas de quien llama, la más reciente primero' }) submissions: SubmissionResponse[];
  @ApiProperty({ description: 'Quien llama puede entregar (o corregir su entrega pendiente) ahora' }) canSubmit: boolean;
}

export class SubmitRequest {
  @ApiProperty({ minLength: 20, maxLength: 20000, description: 'Texto plano' })
  @Transform(cleanProseTransform) @IsString() @MinLength(20) @MaxLength(20000)
  text: string;

  @ApiPropertyOptional({ example: 'https://docs.example.org/mi-plan', description: 'Enlace a un documento (https)' })
  @Optional() @Transform(trim) @IsString() @MaxLength(2000) @IsUrl({ protocols: ['https'], require_protocol: true })
  link?: string;
}

export class GradeRequest {
  @ApiProperty() @IsBoolean() passed: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Optional() @IsInt() @Min(0) @Max(100)
  score?: number;

  @ApiProperty({ minLength: 2, maxLength: 5000 })
  @Transform(cleanProseTransform) @IsString() @MinLength(2) @MaxLength(5000)
  feedback: string;
}

export class GradingQueueQuery {
  @ApiPropertyOptional({ enum: SUBMISSION_STATUSES, description: 'Por defecto, las pendientes' })
  @Optional() @IsIn(SUBMISSION_STATUSES)
  status?: SubmissionStatus;
}

export class GradingItem extends SubmissionResponse {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() learnerName: string;
  @ApiProperty() assignmentTitle: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { Optional } from '../../common/http/validation';
import { ClassResponse, SessionResponse } from '../classes/classes.dto';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from './enrolment.entity';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './learning.entities';

export class EnrolRequest {
  @ApiPropertyOptional({ description: 'Solo formadores/as y administración: inscribe a otra persona (por su correo) en vez de a quien llama' })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) classId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Puesto en la lista de espera (1 = la siguiente)' }) waitlistPosition: number | null;
  @ApiProperty({ format: 'date-time' }) queuedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) activatedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: string | null;
}

export class ProgressSummary {
  @ApiProperty({ description: 'Porcentaje de lecciones obligatorias hechas' }) percent: number;
  @ApiProperty() lessonsDone: number;
  @ApiProperty() lessonsRequired: number;
  @ApiProperty() complete: boolean;
}

export class WorkItem {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class PendingAssignment extends WorkItem {
  @ApiProperty({ enum: ['not_submitted', ...SUBMISSION_STATUSES] }) status: 'not_submitted' | SubmissionStatus;
}

export class PendingWork {
  @ApiProperty({ type: WorkItem, nullable: true, description: 'La siguiente lección obligatoria sin hacer' }) nextLesson: WorkItem | null;
  @ApiProperty({ type: [WorkItem], description: 'Cuestionarios exigidos aún sin aprobar' }) quizzes: WorkItem[];
  @ApiProperty({ type: [PendingAssignment], description: 'Tareas exigidas aún sin aprobar' }) assignments: PendingAssignment[];
}

export class MyEnrolmentResponse extends EnrolmentResponse {
  @ApiProperty({ type: ClassResponse }) class: ClassResponse;
  @ApiProperty({ type: ProgressSummary }) progress: ProgressSummary;
  @ApiProperty({ type: SessionResponse, nullable: true }) nextSession: SessionResponse | null;
  @ApiProperty({ type: PendingWork }) pending: PendingWork;
}

export class LessonState {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() minutes: number;
  @ApiProperty() required: boolean;
  @ApiProperty() done: boolean;
}

export class QuizState {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() questionCount: number;
  @ApiProperty() passMark: number;
  @ApiProperty() maxAttempts: number;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ nullable: true, type: Number }) bestScore: number | null;
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: 'Exigido para completar la clase' }) required: boolean;
}

export class AssignmentState {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['not_submitted', ...SUBMISSION_STATUSES] }) status: 'not_submitted' | SubmissionStatus;
  @ApiProperty() passed: boolean;
  @ApiProperty() required: boolean;
}

export class AttendanceState {
  @ApiProperty({ description: 'Sesiones que ya han empezado' }) held: number;
  @ApiProperty() attended: number;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
  @ApiProperty({ description: 'Porcentaje exigido por el curso (0 = no se exige)' }) required: number;
}

export class EnrolmentDetailResponse extends EnrolmentResponse {
  @ApiProperty({ type: ProgressSummary }) progress: ProgressSummary;
  @ApiProperty({ type: [LessonState] }) lessons: LessonState[];
  @ApiProperty({ type: [QuizState] }) quizzes: QuizState[];
  @ApiProperty({ type: [AssignmentState] }) assignments: AssignmentState[];
  @ApiProperty({ type: AttendanceState }) attendance: AttendanceState;
}

export class ClassMembershipResponse {
  @ApiProperty({ description: 'Quien llama es la persona formadora de la clase o administra Puente' }) canManage: boolean;
  @ApiProperty({ type: EnrolmentDetailResponse, nullable: true, description: 'La inscripción de quien llama (también si está en espera o se dio de baja)' })
  enrolment: EnrolmentDetailResponse | null;
}

export class TeachingClassResponse extends ClassResponse {
  @ApiProperty() activeCount: number;
  @ApiProperty() completedCount: number;
  @ApiProperty({ description: 'Entregas de tareas sin corregir' }) pendingSubmissions: number;
  @ApiProperty({ type: SessionResponse, nullable: true }) nextSession: SessionResponse | null;
}

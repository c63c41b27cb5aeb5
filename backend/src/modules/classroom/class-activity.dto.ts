import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { cleanLineTransform, cleanProseTransform } from '../../common/text/plain-text';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from './enrolment.entity';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './learning.entities';


export class AttendanceRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Ids de las personas presentes; las demás inscritas quedan como ausentes' })
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  present: string[];
}

export class AttendanceLearner {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() present: boolean;
}

export class AttendanceResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() topic: string;
  @ApiProperty({ description: 'La sesión ya ha empezado (solo entonces se puede pasar lista)' }) started: boolean;
  @ApiProperty({ type: [AttendanceLearner] }) learners: AttendanceLearner[];
  @ApiProperty() presentCount: number;
}

export class AnnouncementRequest {
  @ApiProperty({ minLength: 3, maxLength: 160 })
  @Transform(cleanLineTransform) @IsString() @MinLength(3) @MaxLength(160)
  title: string;

  @ApiProperty({ minLength: 3, maxLength: 10000, description: 'Markdown sencillo' })
  @Transform(cleanProseTransform) @IsString() @MinLength(3) @MaxLength(10000)
  body: string;
}

export class AnnouncementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'HTML seguro' }) html: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Personas a las que se envió por correo' }) recipients: number;
}

export class RosterQuiz {
  @ApiProperty() slug: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ description: 'Intentos permitidos a esta persona (los del curso más los concedidos)' }) allowed: number;
  @ApiProperty({ nullable: true, type: Number }) bestScore: number | null;
  @ApiProperty() passed: boolean;
}

export class RosterAssignment {
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ['not_submitted', ...SUBMISSION_STATUSES] }) status: 'not_submitted' | SubmissionStatus;
}

export class RosterLearner {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ format: 'date-time' }) queuedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: string | null;
  @ApiProperty() percent: number;
  @ApiProperty() lessonsDone: number;
  @ApiProperty({ type: [RosterQuiz] }) quizzes: RosterQuiz[];
  @ApiProperty({ type: [RosterAssignment] }) assignments: RosterAssignment[];
  @ApiProperty() pendingSubmissions: number;
  @ApiProperty() attended: number;
  @ApiProperty({ nullable: true, type: Number }) attendancePercent: number | null;
}

export class RosterColumn {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class RosterResponse {
  @ApiProperty({ format: 'uuid' }) classId: string;
  @ApiProperty() title: string;
  @ApiProperty() capacity: number;
  @ApiProperty() lessonsRequired: number;
  @ApiProperty({ description: 'Sesiones que ya han empezado' }) sessionsHeld: number;
  @ApiProperty({ type: [RosterColumn] }) quizzes: RosterColumn[];
  @ApiProperty({ type: [RosterColumn] }) assignments: RosterColumn[];
  @ApiProperty({ type: [RosterLearner], description: 'Activas y completadas, por nombre' }) learners: RosterLearner[];
  @ApiProperty({ type: [RosterLearner], description: 'Lista de espera, en orden' }) waitlist: RosterLearner[];
}

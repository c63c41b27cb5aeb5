import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AssignmentsService } from './assignments.service';
import { Announcement, Attendance } from './class-activity.entities';
import { ClassActivityController } from './class-activity.controller';
import { ClassActivityService } from './class-activity.service';
import { ClassroomAccess } from './classroom-access.service';
import { ClassroomEvents } from './classroom-events.service';
import { ClassroomPersonalData } from './classroom-personal-data';
import { CompletionService } from './completion.service';
import { Enrolment } from './enrolment.entity';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsService } from './enrolments.service';
import { LessonProgress, QuizAttempt, Submission } from './learning.entities';
import { LearningController } from './learning.controller';
import { LessonsService } from './lessons.service';
import { ProgressService } from './progress.service';
import { QuizzesService } from './quizzes.service';

/** Taking part in classes: enrolment and waitlist, lessons, quizzes, assignments, attendance, announcements, completion. */
@Module({
  imports: [MikroOrmModule.forFeature([Enrolment, LessonProgress, QuizAttempt, Submission, Attendance, Announcement]), ClassesModule, UsersModule, NotificationsModule],
  controllers: [EnrolmentsController, LearningController, ClassActivityController],
  providers: [ClassroomAccess, ClassroomEvents, ProgressService, CompletionService, EnrolmentsService, LessonsService, QuizzesService, AssignmentsService, ClassActivityService, ClassroomPersonalData],
  exports: [ClassroomEvents, ClassroomAccess],
})
export class ClassroomModule {}

import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { AssignmentsService } from './assignments.service';
import { AssignmentResponse, AttemptRequest, AttemptResult, GradeRequest, GradingItem, GradingQueueQuery, LessonResponse, ProgressResponse, QuizAllowance, QuizResponse, SubmissionResponse, SubmitRequest } from './learning.dto';
import { LessonsService } from './lessons.service';
import { QuizzesService } from './quizzes.service';

@ApiTags('learning')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class LearningController {
  constructor(
    private readonly lessons: LessonsService,
    private readonly quizzes: QuizzesService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Authenticated()
  @Get('classes/:id/lessons/:lessonSlug')
  @ApiOkResponse({ type: LessonResponse, description: 'Solo personas inscritas y quien gestiona la clase' })
  lesson(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('lessonSlug') slug: string): Promise<LessonResponse> {
    return this.lessons.read(user, id, slug);
  }

  @Authenticated()
  @Post('enrolments/:id/lessons/:lessonSlug/complete')
  @ApiCreatedResponse({ type: ProgressResponse })
  completeLesson(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('lessonSlug') slug: string): Promise<ProgressResponse> {
    return this.lessons.complete(user, id, slug);
  }

  @Authenticated()
  @Get('classes/:id/quizzes/:quizSlug')
  @ApiOkResponse({ type: QuizResponse })
  quiz(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('quizSlug') slug: string): Promise<QuizResponse> {
    return this.quizzes.view(user, id, slug);
  }

  @Authenticated()
  @Post('classes/:id/quizzes/:quizSlug/attempts')
  @ApiCreatedResponse({ type: AttemptResult })
  attempt(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('quizSlug') slug: string, @Body() dto: AttemptRequest): Promise<AttemptResult> {
    return this.quizzes.attempt(user, id, slug, dto.answers);
  }

  @Roles('trainer', 'admin')
  @Post('enrolments/:id/quizzes/:quizSlug/extra-attempt')
  @ApiCreatedResponse({ type: QuizAllowance, description: 'Un intento más para esta persona (su formador/a o administración)' })
  grantAttempt(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('quizSlug') slug: string): Promise<QuizAllowance> {
    return this.quizzes.grantAttempt(user, id, slug);
  }

  @Authenticated()
  @Get('classes/:id/assignments/:slug')
  @ApiOkResponse({ type: AssignmentResponse })
  assignment(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('slug') slug: string): Promise<AssignmentResponse> {
    return this.assignments.view(user, id, slug);
  }

  @Authenticated()
  @Post('classes/:id/assignments/:slug/submissions')
  @ApiCreatedResponse({ type: SubmissionResponse })
  submit(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('slug') slug: string, @Body() dto: SubmitRequest): Promise<SubmissionResponse> {
    return this.assignments.submit(user, id, slug, dto);
  }

  @Roles('trainer', 'admin')
  @Get('classes/:id/submissions')
  @ApiOkResponse({ type: [GradingItem], description: 'Cola de corrección de la clase' })
  queue(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Query() query: GradingQueueQuery): Promise<GradingItem[]> {
    return this.assignments.queue(user, id, query.status);
  }

  @Roles('trainer', 'admin')
  @Post('submissions/:id/grade')
  @ApiCreatedResponse({ type: SubmissionResponse })
  grade(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: GradeRequest): Promise<SubmissionResponse> {
    return this.assignments.grade(user, id, dto);
  }
}

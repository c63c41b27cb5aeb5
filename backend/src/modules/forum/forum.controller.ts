import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, Public } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import { RequestLocale } from '../../common/http/request-locale';
import type { Locale, User } from '../users/user.entity';
import { AnswerRequest, AskQuestionRequest, CategoryResponse, ListQuestionsQuery, MineQuestion, PostResult, QuestionDetail, QuestionPage } from './forum.dto';
import { ForumService } from './forum.service';

/** A preview (personal data masked, nothing stored) is 200; a stored post is 201. */
function postStatus(res: Response, result: PostResult): PostResult {
  res.status(result.outcome === 'preview' ? HttpStatus.OK : HttpStatus.CREATED);
  return result;
}

@ApiTags('forum')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('forum')
export class ForumController {
  constructor(private readonly forum: ForumService) {}

  @Public()
  @Get('categories')
  @ApiOkResponse({ type: [CategoryResponse] })
  categories(): Promise<CategoryResponse[]> {
    return this.forum.categories();
  }

  @Public()
  @Get('questions')
  @ApiOkResponse({ type: QuestionPage, description: 'Preguntas visibles, con actividad más reciente primero (o por relevancia al buscar)' })
  list(@Query() q: ListQuestionsQuery): Promise<QuestionPage> {
    return this.forum.list(q);
  }

  @Authenticated()
  @Get('questions/mine')
  @ApiOkResponse({ type: [MineQuestion], description: 'Tus preguntas, también las anónimas y las retenidas; solo para ti' })
  mine(@CurrentUser() user: User): Promise<MineQuestion[]> {
    return this.forum.mine(user);
  }

  @Public()
  @Get('questions/:id')
  @ApiOkResponse({ type: QuestionDetail })
  detail(@Param('id', uuidParam()) id: string, @CurrentUser() user: User | undefined): Promise<QuestionDetail> {
    return this.forum.detail(id, user ?? null);
  }

  @Authenticated()
  @Post('questions')
  @ApiOkResponse({ type: PostResult, description: 'outcome «preview»: se ocultaron datos personales y no se guardó nada; reenvía con confirm: true' })
  @ApiCreatedResponse({ type: PostResult, description: 'outcome «published» o «held» (pendiente de moderación)' })
  async ask(@CurrentUser() user: User, @Body() dto: AskQuestionRequest, @RequestLocale() locale: Locale, @Res({ passthrough: true }) res: Response): Promise<PostResult> {
    return postStatus(res, await this.forum.ask(user, dto, locale));
  }

  @Authenticated()
  @Post('questions/:id/answers')
  @ApiOkResponse({ type: PostResult, description: 'outcome «preview»: se ocultaron datos personales y no se guardó nada' })
  @ApiCreatedResponse({ type: PostResult })
  async answer(
    @CurrentUser() user: User,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AnswerRequest,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PostResult> {
    return postStatus(res, await this.forum.answer(user, id, dto, locale));
  }

  @Authenticated()
  @Post('answers/:id/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: QuestionDetail, description: 'Quien preguntó, una persona asesora o moderación' })
  accept(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<QuestionDetail> {
    return this.forum.accept(user, id);
  }
}

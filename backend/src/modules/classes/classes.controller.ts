import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { ClassDetailResponse, ClassResponse, CreateClassRequest, CreateSessionRequest, ListClassesQuery, SessionResponse, UpdateClassRequest } from './classes.dto';
import { ClassesService } from './classes.service';

@ApiTags('classes')
@Controller('classes')
export class ClassesController {
  constructor(private readonly classes: ClassesService) {}

  @Roles('trainer', 'admin')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @Post()
  @ApiCreatedResponse({ type: ClassResponse })
  create(@CurrentUser() user: User, @Body() dto: CreateClassRequest): Promise<ClassResponse> {
    return this.classes.create(user, dto);
  }

  @Roles('trainer', 'admin')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @Patch(':id')
  @ApiOkResponse({ type: ClassResponse })
  update(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: UpdateClassRequest): Promise<ClassResponse> {
    return this.classes.update(user, id, dto);
  }

  @Public()
  @Get()
  @ApiOkResponse({ type: [ClassResponse] })
  list(@Query() query: ListClassesQuery): Promise<ClassResponse[]> {
    return this.classes.list(query.course, query.upcoming === 'true');
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: ClassDetailResponse, description: 'Los enlaces de las sesiones (meetingUrl) solo se muestran a quien participa en la clase o la gestiona' })
  detail(@Param('id', uuidParam()) id: string, @CurrentUser() viewer: User | undefined): Promise<ClassDetailResponse> {
    return this.classes.detail(id, viewer);
  }

  @Roles('trainer', 'admin')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @Post(':id/sessions')
  @ApiCreatedResponse({ type: SessionResponse })
  addSession(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: CreateSessionRequest): Promise<SessionResponse> {
    return this.classes.addSession(user, id, dto);
  }

  @Public()
  @Get(':id/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Calendario iCalendar (RFC 5545) con las sesiones de la clase' })
  async calendar(@Param('id', uuidParam()) id: string, @Res() res: Response): Promise<void> {
    const { filename, body } = await this.classes.calendar(id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
    res.send(body);
  }
}

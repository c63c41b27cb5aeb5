import { Body, Controller, Delete, Get, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { ClassMembershipResponse, EnrolmentDetailResponse, EnrolmentResponse, EnrolRequest, MyEnrolmentResponse, TeachingClassResponse } from './enrolments.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('enrolments')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Authenticated()
  @Post('classes/:id/enrolments')
  @ApiCreatedResponse({ type: EnrolmentResponse, description: 'Inscrita (active) o en lista de espera (waitlisted). 200 si ya lo estaba.' })
  @ApiOkResponse({ type: EnrolmentResponse, description: 'Ya estaba inscrita o en espera: la misma inscripción' })
  async enrol(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: EnrolRequest, @Res({ passthrough: true }) res: Response): Promise<EnrolmentResponse> {
    const { created, enrolment } = await this.enrolments.enrol(user, id, dto);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return enrolment;
  }

  @Authenticated()
  @Get('classes/:id/me')
  @ApiOkResponse({ type: ClassMembershipResponse })
  membership(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<ClassMembershipResponse> {
    return this.enrolments.membership(user, id);
  }

  @Authenticated()
  @Get('enrolments/:id')
  @ApiOkResponse({ type: EnrolmentDetailResponse, description: 'Para la persona inscrita y para quien gestiona la clase' })
  detail(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<EnrolmentDetailResponse> {
    return this.enrolments.detail(user, id);
  }

  @Authenticated()
  @Delete('enrolments/:id')
  @ApiOkResponse({ type: EnrolmentResponse, description: 'La persona se da de baja (withdrawn) o quien gestiona la clase la quita (removed)' })
  end(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<EnrolmentResponse> {
    return this.enrolments.end(user, id);
  }

  @Authenticated()
  @Get('me/enrolments')
  @ApiOkResponse({ type: [MyEnrolmentResponse] })
  mine(@CurrentUser() user: User): Promise<MyEnrolmentResponse[]> {
    return this.enrolments.mine(user);
  }

  @Roles('trainer', 'admin')
  @Get('me/classes')
  @ApiOkResponse({ type: [TeachingClassResponse], description: 'Las clases que imparte quien llama' })
  teaching(@CurrentUser() user: User): Promise<TeachingClassResponse[]> {
    return this.enrolments.teaching(user);
  }
}

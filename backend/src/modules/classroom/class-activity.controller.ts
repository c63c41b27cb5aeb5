import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Roles } from '../../common/auth/access.decorators';
import { uuidParam } from '../../common/http/params';
import type { User } from '../users/user.entity';
import { AnnouncementRequest, AnnouncementResponse, AttendanceRequest, AttendanceResponse, RosterResponse } from './class-activity.dto';
import { ClassActivityService } from './class-activity.service';

@ApiTags('classes')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('classes/:id')
export class ClassActivityController {
  constructor(private readonly activity: ClassActivityService) {}

  @Roles('trainer', 'admin')
  @Get('sessions/:sessionId/attendance')
  @ApiOkResponse({ type: AttendanceResponse })
  attendance(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Param('sessionId', uuidParam('sessionId')) sessionId: string): Promise<AttendanceResponse> {
    return this.activity.attendance(user, id, sessionId);
  }

  @Roles('trainer', 'admin')
  @Put('sessions/:sessionId/attendance')
  @ApiOkResponse({ type: AttendanceResponse })
  takeAttendance(
    @CurrentUser() user: User,
    @Param('id', uuidParam()) id: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() dto: AttendanceRequest,
  ): Promise<AttendanceResponse> {
    return this.activity.takeAttendance(user, id, sessionId, dto.present);
  }

  @Roles('trainer', 'admin')
  @Post('announcements')
  @ApiCreatedResponse({ type: AnnouncementResponse, description: 'Se publica y se envía por correo a la clase' })
  announce(@CurrentUser() user: User, @Param('id', uuidParam()) id: string, @Body() dto: AnnouncementRequest): Promise<AnnouncementResponse> {
    return this.activity.announce(user, id, dto);
  }

  @Authenticated()
  @Get('announcements')
  @ApiOkResponse({ type: [AnnouncementResponse] })
  announcements(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<AnnouncementResponse[]> {
    return this.activity.announcements(user, id);
  }

  @Roles('trainer', 'admin')
  @Get('roster')
  @ApiOkResponse({ type: RosterResponse })
  roster(@CurrentUser() user: User, @Param('id', uuidParam()) id: string): Promise<RosterResponse> {
    return this.activity.roster(user, id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Patch, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth, ApiOkResponse, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser } from '../../common/auth/access.decorators';
import { SessionService } from '../auth/session.service';
import type { User } from './user.entity';
import { PersonalDataExport, UpdateMeRequest, UserResponse } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiCookieAuth()
@ApiBearerAuth()
@Authenticated()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService, private readonly sessions: SessionService) {}

  @Get()
  @ApiOkResponse({ type: UserResponse })
  get(@CurrentUser() user: User): UserResponse {
    return UserResponse.from(user);
  }

  @Patch()
  @ApiOkResponse({ type: UserResponse })
  update(@CurrentUser() user: User, @Body() dto: UpdateMeRequest): Promise<UserResponse> {
    return this.users.updateMe(user, dto);
  }

  @Get('export')
  @ApiOkResponse({ type: PersonalDataExport, description: 'Todos tus datos personales en JSON (descarga)' })
  async export(@CurrentUser() user: User, @Res({ passthrough: true }) res: Response): Promise<PersonalDataExport> {
    res.setHeader('Content-Disposition', 'attachment; filename="puente-mis-datos.json"');
    return this.users.export(user);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Cuenta y datos personales eliminados' })
  async delete(@CurrentUser() user: User, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.users.deleteMe(user);
    this.sessions.clearCookie(res);
  }
}

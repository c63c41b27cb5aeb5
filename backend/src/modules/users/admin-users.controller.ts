import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { uuidParam } from '../../common/http/params';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/access.decorators';
import { ListUsersQuery, UpdateRolesRequest, UserListResponse, UserResponse } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserListResponse })
  list(@Query() query: ListUsersQuery): Promise<UserListResponse> {
    return this.users.list(query);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  setRoles(@Param('id', uuidParam()) id: string, @Body() dto: UpdateRolesRequest): Promise<UserResponse> {
    return this.users.setRoles(id, dto.roles);
  }
}

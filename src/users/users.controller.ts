import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { CreateUserDto, UserView } from './users.dto.js';
import { toUserView, UsersService } from './users.service.js';

@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The caller' })
  @ApiOkResponse({ type: UserView })
  me(@Caller() caller: CurrentUser): UserView {
    return toUserView(caller);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user in a unit of the caller’s scope' })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(caller, dto);
  }
}

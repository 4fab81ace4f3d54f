import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { Authenticated, OpenBeforePasswordChange, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import {
  NotificationSettingsDto,
  NotificationSettingsView,
  ChangePasswordDto,
  CreateUserDto,
  SetPasswordDto,
  UpdateUserDto,
  UserDetailView,
  UserQuery,
  UserView,
} from './users.dto.js';
import { toUserView, UsersService } from './users.service.js';

@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get('me')
  @Authenticated()
  @OpenBeforePasswordChange()
  @ApiOperation({ summary: 'The caller' })
  @ApiOkResponse({ type: UserView })
  me(@Caller() caller: CurrentUser): UserView {
    return toUserView(caller);
  }

  @Get('me/notifications')
  @Authenticated()
  @ApiOperation({ summary: 'One’s own e-mail address and choice for notifications' })
  @ApiOkResponse({ type: NotificationSettingsView })
  notificationSettings(@Caller() caller: CurrentUser) {
    return this.users.notificationSettings(caller);
  }

  @Put('me/notifications')
  @Authenticated()
  @ApiOperation({ summary: 'Set one’s own e-mail address and whether notifications are e-mailed to it' })
  @ApiOkResponse({ type: NotificationSettingsView })
  setNotificationSettings(@Caller() caller: CurrentUser, @Body() dto: NotificationSettingsDto) {
    return this.users.setNotificationSettings(caller, dto);
  }

  @Post('me/password')
  @Authenticated()
  @OpenBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change one’s own password',
    description:
      'A wrong current password → 422 (password.current); a new one shorter than 10 characters, equal to the username or very common → 422 (password.weak). Every token issued before stops working: sign in again.',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  async changeOwnPassword(@Caller() caller: CurrentUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.users.changeOwnPassword(caller, dto.currentPassword, dto.newPassword);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Users of units in the caller’s scope, by username' })
  @ApiPageOf(UserDetailView)
  list(@Caller() caller: CurrentUser, @Query() query: UserQuery) {
    return this.users.list(caller, query);
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'A user of a unit in the caller’s scope' })
  @ApiOkResponse({ type: UserDetailView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number): Promise<UserDetailView> {
    return this.users.get(caller, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user in a unit of the caller’s scope' })
  @ApiCreatedResponse({ type: UserView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(caller, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a user’s name, unit, roles or whether it may sign in',
    description:
      '`active: false` signs the user out at once. An administrator deactivating itself or removing its own admin role → 422 (user.self_lockout).',
  })
  @ApiOkResponse({ type: UserDetailView })
  update(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateUserDto,
  ): Promise<UserDetailView> {
    return this.users.update(caller, id, dto);
  }

  @Put(':id/password')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password that the user must change at its next sign-in',
    description:
      'The user’s tokens stop working; until the user changes it, every route but the two it needs answers 403.',
  })
  @ApiNoContentResponse({ description: 'Set' })
  async setPassword(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: SetPasswordDto,
  ): Promise<void> {
    await this.users.setPassword(caller, id, dto.password);
  }
}

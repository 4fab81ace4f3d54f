import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { NotificationPageView, NotificationQuery } from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('api/notifications')
export class NotificationsController {
  constructor(@Inject(NotificationsService) private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The caller’s notifications, newest first, with the number still unread' })
  @ApiOkResponse({ type: NotificationPageView })
  list(@Caller() caller: CurrentUser, @Query() query: NotificationQuery) {
    return this.notifications.list(caller, query);
  }

  @Post('read-all')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Mark every notification of the caller read' })
  @ApiNoContentResponse({ description: 'Marked' })
  readAll(@Caller() caller: CurrentUser) {
    return this.notifications.markAllRead(caller);
  }

  @Post(':id/read')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Mark one of the caller’s notifications read' })
  @ApiNoContentResponse({ description: 'Marked' })
  @ApiNotFoundResponse({ description: 'Not the caller’s, or no such notification' })
  async read(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    await this.notifications.markRead(caller, id);
  }
}

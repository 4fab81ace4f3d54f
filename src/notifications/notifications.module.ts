import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** Each user's inbox: who is told of what (api.md, "Notifications and deadlines"). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationMailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}

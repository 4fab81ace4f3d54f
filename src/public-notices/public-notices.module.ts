import { CalendarModule } from '../calendar/calendar.module.js';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { PublicNoticeBoardController, PublicNoticesController } from './public-notices.controller.js';
import { PublicNoticesService } from './public-notices.service.js';

/** Public notices of candidates and the public's comments on them (công khai). */
@Module({
  imports: [NominationsModule, NotificationsModule, CalendarModule],
  controllers: [PublicNoticesController, PublicNoticeBoardController],
  providers: [PublicNoticesService],
  exports: [PublicNoticesService],
})
export class PublicNoticesModule {}

import { DeadlineReminders } from './deadline-reminders.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UnitsModule } from '../units/units.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { AttachmentsService } from './attachments.service.js';
import { EligibilityFacts } from './eligibility-facts.js';
import { NominationWorkflow } from './nomination.workflow.js';
import { NominationsController } from './nominations.controller.js';
import { NominationsService } from './nominations.service.js';

@Module({
  imports: [WorkflowModule, UnitsModule, NotificationsModule, CalendarModule],
  controllers: [NominationsController],
  providers: [NominationsService, NominationWorkflow, EligibilityFacts, AttachmentsService, DeadlineReminders],
  exports: [NominationsService, NominationWorkflow, AttachmentsService, DeadlineReminders],
})
export class NominationsModule {}

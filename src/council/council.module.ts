import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { CouncilController } from './council.controller.js';
import { CouncilSessionWorkflow } from './council-session.workflow.js';
import { CouncilDocumentsService } from './council-documents.service.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import { CouncilsService } from './councils.service.js';

@Module({
  imports: [WorkflowModule, NominationsModule, NotificationsModule],
  controllers: [CouncilController],
  providers: [CouncilsService, CouncilSessionsService, CouncilDocumentsService, CouncilSessionWorkflow],
  exports: [CouncilsService, CouncilSessionsService],
})
export class CouncilModule {}

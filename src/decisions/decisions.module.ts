import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { AwardVerificationService } from './award-verification.service.js';
import { VerificationController } from './verification.controller.js';

@Module({
  imports: [WorkflowModule, NominationsModule, NotificationsModule],
  controllers: [DecisionsController, VerificationController],
  providers: [DecisionsService, DecisionDocumentsService, AwardVerificationService],
  exports: [DecisionsService, DecisionDocumentsService, AwardVerificationService],
})
export class DecisionsModule {}

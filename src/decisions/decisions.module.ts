import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { CertificatePrintsController } from './certificate-prints.controller.js';
import { CertificatePrintsService } from './certificate-prints.service.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { AwardVerificationService } from './award-verification.service.js';
import { VerificationController } from './verification.controller.js';

@Module({
  imports: [WorkflowModule, NominationsModule, NotificationsModule, UsersModule],
  controllers: [DecisionsController, VerificationController, CertificatePrintsController],
  providers: [DecisionsService, DecisionDocumentsService, AwardVerificationService, CertificatePrintsService],
  exports: [DecisionsService, DecisionDocumentsService, AwardVerificationService, CertificatePrintsService],
})
export class DecisionsModule {}

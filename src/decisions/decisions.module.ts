import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [WorkflowModule, NominationsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionDocumentsService],
  exports: [DecisionsService, DecisionDocumentsService],
})
export class DecisionsModule {}

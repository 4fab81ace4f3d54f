import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [WorkflowModule, NominationsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService],
})
export class DecisionsModule {}

import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { ClustersService } from './clusters.service.js';
import { MovementWorkflow, TargetWorkflow } from './movement.workflows.js';
import { MovementsController } from './movements.controller.js';
import { MovementsService } from './movements.service.js';

@Module({
  imports: [WorkflowModule],
  controllers: [MovementsController],
  providers: [MovementsService, ClustersService, MovementWorkflow, TargetWorkflow],
  exports: [MovementsService],
})
export class MovementsModule {}

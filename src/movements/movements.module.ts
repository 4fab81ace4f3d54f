import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { ClustersService } from './clusters.service.js';
import { MovementWorkflow, TargetWorkflow } from './movement.workflows.js';
import { MovementsController } from './movements.controller.js';
import { MovementImportsService } from './movement-imports.service.js';
import { MovementsService } from './movements.service.js';
import { ProgressReportsService } from './progress-reports.service.js';
import { TargetsService } from './targets.service.js';

@Module({
  imports: [WorkflowModule],
  controllers: [MovementsController],
  providers: [
    MovementsService,
    TargetsService,
    ProgressReportsService,
    MovementImportsService,
    ClustersService,
    MovementWorkflow,
    TargetWorkflow,
  ],
  exports: [MovementsService, TargetsService, ProgressReportsService, MovementImportsService, ClustersService],
})
export class MovementsModule {}

import { Module } from '@nestjs/common';
import { WorkflowsController } from './workflows.controller.js';

/** Every feature's workflow machine, described for the API and the docs: above the features, as it names them all. */
@Module({ controllers: [WorkflowsController] })
export class WorkflowCatalogueModule {}

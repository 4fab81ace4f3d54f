import { Module } from '@nestjs/common';
import { AwardTypesController } from './award-types.controller.js';

@Module({ controllers: [AwardTypesController] })
export class AwardTypesModule {}

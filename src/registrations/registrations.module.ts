import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { UnitsModule } from '../units/units.module.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [PeopleModule, UnitsModule],
  controllers: [RegistrationsController],
  providers: [RegistrationsService],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}

import { Module } from '@nestjs/common';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsService } from './registrations.service.js';

@Module({ controllers: [RegistrationsController], providers: [RegistrationsService] })
export class RegistrationsModule {}

import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({ imports: [UnitsModule], controllers: [UsersController], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}

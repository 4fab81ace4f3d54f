import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { CreateRegistrationDto, RegistrationQuery } from './registrations.dto.js';
import { RegistrationsService } from './registrations.service.js';

@ApiTags('registrations')
@Controller('api/registrations')
export class RegistrationsController {
  constructor(@Inject(RegistrationsService) private readonly registrations: RegistrationsService) {}

  @Post()
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Register a person or a collective for a title at the start of a year (đăng ký thi đua)' })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateRegistrationDto) {
    return this.registrations.create(caller, dto);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Registrations in the caller’s scope' })
  list(@Caller() caller: CurrentUser, @Query() query: RegistrationQuery) {
    return this.registrations.list(caller, query);
  }
}

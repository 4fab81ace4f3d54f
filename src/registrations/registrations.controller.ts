import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { CreateRegistrationDto, RegistrationQuery, RegistrationView } from './registrations.dto.js';
import { RegistrationsService } from './registrations.service.js';

@ApiTags('registrations')
@Controller('api/registrations')
export class RegistrationsController {
  constructor(@Inject(RegistrationsService) private readonly registrations: RegistrationsService) {}

  @Post()
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Register a person or a collective for a title at the start of a year (đăng ký thi đua)' })
  @ApiCreatedResponse({ type: RegistrationView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateRegistrationDto) {
    return this.registrations.create(caller, dto);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Registrations in the caller’s scope' })
  @ApiPageOf(RegistrationView)
  list(@Caller() caller: CurrentUser, @Query() query: RegistrationQuery) {
    return this.registrations.list(caller, query);
  }
}

import { Body, Controller, Get, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { FILE_BODY, uploadedFile } from '../files/multipart.js';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import {
  CreatePersonDto,
  DisciplineDto,
  EvaluationDto,
  InitiativeDto,
  PeopleQuery,
  PersonAwardDto,
} from './people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller('api/people')
export class PeopleController {
  constructor(@Inject(PeopleService) private readonly people: PeopleService) {}

  @Post()
  @Roles('submitter', 'board', 'admin')
  @ApiOperation({ summary: 'Register a person of a unit in the caller’s scope' })
  create(@Caller() caller: CurrentUser, @Body() dto: CreatePersonDto) {
    return this.people.create(caller, dto);
  }

  @Post('import')
  @Roles('board', 'admin')
  @ApiOperation({
    summary:
      'Import people from CSV or XLSX (columns fullName, gender, birthYear, position, unitCode, category): every bad row is reported and nothing is imported',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  async importPeople(@Caller() caller: CurrentUser, @Req() request: FastifyRequest) {
    return this.people.importPeople(caller, await uploadedFile(request));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'People in the caller’s scope, paginated' })
  list(@Caller() caller: CurrentUser, @Query() query: PeopleQuery) {
    return this.people.list(caller, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'A person with awards, yearly ratings, initiatives and disciplines (404 outside the caller’s scope)',
  })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.people.get(caller, id);
  }

  @Post(':id/awards')
  @Roles('board')
  @ApiOperation({ summary: 'Record an award conferred before the system (for multi-year rules)' })
  recordAward(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: PersonAwardDto) {
    return this.people.recordAward(caller, id, dto);
  }

  @Post(':id/evaluations')
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Record the yearly task rating (one per year; a new one replaces it, audited)' })
  recordEvaluation(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: EvaluationDto) {
    return this.people.recordEvaluation(caller, id, dto);
  }

  @Post(':id/initiatives')
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Record a recognised initiative' })
  recordInitiative(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: InitiativeDto) {
    return this.people.recordInitiative(caller, id, dto);
  }

  @Post(':id/disciplines')
  @Roles('board')
  @ApiOperation({ summary: 'Record a discipline or a pending investigation' })
  recordDiscipline(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: DisciplineDto) {
    return this.people.recordDiscipline(caller, id, dto);
  }
}

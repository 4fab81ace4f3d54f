import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
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
  RecordDeletionQuery,
  UpdateDisciplineDto,
  UpdateEvaluationDto,
  UpdateInitiativeDto,
  UpdatePersonAwardDto,
  UpdatePersonDto,
  PeopleImportView,
  PersonDetailView,
  PersonView,
  RecordedAwardView,
  RecordedDisciplineView,
  RecordedEvaluationView,
  RecordedInitiativeView,
  type PersonRecordKind,
} from './people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller('api/people')
export class PeopleController {
  constructor(@Inject(PeopleService) private readonly people: PeopleService) {}

  @Post()
  @Roles('submitter', 'board', 'admin')
  @ApiOperation({ summary: 'Register a person of a unit in the caller’s scope' })
  @ApiCreatedResponse({ type: PersonView })
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
  @ApiCreatedResponse({ type: PeopleImportView })
  async importPeople(@Caller() caller: CurrentUser, @Req() request: FastifyRequest) {
    return this.people.importPeople(caller, await uploadedFile(request));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'People in the caller’s scope, paginated' })
  @ApiPageOf(PersonView)
  list(@Caller() caller: CurrentUser, @Query() query: PeopleQuery) {
    return this.people.list(caller, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'A person with awards, yearly ratings, initiatives and disciplines (404 outside the caller’s scope)',
  })
  @ApiOkResponse({ type: PersonDetailView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.people.get(caller, id);
  }

  @Post(':id/awards')
  @Roles('board')
  @ApiOperation({ summary: 'Record an award conferred before the system (for multi-year rules)' })
  @ApiCreatedResponse({ type: RecordedAwardView })
  recordAward(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: PersonAwardDto) {
    return this.people.recordAward(caller, id, dto);
  }

  @Post(':id/evaluations')
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Record the yearly task rating (one per year; a new one replaces it, audited)' })
  @ApiCreatedResponse({ type: RecordedEvaluationView })
  recordEvaluation(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: EvaluationDto) {
    return this.people.recordEvaluation(caller, id, dto);
  }

  @Post(':id/initiatives')
  @Roles('submitter', 'board')
  @ApiOperation({ summary: 'Record a recognised initiative' })
  @ApiCreatedResponse({ type: RecordedInitiativeView })
  recordInitiative(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: InitiativeDto) {
    return this.people.recordInitiative(caller, id, dto);
  }

  @Post(':id/disciplines')
  @Roles('board')
  @ApiOperation({ summary: 'Record a discipline or a pending investigation' })
  @ApiCreatedResponse({ type: RecordedDisciplineView })
  recordDiscipline(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: DisciplineDto) {
    return this.people.recordDiscipline(caller, id, dto);
  }

  @Patch(':id')
  @Roles('submitter', 'board', 'admin')
  @ApiOperation({
    summary: 'Correct a person’s details, or transfer the person to another unit of the caller’s scope',
    description: 'Audited with each change; a transfer is recorded as such.',
  })
  @ApiOkResponse({ type: PersonView })
  update(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdatePersonDto) {
    return this.people.update(caller, id, dto);
  }

  @Patch(':id/awards/:recordId')
  @Roles('board')
  @ApiOperation({
    summary: 'Correct an award recorded before the system, with a reason',
    description:
      'The record must pass the same rules as a new one. A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiOkResponse({ type: RecordedAwardView })
  correctAward(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() dto: UpdatePersonAwardDto,
  ) {
    return this.correct(caller, id, 'awards', recordId, dto);
  }

  @Delete(':id/awards/:recordId')
  @Roles('board')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an award recorded before the system, with a reason',
    description: 'A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async deleteAward(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Query() query: RecordDeletionQuery,
  ): Promise<void> {
    await this.people.deleteRecord(caller, id, 'awards', recordId, query.reason);
  }

  @Patch(':id/evaluations/:recordId')
  @Roles('submitter', 'board')
  @ApiOperation({
    summary: 'Correct a yearly rating, with a reason',
    description:
      'The record must pass the same rules as a new one. A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiOkResponse({ type: RecordedEvaluationView })
  correctEvaluation(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() dto: UpdateEvaluationDto,
  ) {
    return this.correct(caller, id, 'evaluations', recordId, dto);
  }

  @Delete(':id/evaluations/:recordId')
  @Roles('submitter', 'board')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a yearly rating, with a reason',
    description: 'A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async deleteEvaluation(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Query() query: RecordDeletionQuery,
  ): Promise<void> {
    await this.people.deleteRecord(caller, id, 'evaluations', recordId, query.reason);
  }

  @Patch(':id/initiatives/:recordId')
  @Roles('submitter', 'board')
  @ApiOperation({
    summary: 'Correct an initiative, with a reason',
    description:
      'The record must pass the same rules as a new one. A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiOkResponse({ type: RecordedInitiativeView })
  correctInitiative(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() dto: UpdateInitiativeDto,
  ) {
    return this.correct(caller, id, 'initiatives', recordId, dto);
  }

  @Delete(':id/initiatives/:recordId')
  @Roles('submitter', 'board')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an initiative, with a reason',
    description: 'A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async deleteInitiative(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Query() query: RecordDeletionQuery,
  ): Promise<void> {
    await this.people.deleteRecord(caller, id, 'initiatives', recordId, query.reason);
  }

  @Patch(':id/disciplines/:recordId')
  @Roles('board')
  @ApiOperation({
    summary: 'Correct a discipline, with a reason',
    description:
      'The record must pass the same rules as a new one. A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiOkResponse({ type: RecordedDisciplineView })
  correctDiscipline(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() dto: UpdateDisciplineDto,
  ) {
    return this.correct(caller, id, 'disciplines', recordId, dto);
  }

  @Delete(':id/disciplines/:recordId')
  @Roles('board')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a discipline, with a reason',
    description: 'A record written by a decision of this system → 422 (record.from_decision).',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async deleteDiscipline(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Query() query: RecordDeletionQuery,
  ): Promise<void> {
    await this.people.deleteRecord(caller, id, 'disciplines', recordId, query.reason);
  }

  private correct(caller: CurrentUser, id: number, kind: PersonRecordKind, recordId: number, dto: object) {
    return this.people.correctRecord(caller, id, kind, recordId, dto as { reason: string } & Record<string, unknown>);
  }
}

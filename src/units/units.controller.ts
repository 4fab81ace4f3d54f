import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { FILE_BODY, uploadedFile } from '../files/multipart.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import {
  UnitsImportView,
  CreateUnitDto,
  MergeUnitDto,
  UnitEvaluationDto,
  UnitEvaluationView,
  UnitMergeView,
  UnitQuery,
  UnitRestrictionDto,
  UnitRestrictionView,
  UnitView,
  UpdateUnitDto,
  UpdateUnitRestrictionDto,
} from './units.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@Controller('api/units')
export class UnitsController {
  constructor(@Inject(UnitsService) private readonly units: UnitsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List units (the organisation tree), paginated' })
  @ApiPageOf(UnitView)
  list(@Query() query: UnitQuery) {
    return this.units.list(query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a unit under a unit in the caller’s scope' })
  @ApiCreatedResponse({ type: UnitView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateUnitDto) {
    return this.units.create(caller, dto);
  }

  @Post('import')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Import units from CSV or XLSX (columns code, name, kind, parentCode; parents in the caller’s scope or in the file, in any order): every bad row is reported and nothing is imported; units already present alike are matched, so the same file twice adds nothing',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: UnitsImportView })
  async importUnits(@Caller() caller: CurrentUser, @Req() request: FastifyRequest) {
    return this.units.importUnits(caller, await uploadedFile(request));
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One unit' })
  @ApiOkResponse({ type: UnitView })
  get(@Param('id', ParseIdPipe) id: number) {
    return this.units.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Rename, recode or reclassify a unit, move it with its subtree, or deactivate it',
    description:
      '`parentId` moves the unit and everything below it; under itself or one of its own units → 422 (unit.cycle). An inactive unit proposes and receives no new nomination.',
  })
  @ApiOkResponse({ type: UnitView })
  update(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(caller, id, dto);
  }

  @Post(':id/merge')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge a unit into another (sáp nhập)',
    description:
      'The units below it, its people, users and open nominations move to the target; it stays inactive with mergedIntoId, so awards, decisions and documents keep its name.',
  })
  @ApiOkResponse({ type: UnitMergeView })
  merge(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: MergeUnitDto) {
    return this.units.merge(caller, id, dto);
  }

  @Get(':id/restrictions')
  @Roles('board', 'admin')
  @ApiOperation({
    summary: 'The unit’s inspections and head disciplines (Decree 152 Art 4(4)), newest first',
    description: 'While one lasts, no collective award is made to the unit.',
  })
  @ApiOkResponse({ type: [UnitRestrictionView] })
  restrictions(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.units.restrictions(caller, id);
  }

  @Post(':id/restrictions')
  @Roles('board')
  @ApiOperation({
    summary: 'Record an inspection pending against the unit, or its head disciplined for the unit’s failings',
    description:
      'Audited. Nominations of the unit as a collective are refused while it lasts, at the appraisal, the council’s close and the decision.',
  })
  @ApiCreatedResponse({ type: UnitRestrictionView })
  recordRestriction(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UnitRestrictionDto,
  ) {
    return this.units.recordRestriction(caller, id, dto);
  }

  @Patch(':id/restrictions/:restrictionId')
  @Roles('board')
  @ApiOperation({ summary: 'End or correct a restriction, with the reason (audited)' })
  @ApiOkResponse({ type: UnitRestrictionView })
  updateRestriction(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('restrictionId', ParseIdPipe) restrictionId: number,
    @Body() dto: UpdateUnitRestrictionDto,
  ) {
    return this.units.updateRestriction(caller, id, restrictionId, dto);
  }

  @Post(':id/evaluations')
  @Roles('board')
  @ApiOperation({ summary: 'Record a collective’s facts for a year (one per year; a new one replaces it, audited)' })
  @ApiCreatedResponse({ type: UnitEvaluationView })
  recordEvaluation(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UnitEvaluationDto,
  ) {
    return this.units.recordEvaluation(caller, id, dto);
  }
}

import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { CreateUnitDto, MergeUnitDto, UnitEvaluationDto, UnitQuery, UpdateUnitDto } from './units.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@Controller('api/units')
export class UnitsController {
  constructor(@Inject(UnitsService) private readonly units: UnitsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List units (the organisation tree), paginated' })
  list(@Query() query: UnitQuery) {
    return this.units.list(query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a unit under a unit in the caller’s scope' })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateUnitDto) {
    return this.units.create(caller, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One unit' })
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
  merge(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: MergeUnitDto) {
    return this.units.merge(caller, id, dto);
  }

  @Post(':id/evaluations')
  @Roles('board')
  @ApiOperation({ summary: 'Record a collective’s facts for a year (one per year; a new one replaces it, audited)' })
  recordEvaluation(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UnitEvaluationDto,
  ) {
    return this.units.recordEvaluation(caller, id, dto);
  }
}

import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { CreateUnitDto, UnitEvaluationDto, UnitQuery } from './units.dto.js';
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

import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../auth/access.js';
import { Caller, type CurrentUser } from '../auth/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { CreateDecisionDto } from './decisions.dto.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('decisions')
@Controller('api/decisions')
export class DecisionsController {
  constructor(@Inject(DecisionsService) private readonly decisions: DecisionsService) {}

  @Post()
  @Roles('board')
  @ApiOperation({
    summary:
      'Record a signed decision; its nominations move to decided with golden-book and register numbers (all or nothing; a duplicate number → 409)',
  })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateDecisionDto) {
    return this.decisions.create(caller, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A decision with its awardees, golden-book and register numbers and reward money' })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.decisions.get(caller, id);
  }
}

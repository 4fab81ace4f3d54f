import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { AuditEntryView, AuditQuery } from './audit-log.dto.js';
import { AuditLogService } from './audit-log.service.js';

@ApiTags('audit')
@Controller('api/audit')
export class AuditLogController {
  constructor(@Inject(AuditLogService) private readonly log: AuditLogService) {}

  @Get()
  @Roles('admin', 'board')
  @ApiOperation({
    summary: 'The audit log, newest first',
    description:
      'Every create, update, delete, move, merge, deactivation and password reset, with who, when, what changed and why; limited to what users of the caller’s scope did.',
  })
  @ApiPageOf(AuditEntryView)
  list(@Caller() caller: CurrentUser, @Query() query: AuditQuery) {
    return this.log.list(caller, query);
  }
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, MaxLength } from 'class-validator';
import { IsoDate, Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'user', description: 'user, unit, person, nomination, decision, …' })
  @Optional()
  @IsString()
  @Matches(/^[a-z_]{1,50}$/)
  entityType?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(50)
  entityId?: string;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  actorId?: number;

  @IsoDate({ optional: true, description: 'From this day (Vietnam time), inclusive' })
  from?: string;

  @IsoDate({ optional: true, description: 'To this day (Vietnam time), inclusive' })
  to?: string;
}

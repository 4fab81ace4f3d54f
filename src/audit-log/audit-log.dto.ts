import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActorView } from '../common/api-answers.js';
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

// Answers

export class AuditEntryView {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: ActorView, nullable: true, description: 'Null for the system (start-up, demo data)' })
  actor: ActorView | null;
  @ApiProperty({ example: 'person' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ example: 'evaluation.correct' }) action: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why, where the change asked for a reason' })
  reason: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What changed: `{field: {from, to}}` for a correction, the values for a creation',
  })
  changes: Record<string, unknown> | null;
}

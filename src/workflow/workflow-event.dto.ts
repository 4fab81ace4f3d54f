import { Optional } from '../common/dto-helpers.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

/** The common part of every `POST …/:id/events` body; each workflow adds its event types and payload. */
export class WorkflowEventBase {
  @ApiPropertyOptional({ description: 'Why: required for RETURN, REJECT, REVOKE and for an override' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'The version the client last saw; a stale one answers 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** The common part of every `POST …/:id/events` body; each workflow adds its event types and payload. */
export class WorkflowEventBase {
  @ApiPropertyOptional({ description: 'Why: required for RETURN, REJECT, REVOKE and for an override' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'The version the client last saw; a stale one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

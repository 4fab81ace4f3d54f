import { applyDecorators, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Authenticated } from '../access/access.js';
import { ActorView } from '../common/api-answers.js';

/** One step of a workflow resource's history (api.md: `GET …/:id/history`). */
export class HistoryEntryView {
  @ApiProperty() event: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: ActorView, nullable: true, description: 'Null for the system' }) actor: ActorView | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What the step recorded besides its comment (an override and the rules it passed, say)',
  })
  details: Record<string, unknown> | null;
}

/** An allowed event as the pages offer it. */
export class WorkflowActionView {
  @ApiProperty() type: string;
  @ApiProperty({ description: 'The event asks for a reason' }) needsComment: boolean;
  @ApiProperty({ description: 'The caller may pass a failed rule with a recorded reason' }) canOverride: boolean;
}

/** A workflow resource's history route: any signed-in caller, whose scope the service checks. */
export function HistoryEndpoint(path: string, summary = 'Every transition, oldest first') {
  return applyDecorators(
    Get(path),
    Authenticated(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: [HistoryEntryView] }),
  );
}

import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** A list's answer (api.md, "Lists"): one page of `model`, with the total and the page asked for. */
export function ApiPageOf(model: Type<unknown>, description = 'One page of the list') {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'pageSize'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          total: { type: 'integer', description: 'Every match, on all pages' },
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
        },
      },
    }),
  );
}

/** Who did something, as the history and the audit log name them. */
export class ActorView {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
}

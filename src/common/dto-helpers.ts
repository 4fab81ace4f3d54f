import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** A calendar date as `YYYY-MM-DD` with a real month and day. */
export function IsoDate(options: { optional?: boolean; description?: string } = {}) {
  const doc = { example: '2024-01-03', format: 'date', description: options.description };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date YYYY-MM-DD' }),
  );
}

/** An evaluation year. */
export function Year() {
  return applyDecorators(ApiProperty({ example: 2024 }), IsInt(), Min(1945), Max(2200));
}

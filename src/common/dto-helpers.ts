import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';

/** True for an existing calendar day written `YYYY-MM-DD` (so 2023-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as `YYYY-MM-DD`. */
export function IsoDate(options: { optional?: boolean; description?: string } = {}) {
  const doc = { example: '2024-01-03', format: 'date', description: options.description };
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    ValidateBy({
      name: 'isDateString',
      validator: { validate: isCalendarDate, defaultMessage: () => 'must be an existing date YYYY-MM-DD' },
    }),
  );
}

/** An evaluation year. */
export function Year() {
  return applyDecorators(ApiProperty({ example: 2024 }), IsInt(), Min(1945), Max(2200));
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateBy, ValidateIf } from 'class-validator';

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
    ...(options.optional ? [Optional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
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

/**
 * An optional field that, when present, must be valid: unlike class-validator's @IsOptional(), a `null` is validated
 * (and refused) rather than silently accepted as "absent".
 */
export function Optional() {
  return ValidateIf((_object, value) => value !== undefined);
}

/** A string with at least one non-space character (class-validator's @NotBlank() accepts "   "). */
export function NotBlank() {
  return ValidateBy({
    name: 'isNotEmpty',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
      defaultMessage: () => 'must not be blank',
    },
  });
}

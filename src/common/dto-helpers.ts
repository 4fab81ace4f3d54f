import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

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

/**
 * A document's number and symbol, "05/QĐ-UBND" or "12/TTr-SNV": numbered per issuing unit and calendar year, the ordinal
 * with at least two digits (Decree 30/2020).
 */
export function DocumentNumber(example: string, options: { optional?: boolean } = {}) {
  const doc = {
    example,
    description: 'Numbered per issuing unit and calendar year, the ordinal with at least two digits (Decree 30/2020)',
  };
  return applyDecorators(
    ...(options.optional ? [Optional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    IsString(),
    Matches(/^\d{2,6}\/[\p{L}\d.-]+(-[\p{L}\d.]+)*$/u, {
      message: `dạng "${example}", số thứ tự ít nhất hai chữ số / like "${example}", the ordinal with two digits or more`,
    }),
    MaxLength(60),
  );
}

/** The name or the title of the official who signs a document ("Nguyễn Đình Việt", "CHỦ TỊCH"). */
export function SignerField(example: string) {
  return applyDecorators(ApiProperty({ example }), IsString(), NotBlank(), MaxLength(200));
}

/** The nominations a document lists, in its order: at least one, each once. */
export function NominationIds(description: string) {
  return applyDecorators(
    ApiProperty({ type: [Number], description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(5000),
    ArrayUnique(),
    IsInt({ each: true }),
  );
}

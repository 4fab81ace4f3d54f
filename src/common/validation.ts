import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from './app-error.js';

/** Vietnamese wording for the class-validator constraints the DTOs use; the English original follows it. */
const vietnamese: Record<string, string> = {
  isDefined: 'bắt buộc',
  isNotEmpty: 'không được để trống',
  isString: 'phải là chuỗi ký tự',
  isInt: 'phải là số nguyên',
  isNumber: 'phải là số',
  isBoolean: 'phải là true hoặc false',
  isIn: 'giá trị không được phép',
  isEnum: 'giá trị không được phép',
  min: 'nhỏ hơn giá trị tối thiểu',
  max: 'lớn hơn giá trị tối đa',
  minLength: 'quá ngắn',
  maxLength: 'quá dài',
  isISO8601: 'phải là ngày dạng YYYY-MM-DD',
  isDateString: 'phải là ngày dạng YYYY-MM-DD',
  matches: 'sai định dạng',
  arrayNotEmpty: 'không được để trống',
  arrayMinSize: 'quá ít phần tử',
  arrayMaxSize: 'quá nhiều phần tử',
  arrayUnique: 'có phần tử trùng lặp',
  isArray: 'phải là danh sách',
  isObject: 'phải là đối tượng',
  nestedValidation: 'phải là đối tượng hợp lệ',
  whitelistValidation: 'trường không được phép',
  isPositive: 'phải là số dương',
};

/** Constraints that fail when a field is missing or blank: then "required" is the one thing to say about it. */
const EMPTY = ['isDefined', 'isNotEmpty', 'arrayNotEmpty'];

/**
 * Flattens nested class-validator errors into `[{field: "members.total", message, messageEn}]`. A missing or blank
 * field gets one message (required), not one per rule it also fails ("too long" for nothing at all).
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const missing =
      error.value === undefined || error.value === null || (typeof error.value === 'string' && !error.value.trim());
    const own =
      constraints.length > 0 && (missing || constraints.some(([constraint]) => EMPTY.includes(constraint)))
        ? [{ field, message: 'bắt buộc nhập', messageEn: 'required' }]
        : constraints.map(([constraint, text]) => {
            // A DTO's own message is written "Vietnamese / English"; class-validator's defaults are English.
            const [vi, en] = text.includes(' / ') ? text.split(' / ') : [vietnamese[constraint] ?? text, text];
            return { field, message: vi, messageEn: en };
          });
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Keys the whitelist never sees as unknown: the ones class-transformer skips, and every name on Object.prototype
 * (`valueOf`, `toString`…), which class-validator's metadata lookup finds there. Refused like any unknown field.
 */
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)];

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A body is a JSON object: `null`, a list or a bare value is refused even where every field is optional.
    const objectBody = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object && !objectBody) {
      throw AppError.invalid([
        { field: 'body', message: 'phải là một đối tượng JSON / the body must be a JSON object' },
      ]);
    }
    if (metadata.type === 'body' && objectBody) {
      const reserved = Object.keys(value).filter((key) => RESERVED_KEYS.includes(key));
      if (reserved.length > 0) {
        throw AppError.invalid(
          reserved.map((field) => ({
            field,
            message: 'trường không được phép',
            messageEn: `property ${field} should not exist`,
          })),
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: unknown fields are refused, payloads are turned into DTO instances, every problem is reported. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The value is kept (never sent) to tell a missing field from a wrong one.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => AppError.invalid(fieldProblems(errors)),
  });
}

const pipe = createValidationPipe();

/** The API's validation, run on values that did not come as a request body (a form, a row, a record corrected). */
export async function validated<T>(dto: new () => T, values: Record<string, unknown>): Promise<T> {
  return (await pipe.transform(values, { type: 'body', metatype: dto })) as T;
}

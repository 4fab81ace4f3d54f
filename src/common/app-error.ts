/** Every failure the API reports, as a code. The error filter maps each code to its HTTP status. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  WorkflowConflict = 'workflow_conflict',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  RuleViolated = 'rule_violated',
  TooManyRequests = 'too_many_requests',
  Unavailable = 'unavailable',
}

export interface FieldProblem {
  field: string;
  /** Vietnamese, what a clerk reads. */
  message: string;
  messageEn?: string;
}

export interface RuleViolation {
  /** Stable code, e.g. `lao_dong_tien_tien.rating`. */
  rule: string;
  /** Vietnamese, what a clerk reads. */
  message: string;
  messageEn?: string;
}

/**
 * Messages written "Vietnamese / English" in one string are answered as two fields, so that each reader gets one
 * language: `message` in Vietnamese, `messageEn` in English.
 */
function inTwoLanguages<T extends { message: string; messageEn?: string }>(item: T): T {
  if (item.messageEn !== undefined) return item;
  const parts = item.message.split(' / ');
  return parts.length === 2 ? { ...item, message: parts[0].trim(), messageEn: parts[1].trim() } : item;
}

/**
 * A failure the client can act on. `message` is Vietnamese (what a clerk reads); `messageEn` is the English wording.
 * `extra` carries the code-specific fields of the error shape (details, violations, state, allowedEvents).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageEn: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static notFound(what: string, whatEn: string): AppError {
    return new AppError(ErrorCode.NotFound, `Không tìm thấy ${what}`, `${whatEn} not found`);
  }

  static forbidden(
    message = 'Bạn không có quyền thực hiện thao tác này',
    messageEn = 'You are not allowed to do this',
    extra: Record<string, unknown> = {},
  ): AppError {
    return new AppError(ErrorCode.Forbidden, message, messageEn, extra);
  }

  static conflict(message: string, messageEn: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.Conflict, message, messageEn, extra);
  }

  static invalid(details: FieldProblem[]): AppError {
    return new AppError(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ', 'Invalid input', {
      details: details.map(inTwoLanguages),
    });
  }

  static rules(
    violations: RuleViolation[],
    message = 'Không đáp ứng quy định',
    messageEn = 'A business rule failed',
  ): AppError {
    return new AppError(ErrorCode.RuleViolated, message, messageEn, { violations: violations.map(inTwoLanguages) });
  }
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Conflict:
    case ErrorCode.WorkflowConflict:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.RuleViolated:
      return 422;
    case ErrorCode.TooManyRequests:
      return 429;
    case ErrorCode.Unavailable:
      return 503;
    default: {
      const unmapped: never = code;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return reasonPhrases[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, httpStatusOf, reasonPhrase } from './app-error.js';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  messageEn?: string;
  [extra: string]: unknown;
}

const defaultMessages: Record<number, [string, string]> = {
  400: ['Yêu cầu không hợp lệ', 'Bad request'],
  401: ['Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn', 'Not authenticated'],
  403: ['Bạn không có quyền thực hiện thao tác này', 'You are not allowed to do this'],
  404: ['Không tìm thấy', 'Not found'],
  405: ['Phương thức không được hỗ trợ', 'Method not allowed'],
  409: ['Xung đột dữ liệu', 'Conflict'],
  413: ['Dữ liệu gửi lên quá lớn', 'Payload too large'],
  415: ['Định dạng dữ liệu không được hỗ trợ', 'Unsupported media type'],
  429: ['Quá nhiều yêu cầu, vui lòng thử lại sau', 'Too many requests, try again later'],
  500: ['Lỗi hệ thống, vui lòng thử lại sau', 'Internal error, try again later'],
  503: ['Hệ thống tạm thời không truy cập được cơ sở dữ liệu', 'The database is temporarily unavailable'],
};

export function body(status: number, extra: Partial<ErrorBody> = {}): ErrorBody {
  const [vi, en] = defaultMessages[status] ?? defaultMessages[status >= 500 ? 500 : 400];
  return { statusCode: status, error: reasonPhrase(status), message: vi, messageEn: en, ...extra };
}

/** Driver codes that mean "a unique key already holds this value" (SQLite, PostgreSQL). */
const uniqueViolation = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const foreignKeyViolation = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);
/** PostgreSQL ended the transaction for a concurrent one (a deadlock, a serialization failure) after its retries. */
const concurrentWrite = new Set(['40P01', '40001']);
/** Connection-level failures: the database is down or unreachable, not the request's fault. */
const unavailable = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
  '08001',
  '08003',
  'SQLITE_BUSY',
]);

/** Maps any thrown value to the one error shape of api.md. Never leaks a stack trace or driver message. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof AppError) {
    const status = httpStatusOf(exception.code);
    return body(status, { message: exception.message, messageEn: exception.messageEn, ...exception.extra });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status === 400 ? body(400, { details: [{ field: 'body', message: exception.message }] }) : body(status);
  }
  const code = driverCode(exception);
  if (code && uniqueViolation.has(code)) {
    return body(409, { message: 'Bản ghi đã tồn tại', messageEn: 'A record with this key already exists' });
  }
  if (code && concurrentWrite.has(code)) {
    return body(409, {
      message: 'Dữ liệu đang được người khác cập nhật cùng lúc; vui lòng thử lại',
      messageEn: 'The records were being changed by someone else at the same time; try again',
    });
  }
  if (code && foreignKeyViolation.has(code)) {
    return body(422, {
      message: 'Bản ghi liên quan không tồn tại hoặc đang được sử dụng',
      messageEn: 'A referenced record does not exist or is still in use',
      violations: [{ rule: 'reference', message: 'Bản ghi liên quan không tồn tại / referenced record missing' }],
    });
  }
  if ((code && unavailable.has(code)) || isConnectionError(exception)) return body(503);
  const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    // Fastify refuses unreadable bodies (bad JSON, wrong content type) before any DTO sees them.
    return fastifyStatus === 400
      ? body(400, {
          details: [{ field: 'body', message: 'Nội dung yêu cầu không đọc được', messageEn: 'malformed request body' }],
        })
      : body(fastifyStatus);
  }
  return body(500);
}

function driverCode(exception: unknown): string | undefined {
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as { code?: string } | undefined;
    return driverError?.code;
  }
  return (exception as { code?: string } | undefined)?.code;
}

function isConnectionError(exception: unknown): boolean {
  const message = (exception as Error | undefined)?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

const logger = new Logger('Error');

/** Server-side failures are logged with the request id (never the body); the client only sees the error shape. */
export function logServerError(request: FastifyRequest | undefined, exception: unknown, status: number): void {
  if (status < 500) return;
  logger.error(
    {
      reqId: request?.id,
      method: request?.method,
      url: request?.url,
      err: (exception as Error)?.stack ?? String(exception),
    },
    'request failed',
  );
}

/** The web's error pages, for the requests a browser makes to see a page. */
export interface ErrorPages {
  wantsPage(request: FastifyRequest): boolean;
  catch(exception: unknown, host: ArgumentsHost): void;
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  /** `pages` answers a browser asking for a page (an unknown address, a refused document) with an HTML error page. */
  constructor(private readonly pages?: ErrorPages) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    if (this.pages?.wantsPage(request)) {
      this.pages.catch(exception, host);
      return;
    }
    const payload = toErrorBody(exception);
    logServerError(request, exception, payload.statusCode);
    void reply.status(payload.statusCode).header('content-type', 'application/json; charset=utf-8').send(payload);
  }
}

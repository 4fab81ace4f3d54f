import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error.js';

/** Anyone may comment, but not flood a notice: 5 comments in 10 minutes per client address (page and API alike). */
export const COMMENT_RATE_LIMIT = {
  max: 5,
  timeWindow: 10 * 60_000,
  keyGenerator: (request: FastifyRequest) => request.ip,
  errorResponseBuilder: () =>
    new AppError(
      ErrorCode.TooManyRequests,
      'Đã gửi quá nhiều ý kiến; vui lòng thử lại sau ít phút',
      'Too many comments; please try again in a few minutes',
    ),
};

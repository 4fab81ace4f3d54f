import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error.js';

/**
 * Anyone may check a certificate, but not try codes in bulk: 30 checks a minute per client address, for the page and
 * the JSON alike (fastify's rate limit, per route).
 */
export const VERIFY_RATE_LIMIT = {
  max: 30,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) => request.ip,
  errorResponseBuilder: () =>
    new AppError(
      ErrorCode.TooManyRequests,
      'Tra cứu quá nhiều lần; vui lòng thử lại sau 1 phút',
      'Too many checks; try again in a minute',
    ),
};

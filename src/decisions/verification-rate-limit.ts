import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error.js';

let checksPerMinute = 30;

/** Sets how many checks a minute one address may make (PUBLIC_CHECKS_PER_MINUTE), once, as the app starts. */
export function setPublicChecksPerMinute(limit: number): void {
  checksPerMinute = limit;
}

/**
 * Anyone may check a certificate, but not try codes in bulk: by default 30 checks a minute per client address, for the
 * page and the JSON alike (fastify's rate limit, per route).
 */
export const VERIFY_RATE_LIMIT = {
  max: () => checksPerMinute,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) => request.ip,
  errorResponseBuilder: () =>
    new AppError(
      ErrorCode.TooManyRequests,
      'Tra cứu quá nhiều lần; vui lòng thử lại sau 1 phút',
      'Too many checks; try again in a minute',
    ),
};

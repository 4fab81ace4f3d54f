import { describe, expect, it } from '@jest/globals';
import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, httpStatusOf } from './app-error.js';
import { toErrorBody } from './error.filter.js';

describe('toErrorBody', () => {
  it('maps every error code to an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
  });

  it('keeps the code-specific fields of an AppError', () => {
    const body = toErrorBody(AppError.rules([{ rule: 'r', message: 'm' }]));
    expect(body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      violations: [{ rule: 'r', message: 'm' }],
    });
  });

  it('answers 409 for a unique-key race and 422 for a missing reference, without the driver’s words', () => {
    const unique = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('UNIQUE constraint failed: users.username'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }),
    );
    expect(toErrorBody(unique)).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(JSON.stringify(toErrorBody(unique))).not.toContain('users.username');
    const fk = new QueryFailedError('INSERT', [], Object.assign(new Error('violates foreign key'), { code: '23503' }));
    expect(toErrorBody(fk).statusCode).toBe(422);
    const deadlock = new QueryFailedError(
      'UPDATE',
      [],
      Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    );
    expect(toErrorBody(deadlock)).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(JSON.stringify(toErrorBody(deadlock))).not.toContain('deadlock');
  });

  it('answers 503 when the database is unreachable and 500 with no detail for anything unexpected', () => {
    expect(
      toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).statusCode,
    ).toBe(503);
    const internal = toErrorBody(new TypeError('secret internal detail'));
    expect(internal).toMatchObject({ statusCode: 500, error: 'Internal Server Error' });
    expect(JSON.stringify(internal)).not.toContain('secret internal detail');
  });

  it('keeps Nest’s own HTTP errors in the same shape', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /x'))).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

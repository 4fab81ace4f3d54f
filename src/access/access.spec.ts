import { describe, expect, it } from '@jest/globals';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppError, ErrorCode } from '../common/app-error.js';
import type { UsersService } from '../users/users.service.js';
import { hasAnyRole, inScope, Public, Roles } from './access.js';
import { AuthGuard } from '../auth/auth.guard.js';
import type { CurrentUser } from './current-user.js';

const board: CurrentUser = { id: 7, username: 'b', displayName: 'B', unitId: 5, unitPath: '/1/5/', roles: ['board'] };

describe('unit scope', () => {
  it('includes the caller’s unit and its descendants only', () => {
    expect(inScope(board, '/1/5/')).toBe(true);
    expect(inScope(board, '/1/5/12/')).toBe(true);
    expect(inScope(board, '/1/')).toBe(false);
    expect(inScope(board, '/1/6/')).toBe(false);
    // A sibling whose id starts with the same digits is not a descendant.
    expect(inScope(board, '/1/55/')).toBe(false);
  });

  it('accepts a caller holding any one of the listed roles', () => {
    expect(hasAnyRole(board, ['submitter', 'board'])).toBe(true);
    expect(hasAnyRole(board, ['admin'])).toBe(false);
  });
});

class Routes {
  @Public()
  open() {}
  @Roles('admin')
  adminOnly() {}
  anyone() {}
}

function contextFor(handler: keyof Routes, authorization?: string) {
  const request: { headers: Record<string, string | undefined>; user?: CurrentUser } = { headers: { authorization } };
  const context = {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('AuthGuard', () => {
  const jwt = new JwtService({ secret: 'unit-test-secret-unit-test-secret' });
  const users = { findActiveCaller: async (id: number) => (id === board.id ? board : null) } as unknown as UsersService;
  const guard = new AuthGuard(new Reflector(), jwt, users);

  async function refusal(promise: Promise<unknown>): Promise<ErrorCode> {
    try {
      await promise;
    } catch (error) {
      return (error as AppError).code;
    }
    throw new Error('expected a refusal');
  }

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor('open').context)).resolves.toBe(true);
  });

  it('refuses a closed route without a valid token (401) and loads the caller with one', async () => {
    expect(await refusal(guard.canActivate(contextFor('anyone').context))).toBe(ErrorCode.Unauthenticated);
    expect(await refusal(guard.canActivate(contextFor('anyone', 'Bearer garbage').context))).toBe(
      ErrorCode.Unauthenticated,
    );
    const token = await jwt.signAsync({ sub: board.id });
    const { context, request } = contextFor('anyone', `Bearer ${token}`);
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual(board);
  });

  it('refuses a token whose user no longer exists or is inactive (401)', async () => {
    const token = await jwt.signAsync({ sub: 99 });
    expect(await refusal(guard.canActivate(contextFor('anyone', `Bearer ${token}`).context))).toBe(
      ErrorCode.Unauthenticated,
    );
  });

  it('refuses a role-restricted route to a caller without the role (403)', async () => {
    const token = await jwt.signAsync({ sub: board.id });
    expect(await refusal(guard.canActivate(contextFor('adminOnly', `Bearer ${token}`).context))).toBe(
      ErrorCode.Forbidden,
    );
  });
});

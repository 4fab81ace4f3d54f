import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from './roles.js';
import type { CurrentUser } from './current-user.js';

export const PUBLIC_KEY = 'access:public';
export const ROLES_KEY = 'access:roles';
export const PASSWORD_CHANGE_KEY = 'access:password-change';

/** Opens a route to anonymous callers. Every other route needs a bearer token. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiSecurity({}));

/**
 * Declares which roles may call a route (any one suffices) and documents it in OpenAPI. Without it, any authenticated
 * user may call the route; the service still applies unit scope.
 */
export function Roles(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not authenticated' }),
    ApiForbiddenResponse({ description: `Requires one of the roles: ${roles.join(', ')}` }),
  );
}

/**
 * Open to a user who must change the password an administrator set (the caller itself and the change); every other
 * route answers 403 until then.
 */
export const OpenBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_KEY, true);

/** Any authenticated user; the service applies unit scope. */
export const Authenticated = () =>
  applyDecorators(ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'Not authenticated' }));

export function hasAnyRole(user: Pick<CurrentUser, 'roles'>, roles: readonly Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** A unit is in the caller's scope when it is the caller's unit or one of its descendants. */
export function inScope(user: Pick<CurrentUser, 'unitPath'>, unitPath: string): boolean {
  return unitPath.startsWith(user.unitPath);
}

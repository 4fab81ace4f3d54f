import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from './roles.js';

/** The authenticated caller, as the guard loaded it for this request. */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  /** The materialised path of the caller's unit: the caller's scope is every unit whose path starts with it. */
  unitPath: string;
  roles: Role[];
  /** An administrator set the password: only changing it is allowed until then. */
  mustChangePassword?: boolean;
  /** Tokens issued for an older version (before a password change or a deactivation) are refused. */
  credentialsVersion?: number;
}

export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUser => {
  return context.switchToHttp().getRequest<{ user: CurrentUser }>().user;
});

import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppError, ErrorCode } from '../common/app-error.js';
import type { Role } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { hasAnyRole, PUBLIC_KEY, ROLES_KEY } from './access.js';
import type { CurrentUser } from './current-user.js';

export interface TokenClaims {
  sub: number;
}

/**
 * The one global guard: every route is closed unless marked @Public(). The token's user is reloaded on each request,
 * so a deactivated user or a changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: CurrentUser }>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !hasAnyRole(user, roles)) {
      throw AppError.forbidden(
        `Chức năng này dành cho vai trò: ${roles.join(', ')}`,
        `This action requires one of the roles: ${roles.join(', ')}`,
      );
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<CurrentUser> {
    const unauthenticated = () =>
      new AppError(
        ErrorCode.Unauthenticated,
        'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn',
        'Not authenticated or the session has expired',
      );
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw unauthenticated();
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(match[1]);
    } catch {
      throw unauthenticated();
    }
    const user = await this.users.findActiveCaller(Number(claims.sub));
    if (!user) throw unauthenticated();
    return user;
  }
}

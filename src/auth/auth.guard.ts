import createTokens from '@fastify/csrf';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppError, ErrorCode } from '../common/app-error.js';
import { ROLE_LABELS, type Role } from '../access/roles.js';
import { UsersService } from '../users/users.service.js';
import { CSRF_COOKIE, SESSION_COOKIE, WEB_PAGE_KEY } from './web-session.js';
import { hasAnyRole, PASSWORD_CHANGE_KEY, PUBLIC_KEY, ROLES_KEY } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';

export interface TokenClaims {
  sub: number;
  /** The user's credentials version when the token was issued (absent in tokens from before versions: 0). */
  ver?: number;
}

/** How many verified tokens the guard remembers (a few per signed-in user). */
const VERIFIED_TOKENS_KEPT = 10_000;

interface GuardedRequest {
  method: string;
  headers: Record<string, string | undefined>;
  cookies?: Record<string, string | undefined>;
  body?: unknown;
  query?: unknown;
  unsignCookie?: (value: string) => { valid: boolean; value: string | null };
  user?: CurrentUser;
}

const csrfTokens = createTokens();

/**
 * The one global guard: every route is closed unless marked @Public(). The token's user is reloaded on each request,
 * so a deactivated user or a changed role takes effect at once.
 *
 * The API takes a bearer token. Web pages (@WebPage) take the same token from the session cookie, and every form they
 * post must carry its CSRF token. API GETs also accept the cookie, so that pages can link to documents and downloads;
 * an API call that changes anything never does, so a forged cross-site request cannot.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Tokens whose signature has been checked, with their subject and expiry: a token is verified once, not on every
   * request. The secret never changes while the process runs, and the expiry is still checked on every use.
   */
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const http = context.switchToHttp();
    const request = http.getRequest<GuardedRequest>();
    const web = this.reflector.getAllAndOverride<boolean>(WEB_PAGE_KEY, targets) === true;
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (web && !safe) this.checkCsrf(request);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const cookie = web || safe ? request.cookies?.[SESSION_COOKIE] : undefined;
    const token = request.headers.authorization ?? (cookie ? `Bearer ${cookie}` : undefined);
    const user = await this.authenticate(token);
    request.user = user;

    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_KEY, targets)) {
      throw AppError.forbidden(
        'Quản trị viên đã đặt lại mật khẩu của bạn: hãy đổi mật khẩu trước khi tiếp tục.',
        'An administrator reset your password: change it before going on.',
        { mustChangePassword: true },
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !hasAnyRole(user, roles)) {
      throw AppError.forbidden(
        `Chức năng này dành cho: ${roles.map((role) => ROLE_LABELS[role][0]).join(', ')}. Nếu bạn cần dùng, hãy đề nghị quản trị viên cấp quyền.`,
        `This is for: ${roles.map((role) => ROLE_LABELS[role][1]).join(', ')}. Ask an administrator if you need it.`,
      );
    }
    return true;
  }

  /**
   * The token a form sent (field `_csrf`, query `_csrf` for uploads, or header `x-csrf-token`) must match the secret in
   * the signed `tdkt_csrf` cookie that @fastify/csrf-protection set when the page was rendered.
   */
  private checkCsrf(request: GuardedRequest): void {
    const signed = request.cookies?.[CSRF_COOKIE];
    const secret = signed && request.unsignCookie ? request.unsignCookie(signed) : undefined;
    const token =
      (request.body as { _csrf?: unknown } | undefined)?._csrf ??
      (request.query as { _csrf?: unknown } | undefined)?._csrf ??
      request.headers['x-csrf-token'];
    if (!secret?.valid || !secret.value || typeof token !== 'string' || !csrfTokens.verify(secret.value, token)) {
      throw AppError.forbidden(
        'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại.',
        'The form has expired or is invalid. Reload the page and send it again.',
      );
    }
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
    const token = match[1];
    let claims = this.verified.get(token);
    if (!claims || claims.exp * 1000 <= Date.now()) {
      try {
        claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token);
      } catch {
        this.verified.delete(token);
        throw unauthenticated();
      }
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
      this.verified.set(token, claims);
    }
    const user = await this.users.findActiveCaller(Number(claims.sub));
    // A password change or a deactivation since the token was issued ends it.
    if (!user || (user.credentialsVersion ?? 0) !== (claims.ver ?? 0)) throw unauthenticated();
    return user;
  }
}

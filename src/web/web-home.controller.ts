import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.js';
import { AuthService } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AppError, ErrorCode } from '../common/app-error.js';
import { langOf, translate } from './i18n.js';
import { WebQueries } from './web-queries.service.js';
import { LANG_COOKIE, SESSION_COOKIE, WebPage } from '../auth/web-session.js';
import { WebErrorFilter, WebPages, type WebRequest } from './web-pages.js';

/** Only same-site paths are followed after login, never another host. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}

@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebHomeController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(WebQueries) private readonly queries: WebQueries,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  async loginPage(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('next') next?: string) {
    const model = await this.pages.model(request, reply, 'login.title', 'login', { next: safeNext(next) });
    this.pages.send(reply, 'login', model);
  }

  @Public()
  @Post('login')
  @RouteConfig({ rateLimit: {} })
  async login(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Record<string, unknown>) {
    const username = typeof form.username === 'string' ? form.username : '';
    const password = typeof form.password === 'string' ? form.password : '';
    try {
      const { accessToken } = await this.auth.login({ username, password });
      void reply.setCookie(SESSION_COOKIE, accessToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        path: '/',
        maxAge: this.config.jwt.expiresInSeconds,
      });
      this.pages.redirect(reply, safeNext(form.next));
    } catch (error) {
      const lang = this.pages.lang(request);
      const wrong = error instanceof AppError && error.code === ErrorCode.Unauthenticated;
      const { status, errors } = wrong
        ? { status: 401, errors: { message: translate(lang, 'login.failed'), list: [], byField: {} } }
        : this.pages.formErrors(error, lang);
      const model = await this.pages.model(request, reply, 'login.title', 'login', {
        next: safeNext(form.next),
        username,
        errors,
      });
      this.pages.send(reply, 'login', model, status);
    }
  }

  @Post('logout')
  logout(@Res() reply: FastifyReply) {
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    this.pages.redirect(reply, '/login');
  }

  @Public()
  @Get('lang/:lang')
  language(@Res() reply: FastifyReply, @Param('lang') lang: string, @Query('next') next?: string) {
    void reply.setCookie(LANG_COOKIE, langOf(lang), { path: '/', sameSite: 'lax', maxAge: 365 * 86400 });
    this.pages.redirect(reply, safeNext(next));
  }

  /** One home page, with a section for each of the caller's roles. */
  @Get()
  async home(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const caller = request.user!;
    const roles = caller.roles;
    const data: Record<string, unknown> = {
      year: Number(new Date().toISOString().slice(0, 4)) - 1,
      counts: await this.queries.countsByState(caller),
    };
    if (roles.includes('submitter')) {
      data.needsMe = (await this.queries.nominations(caller, { states: ['draft', 'returned'], limit: 20 })).rows;
    }
    if (roles.includes('board')) {
      data.queue = await this.queries.verificationQueue(caller);
      data.toCouncil = (await this.queries.nominations(caller, { states: ['verified'], limit: 20 })).rows;
      data.toDecide = (await this.queries.nominations(caller, { states: ['approved'], limit: 20 })).rows;
    }
    if (roles.includes('council_member') || roles.includes('council_chair') || roles.includes('board')) {
      const { sessions } = await this.queries.sessions(caller);
      data.sessions = sessions.filter((s) => s.state === 'planned' || s.state === 'open');
      data.awaitingVote = sessions.filter((s) => s.awaitingMyVote);
    }
    const model = await this.pages.model(request, reply, 'home.title', 'home', data);
    this.pages.send(reply, 'home', model);
  }
}

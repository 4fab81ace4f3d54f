import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.js';
import { AuthService } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AppError, ErrorCode } from '../common/app-error.js';
import { langOf, translate } from './i18n.js';
import { CouncilSessionsService } from '../council/council-sessions.service.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { LANG_COOKIE, SESSION_COOKIE, WebPage } from '../auth/web-session.js';
import { inLanguage, WebErrorFilter, WebPages, type WebRequest } from './web-pages.js';
import { pageNumber, pager, type Form } from './web-forms.js';
import { validated } from '../common/validation.js';
import { NotificationSettingsDto } from '../users/users.dto.js';
import { UsersService } from '../users/users.service.js';
import { NotificationQuery } from '../notifications/notifications.dto.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';

/** Notifications on one page of the inbox. */
const INBOX_PAGE = 30;

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
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(CouncilSessionsService) private readonly sessions: CouncilSessionsService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  /** The user's inbox, newest first; opening a message marks it read. Below it, the user's e-mail settings. */
  @Get('notifications')
  async inbox(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Query('unread') unread?: string,
    @Query('page') page?: string,
  ) {
    this.pages.send(reply, 'notifications', await this.inboxModel(request, reply, unread === 'true', pageNumber(page)));
  }

  @Post('notifications/settings')
  async settings(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const email = typeof form.email === 'string' && form.email.trim() ? form.email.trim() : null;
        const dto = await validated(NotificationSettingsDto, {
          email,
          emailNotifications: form.emailNotifications === 'true',
        });
        await this.users.setNotificationSettings(request.user!, dto);
        return '/notifications?notice=notice.saved';
      },
      async (errors) => ['notifications', await this.inboxModel(request, reply, false, 1, { errors, form })],
    );
  }

  private async inboxModel(
    request: WebRequest,
    reply: FastifyReply,
    onlyUnread: boolean,
    current: number,
    extra: Record<string, unknown> = {},
  ) {
    const query = Object.assign(new NotificationQuery(), { page: current, pageSize: INBOX_PAGE, unread: onlyUnread });
    const list = await this.notifications.list(request.user!, query);
    const lang = this.pages.lang(request);
    return this.pages.model(request, reply, 'inbox.title', 'notifications', {
      items: list.items.map((item) => ({ ...item, text: inLanguage(item, lang) })),
      onlyUnread,
      settings: await this.users.notificationSettings(request.user!),
      pager: pager(
        '/notifications',
        { unread: onlyUnread ? 'true' : undefined },
        { page: current, pageSize: INBOX_PAGE, total: list.total },
      ),
      ...extra,
    });
  }

  @Post('notifications/read-all')
  async readAll(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    await this.notifications.markAllRead(request.user!);
    this.pages.redirect(reply, '/notifications');
  }

  @Post('notifications/:id/read')
  async open(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.redirect(reply, await this.notifications.markRead(request.user!, id));
  }

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
    const first20 = { skip: 0, take: 20 };
    const submitter = roles.includes('submitter');
    const board = roles.includes('board');
    const council = roles.includes('council_member') || roles.includes('council_chair') || board;
    // The sections are read side by side: on PostgreSQL each takes its own connection of the pool.
    const [counts, needsMe, submissionDue, queue, toCouncil, toDecide, sessions] = await Promise.all([
      this.nominations.countsByState(caller),
      submitter ? this.nominations.search(caller, { states: ['draft', 'returned'] }, first20) : undefined,
      submitter ? this.nominations.draftsDueForSubmission(caller) : undefined,
      board ? this.nominations.appraisalQueue(caller) : undefined,
      board ? this.nominations.search(caller, { states: ['verified'] }, first20) : undefined,
      board ? this.nominations.search(caller, { states: ['approved'] }, first20) : undefined,
      council ? this.sessions.list(caller, { states: ['planned', 'open'] }, { page: 1, pageSize: 50 }) : undefined,
    ]);
    const data: Record<string, unknown> = { year: Number(new Date().toISOString().slice(0, 4)) - 1, counts };
    if (submitter) Object.assign(data, { needsMe: needsMe!.items, submissionDue });
    if (board) Object.assign(data, { queue, toCouncil: toCouncil!.items, toDecide: toDecide!.items });
    if (sessions)
      Object.assign(data, { sessions: sessions.items, awaitingVote: sessions.items.filter((s) => s.awaitingMyVote) });
    const model = await this.pages.model(request, reply, 'home.title', 'home', data);
    this.pages.send(reply, 'home', model);
  }
}

import { NotificationsService } from '../notifications/notifications.service.js';
import { ArgumentsHost, Catch, ExceptionFilter, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, ErrorCode, httpStatusOf } from '../common/app-error.js';
import { logServerError, toErrorBody, type ErrorPages } from '../common/error.filter.js';
import { DOCUMENT_PATH } from '../documents/document-response.js';
import { langOf, translate, type Lang } from './i18n.js';
import { pagePermissions } from './page-access.js';
import { ViewRenderer, type PageModel } from './view-renderer.js';
import { LANG_COOKIE } from '../auth/web-session.js';

export type WebRequest = FastifyRequest & { user?: CurrentUser };
type CsrfReply = FastifyReply & { generateCsrf(): Promise<string> | string };

/** A form's problems, shown above the form (with links to the fields) and next to each field. */
export interface FormErrors {
  message: string;
  list: { field?: string; label?: string; message: string }[];
  byField: Record<string, string>;
}

/** Field names of the API's messages → the label key the page shows for them. */
const FIELD_LABELS: Record<string, string> = {
  personId: 'nomination.person',
  awardTypeCode: 'common.award',
  achievements: 'nomination.achievements',
  citation: 'nomination.citation',
  proposingUnitId: 'nomination.proposingUnit',
  comment: 'common.comment',
  file: 'nomination.file',
  kind: 'nomination.part',
  number: 'decision.number',
  signedOn: 'decision.signedOn',
  signerName: 'decision.signerName',
  signerTitle: 'decision.signerTitle',
  higherAuthority: 'decision.higherAuthority',
  startsOn: 'people.from',
  endsOn: 'audit.to',
  note: 'audit.note',
  reason: 'people.reason',
  nominationIds: 'decision.choose',
  title: 'council.sessionTitle',
  meetingDate: 'council.meetingDate',
  startsAt: 'council.startsAt',
  minutesNumber: 'council.minutesNumber',
  place: 'council.place',
  username: 'login.username',
  password: 'login.password',
  displayName: 'admin.displayName',
  name: 'common.name',
  code: 'common.code',
};

/** A message in the page's language: AppError answers every message as `message` (Vietnamese) and `messageEn`. */
export function inLanguage(item: { message: string; messageEn?: string }, lang: Lang): string {
  return lang === 'en' ? (item.messageEn ?? item.message) : item.message;
}

/** What the web controllers share: the page model (user, language, CSRF token) and sending pages and redirects. */
@Injectable()
export class WebPages {
  constructor(
    @Inject(ViewRenderer) private readonly views: ViewRenderer,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  lang(request: FastifyRequest): Lang {
    return langOf(request.cookies?.[LANG_COOKIE]);
  }

  async model(
    request: WebRequest,
    reply: FastifyReply,
    titleKey: string,
    nav: string,
    data: Record<string, unknown> = {},
  ): Promise<PageModel> {
    const lang = this.lang(request);
    const notice = (request.query as { notice?: string } | undefined)?.notice;
    return {
      lang,
      title: translate(lang, titleKey),
      user: request.user,
      may: pagePermissions(request.user?.roles ?? []),
      // The header's count of unread notifications, on every page of a signed-in user.
      unread: request.user ? await this.notifications.unreadCount(request.user.id) : 0,
      csrf: await (reply as CsrfReply).generateCsrf(),
      nav,
      path: request.url,
      // Only known wording is shown, never text from the address bar.
      notice: notice && /^notice\.[a-z]+$/.test(notice) ? notice : undefined,
      ...data,
    };
  }

  send(reply: FastifyReply, view: string, model: PageModel, status = 200): void {
    void reply.code(status).type('text/html; charset=utf-8').send(this.views.render(view, model));
  }

  redirect(reply: FastifyReply, url: string): void {
    void reply.redirect(url, 303);
  }

  /**
   * Runs a form's action and redirects to the address it returns (post/redirect/get); when the action is refused for a
   * reason the user can fix, the form's page is shown again with the problems and the refusal's status.
   */
  async submitForm(
    request: WebRequest,
    reply: FastifyReply,
    action: () => Promise<string>,
    again: (errors: FormErrors) => Promise<[view: string, model: PageModel]>,
  ): Promise<void> {
    let next: string;
    try {
      next = await action();
    } catch (error) {
      const { status, errors } = this.formErrors(error, this.lang(request));
      const [view, model] = await again(errors);
      this.send(reply, view, model, status);
      return;
    }
    this.redirect(reply, next);
  }

  /**
   * An action on a record's page (`page`, at `address`): done, back to the page with the notice; refused for a reason
   * the user can fix, the same page again with the problems.
   */
  actOnPage(
    request: WebRequest,
    reply: FastifyReply,
    page: { view: string; address: string; model: (extra: { errors: FormErrors }) => Promise<PageModel> },
    action: () => Promise<unknown>,
    notice = 'notice.saved',
  ): Promise<void> {
    return this.submitForm(
      request,
      reply,
      async () => {
        await action();
        return `${page.address}?notice=${notice}`;
      },
      async (errors) => [page.view, await page.model({ errors })],
    );
  }

  /** Turns a refused form into messages; anything that is not the user's to fix is rethrown to the error page. */
  formErrors(error: unknown, lang: Lang): { status: number; errors: FormErrors } {
    if (!(error instanceof AppError)) throw error;
    const status = httpStatusOf(error.code);
    if (
      ![
        ErrorCode.ValidationFailed,
        ErrorCode.RuleViolated,
        ErrorCode.Conflict,
        ErrorCode.WorkflowConflict,
        ErrorCode.PayloadTooLarge,
        ErrorCode.UnsupportedMediaType,
      ].includes(error.code)
    ) {
      throw error;
    }
    const details = (error.extra.details as { field: string; message: string; messageEn?: string }[] | undefined) ?? [];
    const violations =
      (error.extra.violations as { rule: string; message: string; messageEn?: string }[] | undefined) ?? [];
    const inLang = (item: { message: string; messageEn?: string }) => inLanguage(item, lang);
    const list = [
      ...details.map((detail) => ({
        field: detail.field,
        label: FIELD_LABELS[detail.field] ? translate(lang, FIELD_LABELS[detail.field]) : detail.field,
        message: inLang(detail),
      })),
      ...violations.map((violation) => ({ message: inLang(violation) })),
    ];
    const byField = Object.fromEntries(details.map((detail) => [detail.field, inLang(detail)]));
    return {
      status,
      errors: { message: lang === 'en' ? error.messageEn : error.message, list, byField },
    };
  }
}

/**
 * Errors on web pages: a lapsed session goes to the login page; anything else is a page with the message a clerk can act
 * on, in the chosen language, and never a stack trace.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter, ErrorPages {
  constructor(@Inject(ViewRenderer) private readonly views: ViewRenderer) {}

  /**
   * A browser's request for a page: any address outside the API, or a document the pages link to, opened with the
   * session cookie (a client with a token always gets the API's JSON).
   */
  wantsPage(request: FastifyRequest): boolean {
    if (!String(request.headers.accept ?? '').includes('text/html')) return false;
    if (!request.url.startsWith('/api')) return true;
    return request.method === 'GET' && !request.headers.authorization && DOCUMENT_PATH.test(request.url.split('?')[0]);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<WebRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception);
    logServerError(request, exception, body.statusCode);
    if (body.statusCode === 401) {
      void reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
      return;
    }
    if (body.statusCode === 403 && body.mustChangePassword === true) {
      void reply.redirect('/account/password', 303);
      return;
    }
    this.page(request, reply, body).catch((error: unknown) => {
      // The error page itself failed: answer in the API's shape rather than leave the request hanging.
      logServerError(request, error, 500);
      if (!reply.sent) void reply.code(body.statusCode).send(body);
    });
  }

  private async page(request: WebRequest, reply: FastifyReply, body: ReturnType<typeof toErrorBody>): Promise<void> {
    const lang = langOf(request.cookies?.[LANG_COOKIE]);
    const heading = translate(lang, body.statusCode === 404 ? 'error.notFound' : 'error.title');
    const html = this.views.render('error', {
      lang,
      title: heading,
      user: request.user,
      may: pagePermissions(request.user?.roles ?? []),
      // The page keeps its header, whose sign-out form needs a token like any other form.
      csrf: await (reply as CsrfReply).generateCsrf(),
      heading,
      message: lang === 'en' ? (body.messageEn ?? body.message) : body.message,
      violations: (body.violations as { message: string; messageEn?: string }[] | undefined)?.map((violation) => ({
        ...violation,
        message: inLanguage(violation, lang),
      })),
    });
    void reply.code(body.statusCode).type('text/html; charset=utf-8').send(html);
  }
}

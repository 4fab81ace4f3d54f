import { SetMetadata } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** Marks a controller as server-rendered pages: signed in by the session cookie, forms checked against CSRF. */
export const WEB_PAGE_KEY = 'web:page';
export const WebPage = (): ClassDecorator => (target) => {
  SetMetadata(WEB_PAGE_KEY, true)(target);
  ApiExcludeController()(target);
};

/** The session cookie holds the same signed token the API issues; httpOnly and SameSite=Lax. */
export const SESSION_COOKIE = 'tdkt_session';
export const LANG_COOKIE = 'tdkt_lang';
/** The signed cookie holding the CSRF secret; forms carry tokens derived from it. */
export const CSRF_COOKIE = 'tdkt_csrf';

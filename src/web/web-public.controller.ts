import { Body, Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.js';
import { WebPage } from '../auth/web-session.js';
import { AwardVerificationService } from '../decisions/award-verification.service.js';
import { VERIFY_RATE_LIMIT } from '../decisions/verification-rate-limit.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { validated } from '../common/validation.js';
import { COMMENT_RATE_LIMIT } from '../public-notices/comment-rate-limit.js';
import { PublicCommentDto } from '../public-notices/public-notices.dto.js';
import { PublicNoticesService } from '../public-notices/public-notices.service.js';
import { formValues, type Form } from './web-forms.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

/**
 * Pages anyone may open without signing in: the open public notices (công khai) with their comment form, and the check
 * of a certificate that its QR code leads to.
 */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebPublicController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(AwardVerificationService) private readonly verification: AwardVerificationService,
    @Inject(PublicNoticesService) private readonly notices: PublicNoticesService,
  ) {}

  @Public()
  @Get('cong-khai')
  async noticeList(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const notices = await this.notices.openNotices();
    this.pages.send(
      reply,
      'public-notices',
      await this.pages.model(request, reply, 'notices.title', 'notices', { notices }),
    );
  }

  @Public()
  @Get('cong-khai/:id')
  async notice(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'public-notice', await this.noticeModel(request, reply, id, {}));
  }

  @Public()
  @Post('cong-khai/:id')
  @RouteConfig({ rateLimit: COMMENT_RATE_LIMIT })
  async comment(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        // A field people never see: only a robot fills it in. It is thanked like anyone, and nothing is kept.
        if (typeof form.website === 'string' && form.website !== '') return `/cong-khai/${id}?notice=notice.commented`;
        const { website: _honeypot, ...fields } = form;
        const dto = await validated(PublicCommentDto, formValues(fields, ['nominationId']));
        await this.notices.comment(id, dto);
        return `/cong-khai/${id}?notice=notice.commented`;
      },
      async (errors) => ['public-notice', await this.noticeModel(request, reply, id, { values: form, errors })],
    );
  }

  private async noticeModel(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    extra: { values?: Form; errors?: FormErrors },
  ) {
    // Not `notice`: that is the page's flash message.
    const publicNotice = await this.notices.openNotice(id);
    return this.pages.model(request, reply, 'notices.title', 'notices', {
      publicNotice,
      values: extra.values ?? {},
      errors: extra.errors,
    });
  }

  @Public()
  @Get('verify/:code')
  @RouteConfig({ rateLimit: VERIFY_RATE_LIMIT })
  async verify(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('code') code: string) {
    const award = await this.verification.verify(code);
    this.pages.send(reply, 'verify', await this.pages.model(request, reply, 'verify.title', 'verify', { award }));
  }
}

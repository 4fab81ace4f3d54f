import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.js';
import { WebPage } from '../auth/web-session.js';
import { AwardVerificationService } from '../decisions/award-verification.service.js';
import { VERIFY_RATE_LIMIT } from '../decisions/verification-rate-limit.js';
import { WebErrorFilter, WebPages, type WebRequest } from './web-pages.js';

/** Pages anyone may open without signing in: the check of a certificate that its QR code leads to. */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebPublicController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(AwardVerificationService) private readonly verification: AwardVerificationService,
  ) {}

  @Public()
  @Get('verify/:code')
  @RouteConfig({ rateLimit: VERIFY_RATE_LIMIT })
  async verify(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('code') code: string) {
    const award = await this.verification.verify(code);
    this.pages.send(reply, 'verify', await this.pages.model(request, reply, 'verify.title', 'verify', { award }));
  }
}

import { Controller, Get, Inject, Param } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../access/access.js';
import { AwardVerificationService } from './award-verification.service.js';
import { AwardVerificationView } from './decisions.dto.js';
import { VERIFY_RATE_LIMIT } from './verification-rate-limit.js';

@ApiTags('public')
@Controller('api/public')
export class VerificationController {
  constructor(@Inject(AwardVerificationService) private readonly verification: AwardVerificationService) {}

  @Public()
  @Get('verify/:code')
  @RouteConfig({ rateLimit: VERIFY_RATE_LIMIT })
  @ApiOperation({
    summary:
      'Check a certificate by the code on its QR code (no sign-in): valid or revoked, and what the certificate shows; an unknown code → 404',
  })
  @ApiOkResponse({ type: AwardVerificationView })
  @ApiTooManyRequestsResponse({ description: 'Too many checks from one address; try again in a minute' })
  verify(@Param('code') code: string) {
    return this.verification.verify(code);
  }
}

import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Authenticated, Public, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { COMMENT_RATE_LIMIT } from './comment-rate-limit.js';
import {
  CommentAnswerDto,
  CreatePublicNoticeDto,
  OpenPublicNoticeView,
  PublicCommentDto,
  PublicCommentReceiptView,
  PublicCommentView,
  PublicNoticeView,
} from './public-notices.dto.js';
import { PublicNoticesService } from './public-notices.service.js';

@ApiTags('public-notices')
@Controller('api/public-notices')
export class PublicNoticesController {
  constructor(@Inject(PublicNoticesService) private readonly notices: PublicNoticesService) {}

  @Post()
  @Roles('board')
  @ApiOperation({
    summary:
      'Post verified nominations for public comment; a window shorter than the rule set’s minimum for awards that need a notice → 422 (public_notice.window)',
  })
  @ApiCreatedResponse({ type: PublicNoticeView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreatePublicNoticeDto) {
    return this.notices.create(caller, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A public notice of the caller’s scope' })
  @ApiOkResponse({ type: PublicNoticeView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.notices.get(caller, id);
  }

  @Get(':id/comments')
  @Roles('board')
  @ApiOperation({ summary: 'The public’s comments on a notice, oldest first, with the board’s answers' })
  @ApiOkResponse({ type: [PublicCommentView] })
  comments(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.notices.comments(caller, id);
  }

  @Post(':id/comments/:commentId/answer')
  @Roles('board')
  @ApiOperation({ summary: 'Record how the board handled a comment (an internal note, listed in the minutes)' })
  @ApiCreatedResponse({ type: PublicCommentView })
  answer(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('commentId', ParseIdPipe) commentId: number,
    @Body() dto: CommentAnswerDto,
  ) {
    return this.notices.answer(caller, id, commentId, dto);
  }
}

@ApiTags('public')
@Controller('api/public/notices')
export class PublicNoticeBoardController {
  constructor(@Inject(PublicNoticesService) private readonly notices: PublicNoticesService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The notices open today, with what each posts (no sign-in)' })
  @ApiOkResponse({ type: [OpenPublicNoticeView] })
  list() {
    return this.notices.openNotices();
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'An open notice (no sign-in); a closed or unknown one → 404' })
  @ApiOkResponse({ type: OpenPublicNoticeView })
  get(@Param('id', ParseIdPipe) id: number) {
    return this.notices.openNotice(id);
  }

  @Public()
  @Post(':id/comments')
  @RouteConfig({ rateLimit: COMMENT_RATE_LIMIT })
  @ApiOperation({
    summary:
      'Comment on a posted nomination (no sign-in): text 1–5,000 characters; outside the window → 422; too many from one address → 429',
  })
  @ApiCreatedResponse({ type: PublicCommentReceiptView })
  @ApiTooManyRequestsResponse({ description: 'Too many comments from this address' })
  comment(@Param('id', ParseIdPipe) id: number, @Body() dto: PublicCommentDto) {
    return this.notices.comment(id, dto);
  }
}

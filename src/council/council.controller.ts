import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DocumentEndpoint, DocumentFormatQuery, sendDocument } from '../documents/document-response.js';
import { PdfService } from '../documents/pdf.service.js';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { Authenticated, Roles } from '../access/access.js';
import { HistoryEndpoint } from '../workflow/workflow-views.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import {
  BallotDto,
  BallotReceiptView,
  CouncilSessionSummaryView,
  CouncilSessionView,
  CouncilSummaryView,
  CouncilView,
  SessionResultView,
  CouncilSessionEventDto,
  CouncilSessionQuery,
  CreateCouncilDto,
  CreateCouncilSessionDto,
  PaperTallyDto,
  RecusalDto,
} from './council.dto.js';
import { CouncilDocumentsService } from './council-documents.service.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import { CouncilsService } from './councils.service.js';

@ApiTags('councils')
@Controller('api')
export class CouncilController {
  constructor(
    @Inject(CouncilsService) private readonly councils: CouncilsService,
    @Inject(CouncilSessionsService) private readonly sessions: CouncilSessionsService,
    @Inject(CouncilDocumentsService) private readonly documents: CouncilDocumentsService,
    @Inject(PdfService) private readonly pdf: PdfService,
  ) {}

  @Post('councils')
  @Roles('board', 'admin')
  @ApiOperation({ summary: 'Constitute a unit’s council: members, chair, secretary' })
  @ApiCreatedResponse({ type: CouncilView })
  createCouncil(@Caller() caller: CurrentUser, @Body() dto: CreateCouncilDto) {
    return this.councils.create(caller, dto);
  }

  @Get('councils')
  @Authenticated()
  @ApiOperation({ summary: 'The councils whose unit is in the caller’s scope, and those the caller sits on' })
  @ApiPageOf(CouncilSummaryView)
  listCouncils(@Caller() caller: CurrentUser) {
    return this.sessions.listCouncils(caller);
  }

  @Get('council-sessions')
  @Authenticated()
  @ApiOperation({ summary: 'Sessions of the councils the caller may see, newest first' })
  @ApiPageOf(CouncilSessionSummaryView)
  listSessions(@Caller() caller: CurrentUser, @Query() query: CouncilSessionQuery) {
    return this.sessions.listSessions(caller, query);
  }

  @Get('councils/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A council with its members' })
  @ApiOkResponse({ type: CouncilView })
  getCouncil(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.councils.get(caller, id);
  }

  @Post('council-sessions')
  @Roles('board')
  @ApiOperation({ summary: 'Plan a session; its verified nominations move to in_council (all or nothing)' })
  @ApiCreatedResponse({ type: CouncilSessionView })
  createSession(@Caller() caller: CurrentUser, @Body() dto: CreateCouncilSessionDto) {
    return this.sessions.create(caller, dto);
  }

  @Get('council-sessions/:id')
  @Authenticated()
  @ApiOperation({
    summary:
      'A session: members, who has voted (never how), the agenda with conflict, recusal and women-priority flags',
  })
  @ApiOkResponse({ type: CouncilSessionView })
  getSession(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.sessions.get(caller, id);
  }

  @Post('council-sessions/:id/events')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary:
      'OPEN (presentMemberIds; quorum checked), CLOSE (tally; nominations approved or rejected), SIGN_MINUTES — chair or secretary',
  })
  @ApiOkResponse({ type: CouncilSessionView })
  sendEvent(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: CouncilSessionEventDto) {
    return this.sessions.sendEvent(caller, id, dto);
  }

  @HistoryEndpoint('council-sessions/:id/history', 'The session’s transitions, oldest first')
  history(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.sessions.history(caller, id);
  }

  @Post('council-sessions/:id/ballots')
  @Authenticated()
  @ApiOperation({
    summary:
      'Cast a secret ballot (once per member per session, while open); absent members’ ballots count as written opinions',
  })
  @ApiCreatedResponse({ type: BallotReceiptView })
  castBallot(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: BallotDto) {
    return this.sessions.castBallot(caller, id, dto);
  }

  @Post('council-sessions/:id/paper-tally')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'Enter the counts of paper ballots (the chair or the secretary, while open, when nobody voted here)',
    description:
      'One line per nomination on the agenda; approve + reject + abstain above the council’s members → 422 (paper_tally.sum). CLOSE then tallies these counts, and the minutes say the vote was on paper.',
  })
  @ApiOkResponse({ type: CouncilSessionView })
  paperTally(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: PaperTallyDto) {
    return this.sessions.recordPaperTally(caller, id, dto);
  }

  @Post('council-sessions/:id/recusals')
  @Authenticated()
  @ApiOperation({ summary: 'A member steps back from one nomination (conflict of interest)' })
  @ApiCreatedResponse({ type: CouncilSessionView })
  recuse(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: RecusalDto) {
    return this.sessions.recuse(caller, id, dto.nominationId);
  }

  @Get('council-sessions/:id/results')
  @Authenticated()
  @ApiOperation({
    summary:
      'After CLOSE: per nomination approve, reject, abstain, members, present, share (approve ÷ all members), threshold, passed',
  })
  @ApiOkResponse({ type: [SessionResultView] })
  results(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.sessions.results(caller, id);
  }

  @DocumentEndpoint(
    'council-sessions/:id/minutes',
    'The council minutes (after CLOSE): members present and absent, written opinions, every tally and result',
  )
  async minutes(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: DocumentFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDocument(
      reply,
      this.pdf,
      query.format,
      await this.documents.minutesHtml(caller, id),
      `bien-ban-hop-hoi-dong-${id}`,
    );
  }
}

import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ApiPageOf } from '../common/api-answers.js';
import { PageQuery } from '../common/pagination.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { administrativeDocx } from '../documents/administrative-docx.js';
import { DocumentEndpoint, EditableDocumentFormatQuery, sendDocument } from '../documents/document-response.js';
import { PdfService } from '../documents/pdf.service.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { CreateProposalDto, ProposalView } from './proposals.dto.js';
import { ProposalsService } from './proposals.service.js';

@ApiTags('proposals')
@Controller('api')
export class ProposalsController {
  constructor(
    @Inject(ProposalsService) private readonly proposals: ProposalsService,
    @Inject(PdfService) private readonly pdf: PdfService,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
  ) {}

  @Post('proposals')
  @Roles('board')
  @ApiOperation({
    summary:
      'Record a Tờ trình: the council’s approved nominations submitted to the official who decides (a duplicate number → 409)',
  })
  @ApiCreatedResponse({ type: ProposalView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateProposalDto) {
    return this.proposals.create(caller, dto);
  }

  @Get('proposals')
  @Authenticated()
  @ApiOperation({ summary: 'The Tờ trình of units in the caller’s scope, newest first' })
  @ApiPageOf(ProposalView)
  list(@Caller() caller: CurrentUser, @Query() query: PageQuery) {
    return this.proposals.list(caller, query);
  }

  @Get('proposals/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A Tờ trình with its list' })
  @ApiOkResponse({ type: ProposalView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.proposals.get(caller, id);
  }

  @DocumentEndpoint(
    'proposals/:id/document',
    'The Tờ trình as an official document (Decree 30/2020 layout) with its list, also as a Word file to edit',
    { word: true },
  )
  async document(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: EditableDocumentFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.proposals.document(caller, id);
    return sendDocument(
      reply,
      this.pdf,
      query.format,
      async () => this.renderer.render('administrative', document),
      `to-trinh-${id}`,
      () => administrativeDocx(document),
    );
  }
}

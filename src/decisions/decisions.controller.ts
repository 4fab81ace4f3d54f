import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import { administrativeDocx } from '../documents/administrative-docx.js';
import {
  CertificateQuery,
  DocumentEndpoint,
  DocumentFormatQuery,
  EditableDocumentFormatQuery,
  sendDocument,
} from '../documents/document-response.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { PdfService } from '../documents/pdf.service.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { CreateDecisionDto, DecisionQuery, DecisionSummaryView, DecisionView } from './decisions.dto.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('decisions')
@Controller('api')
export class DecisionsController {
  constructor(
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(DecisionDocumentsService) private readonly documents: DecisionDocumentsService,
    @Inject(PdfService) private readonly pdf: PdfService,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
  ) {}

  @DocumentEndpoint(
    'decisions/:id/document',
    'The decision as an official document (Decree 30/2020 layout) with its annex of awardees, also as a Word file to edit',
    { word: true },
  )
  async document(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: EditableDocumentFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.documents.decisionDocument(caller, id);
    return sendDocument(
      reply,
      this.pdf,
      query.format,
      async () => this.renderer.render('administrative', document),
      `quyet-dinh-${id}`,
      () => administrativeDocx(document),
    );
  }

  @DocumentEndpoint(
    'decisions/:id/certificates',
    'Every certificate of the decision, one A4 landscape page each (revoked awards excluded)',
  )
  async certificates(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: CertificateQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDocument(
      reply,
      this.pdf,
      query.format,
      await this.documents.certificatesHtml(caller, id, query.layout),
      `bang-khen-quyet-dinh-${id}`,
    );
  }

  @DocumentEndpoint('nominations/:id/certificate', 'One certificate, once the nomination is decided')
  async certificate(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Query() query: CertificateQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDocument(
      reply,
      this.pdf,
      query.format,
      await this.documents.certificateOfNomination(caller, id, query.layout),
      `bang-khen-${id}`,
    );
  }

  @DocumentEndpoint(
    'certificates/calibration',
    'A calibration page for pre-printed blanks: a millimetre grid with a cross at each field, shifted by the configured offsets',
  )
  async calibration(@Query() query: DocumentFormatQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendDocument(reply, this.pdf, query.format, this.documents.calibrationHtml(), 'can-chinh-phoi');
  }

  @Post('decisions')
  @Roles('board')
  @ApiOperation({
    summary:
      'Record a signed decision; its nominations move to decided with golden-book and register numbers (all or nothing; a duplicate number → 409)',
  })
  @ApiCreatedResponse({ type: DecisionView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateDecisionDto) {
    return this.decisions.create(caller, dto);
  }

  @Get('decisions')
  @Authenticated()
  @ApiOperation({ summary: 'Decisions issued by units in the caller’s scope, newest first' })
  @ApiPageOf(DecisionSummaryView)
  list(@Caller() caller: CurrentUser, @Query() query: DecisionQuery) {
    return this.decisions.list(caller, query);
  }

  @Get('decisions/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A decision with its awardees, golden-book and register numbers and reward money' })
  @ApiOkResponse({ type: DecisionView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.decisions.get(caller, id);
  }
}

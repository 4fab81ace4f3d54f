import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import type { FastifyRequest } from 'fastify';
import { Authenticated, Roles } from '../access/access.js';
import { HistoryEndpoint } from '../workflow/workflow-views.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ATTACHMENT_KINDS } from './attachment.entity.js';
import { readMultipart } from '../files/multipart.js';
import { AttachmentsService } from './attachments.service.js';
import {
  AcceptLateDto,
  AttachmentView,
  CreateNominationDto,
  EligibilityView,
  NominationEventDto,
  NominationQuery,
  NominationView,
  UpdateNominationDto,
} from './nominations.dto.js';
import { NominationsService } from './nominations.service.js';

@ApiTags('nominations')
@Controller('api')
export class NominationsController {
  constructor(
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(AttachmentsService) private readonly attachments: AttachmentsService,
  ) {}

  @Post('nominations')
  @Roles('submitter')
  @ApiOperation({ summary: 'Create a nomination (draft) for one nominee: a person, a collective or a household' })
  @ApiCreatedResponse({ type: NominationView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateNominationDto) {
    return this.nominations.create(caller, dto);
  }

  @Get('nominations')
  @Authenticated()
  @ApiOperation({ summary: 'Nominations in the caller’s scope, filtered and paginated, newest first' })
  @ApiPageOf(NominationView)
  list(@Caller() caller: CurrentUser, @Query() query: NominationQuery) {
    return this.nominations.list(caller, query);
  }

  @Get('nominations/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One nomination with its state, version and the events the caller may send now' })
  @ApiOkResponse({ type: NominationView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.nominations.get(caller, id);
  }

  @Post('nominations/:id/accept-late')
  @HttpCode(200)
  @Roles('board')
  @ApiOperation({
    summary:
      'Accept a dossier after its submission deadline, with the reason (the deciding board; a submitted or already accepted one → 409)',
  })
  @ApiOkResponse({ type: NominationView })
  acceptLate(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: AcceptLateDto) {
    return this.nominations.acceptLate(caller, id, dto);
  }

  @Patch('nominations/:id')
  @Roles('submitter')
  @ApiOperation({
    summary: 'Edit a nomination while it is a draft or returned (409 otherwise or when `version` is stale)',
  })
  @ApiOkResponse({ type: NominationView })
  update(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateNominationDto) {
    return this.nominations.update(caller, id, dto);
  }

  @Post('nominations/:id/events')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'Send a workflow event',
    description:
      '409 when the event is not allowed in the current state or `version` is stale; 403 when the caller may not send it; 422 with `violations` when a rule fails.',
  })
  @ApiOkResponse({ type: NominationView })
  sendEvent(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: NominationEventDto) {
    return this.nominations.sendEvent(caller, id, dto);
  }

  @HistoryEndpoint('nominations/:id/history', 'The nomination’s transitions, oldest first')
  history(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.nominations.history(caller, id);
  }

  @Get('nominations/:id/eligibility')
  @Authenticated()
  @ApiOperation({ summary: 'The eligibility rules the nomination passes or fails, under the rule set it is judged by' })
  @ApiOkResponse({ type: EligibilityView })
  eligibility(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.nominations.eligibility(caller, id);
  }

  @Post('nominations/:id/attachments')
  @Roles('submitter')
  @ApiOperation({ summary: 'Add a dossier part (PDF, JPEG, PNG, DOCX, XLSX judged by content; 20 MB at most)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: [...ATTACHMENT_KINDS] } },
    },
  })
  @ApiCreatedResponse({ type: AttachmentView })
  async addAttachment(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Req() request: FastifyRequest,
  ) {
    return this.attachments.add(caller, id, await readMultipart(request));
  }

  @Get('nominations/:id/attachments')
  @Authenticated()
  @ApiOperation({ summary: 'The dossier parts of a nomination' })
  @ApiOkResponse({ type: [AttachmentView] })
  listAttachments(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.nominations.attachmentsOf(caller, id);
  }

  @Get('attachments/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Download a dossier part' })
  @ApiOkResponse({
    description: 'The file as uploaded, with its media type',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    const { attachment, stream } = await this.attachments.open(caller, id);
    return new StreamableFile(stream, {
      type: attachment.mediaType,
      length: attachment.size,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    });
  }
}

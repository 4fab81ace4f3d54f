import { Body, Controller, Get, HttpCode, Inject, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { CertificatePrintsService } from './certificate-prints.service.js';
import { CertificatePrintRequestDto, CertificatePrintView } from './decisions.dto.js';

/** A decision's certificates printed as a background job, with its progress and its kept PDF. */
@ApiTags('decisions')
@Controller('api')
export class CertificatePrintsController {
  constructor(@Inject(CertificatePrintsService) private readonly prints: CertificatePrintsService) {}

  @Post('decisions/:id/certificate-prints')
  @HttpCode(202)
  @Roles('board')
  @ApiOperation({
    summary:
      'Print every certificate of the decision in the background; while a print of the same layout is waiting or printing, that one is returned',
  })
  @ApiAcceptedResponse({ type: CertificatePrintView })
  request(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CertificatePrintRequestDto,
  ) {
    return this.prints.request(caller, id, dto.layout ?? 'framed');
  }

  @Get('decisions/:id/certificate-prints')
  @Authenticated()
  @ApiOperation({ summary: 'The decision’s prints, newest first (the last 20)' })
  @ApiOkResponse({ type: [CertificatePrintView] })
  list(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.prints.list(caller, id);
  }

  @Get('certificate-prints/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One print: its state and how many certificates are printed' })
  @ApiOkResponse({ type: CertificatePrintView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.prints.get(caller, id);
  }

  @Get('certificate-prints/:id/file')
  @Authenticated()
  @ApiOperation({ summary: 'The PDF of a finished print (409 until it is done)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The certificates, one A4 page each',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async file(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    const { print, stream } = await this.prints.open(caller, id);
    return new StreamableFile(stream, {
      type: 'application/pdf',
      disposition: `attachment; filename="bang-khen-quyet-dinh-${print.decisionId}-ban-in-${print.id}.pdf"`,
    });
  }
}

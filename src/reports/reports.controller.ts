import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { YearlyReportView } from './yearly-report.dto.js';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { Optional } from '../common/dto-helpers.js';
import { sendDocument } from '../documents/document-response.js';
import { PdfService } from '../documents/pdf.service.js';
import { provinceNames } from '../documents/format.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { Unit } from '../units/unit.entity.js';
import { YearlyReportService } from './yearly-report.service.js';
import { yearlyReportModel, yearlyReportWorkbook } from './yearly-report.views.js';

const FORMATS = ['json', 'html', 'pdf', 'xlsx'] as const;

export class YearlyReportQuery {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ enum: FORMATS, default: 'json' })
  @Optional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

@ApiTags('reports')
@Controller('api/reports')
export class ReportsController {
  constructor(
    @Inject(YearlyReportService) private readonly reports: YearlyReportService,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PdfService) private readonly pdf: PdfService,
  ) {}

  @Get('yearly')
  @Roles('board', 'admin')
  @ApiOperation({
    summary:
      'Internal Affairs’ yearly report for the caller’s unit and everything below it; every format shows the same numbers',
  })
  @ApiProduces(
    'application/json',
    'text/html',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiExtraModels(YearlyReportView)
  @ApiOkResponse({
    description: 'The report as JSON (the default), HTML, PDF or XLSX',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(YearlyReportView) } },
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiUnprocessableEntityResponse({ description: 'The province has no name yet: the violation says what to do' })
  async yearly(
    @Caller() caller: CurrentUser,
    @Query() query: YearlyReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.build(caller, query.year);
    const fileName = `bao-cao-thi-dua-khen-thuong-${query.year}`;
    if (query.format === 'html' || query.format === 'pdf') {
      const root = await this.dataSource.getRepository(Unit).findOneBy({ id: Number(caller.unitPath.split('/')[1]) });
      const names = provinceNames(root?.name ?? report.unit.name);
      const html = this.renderer.render('yearly-report', yearlyReportModel(report, names));
      return sendDocument(reply, this.pdf, query.format, html, fileName);
    }
    if (query.format === 'xlsx') {
      void reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      void reply.header('content-disposition', `attachment; filename="${fileName}.xlsx"`);
      return yearlyReportWorkbook(report);
    }
    return report;
  }
}

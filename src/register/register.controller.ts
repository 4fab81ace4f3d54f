import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, Roles } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { readMultipart } from '../files/multipart.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { HistoryImportView, RegisterEntryView, RegisterQuery } from './register.dto.js';
import { RegisterService } from './register.service.js';
import { historyTemplate, registerWorkbook } from './register-workbook.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The most rows a workbook carries: a province's register over many years. */
const EXPORT_LIMIT = 50_000;

@ApiTags('register')
@Controller('api/register')
export class RegisterController {
  constructor(@Inject(RegisterService) private readonly register: RegisterService) {}

  @Post('import')
  @Roles('board')
  @ApiOperation({
    summary:
      'Import award history from a province’s list (XLSX or CSV in the template’s columns), matching each person by name (and year of birth) in the unit of the given code; any bad, unknown or ambiguous row → 422 naming it, and nothing is imported; the same file twice adds nothing; dryRun=true checks and counts only',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        dryRun: { type: 'string', enum: ['true', 'false'], description: 'true: check and count, write nothing' },
      },
    },
  })
  @ApiCreatedResponse({ type: HistoryImportView })
  async importHistory(@Caller() caller: CurrentUser, @Req() request: FastifyRequest) {
    const { file, fields } = await readMultipart(request);
    if (!file || file.content.length === 0)
      throw AppError.invalid([{ field: 'file', message: 'bắt buộc nhập', messageEn: 'required' }]);
    return this.register.importHistory(caller, file.content, fields.dryRun === 'true');
  }

  @Get('import-template')
  @Roles('board')
  @ApiOperation({ summary: 'The award-history template: its columns and one example row (XLSX)' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  async template(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-type', XLSX);
    void reply.header('content-disposition', 'attachment; filename="mau-nhap-lich-su-khen-thuong.xlsx"');
    return historyTemplate();
  }

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      'The award register (sổ theo dõi khen thưởng) of the caller’s scope: decisions’ awards and recorded history, newest first; q ignores case and diacritics; format=xlsx exports every match in the register’s layout',
  })
  @ApiProduces('application/json', XLSX)
  @ApiExtraModels(RegisterEntryView)
  @ApiOkResponse({
    description: 'One page of the register, or the whole register as a workbook',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['items', 'total', 'page', 'pageSize'],
          properties: {
            items: { type: 'array', items: { $ref: getSchemaPath(RegisterEntryView) } },
            total: { type: 'integer', description: 'Every match, on all pages' },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
          },
        },
      },
      [XLSX]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async search(
    @Caller() caller: CurrentUser,
    @Query() query: RegisterQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (query.format !== 'xlsx') return this.register.search(caller, query);
    const all = await this.register.search(
      caller,
      Object.assign(new RegisterQuery(), query, { page: 1, pageSize: EXPORT_LIMIT }),
    );
    void reply.header('content-type', XLSX);
    void reply.header('content-disposition', 'attachment; filename="so-theo-doi-khen-thuong.xlsx"');
    return registerWorkbook(all.items);
  }
}

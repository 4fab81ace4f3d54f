import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../access/access.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { RegisterEntryView, RegisterQuery } from './register.dto.js';
import { RegisterService } from './register.service.js';
import { registerWorkbook } from './register-workbook.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The most rows a workbook carries: a province's register over many years. */
const EXPORT_LIMIT = 50_000;

@ApiTags('register')
@Controller('api/register')
export class RegisterController {
  constructor(@Inject(RegisterService) private readonly register: RegisterService) {}

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

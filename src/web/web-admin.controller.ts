import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { readMultipart, uploadedFile } from '../files/multipart.js';
import { AppError } from '../common/app-error.js';
import { PeopleService } from '../people/people.service.js';
import { yearlyReportModel } from '../reports/yearly-report.views.js';
import { YearlyReportService } from '../reports/yearly-report.service.js';
import { CreateUnitDto } from '../units/units.dto.js';
import { UNIT_KINDS } from '../units/unit-kinds.js';
import { UnitsService } from '../units/units.service.js';
import { CreateUserDto, UserQuery } from '../users/users.dto.js';
import { ROLES } from '../access/roles.js';
import { UsersService } from '../users/users.service.js';
import { PAGE_ROLES } from './page-access.js';
import { validated } from '../common/validation.js';
import { filtersOf, formValues, listOf, pager, type Form } from './web-forms.js';
import { AWARD_TYPE_CODES, findAwardType } from '../award-types/catalogue.js';
import { RegisterQuery } from '../register/register.dto.js';
import { RegisterService } from '../register/register.service.js';
import { WebPage } from '../auth/web-session.js';
import { WebErrorFilter, WebPages, type WebRequest } from './web-pages.js';
import type { PageModel } from './view-renderer.js';

/** The award register, the yearly report, and the administration of units, users and people. */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebAdminController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(YearlyReportService) private readonly reports: YearlyReportService,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(RegisterService) private readonly awardRegister: RegisterService,
  ) {}

  /** The award register: the API's search as a page, with a link that exports the same search to Excel. */
  @Get('register')
  async register(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query() query: Form) {
    const caller = request.user!;
    const filter = await validated(
      RegisterQuery,
      filtersOf(query, ['q', 'awardTypeCode', 'year', 'unitId', 'decisionNumber', 'page']),
    );
    filter.pageSize = 50;
    const found = await this.awardRegister.search(caller, filter);
    const filters = {
      q: filter.q,
      awardTypeCode: filter.awardTypeCode,
      year: filter.year,
      unitId: filter.unitId,
      decisionNumber: filter.decisionNumber,
    };
    const shown = Object.entries(filters)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]): [string, string] => [key, String(value)]);
    const model = await this.pages.model(request, reply, 'register.title', 'register', {
      entries: found.items,
      total: found.total,
      awardTypes: AWARD_TYPE_CODES.map((code) => ({ code, name: findAwardType(code)?.name ?? code })),
      units: await this.units.inScopeOf(caller),
      filter: Object.fromEntries(shown),
      canImport: caller.roles.includes('board'),
      exportHref: `/api/register?${new URLSearchParams([...shown, ['format', 'xlsx']]).toString()}`,
      pager: pager('/register', filters, found),
    });
    this.pages.send(reply, 'register', model);
  }

  @Get('register/import')
  @Roles('board')
  async registerImportPage(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const model = await this.pages.model(request, reply, 'register.import', 'register', {});
    this.pages.send(reply, 'register-import', model);
  }

  /** Award history from a list: checked first (the box is ticked by default), then imported, all or nothing. */
  @Post('register/import')
  @Roles('board')
  async registerImport(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const page = (data: Form) => this.pages.model(request, reply, 'register.import', 'register', data);
    await this.importPage(reply, 'register-import', page, async () => {
      const { file, fields } = await readMultipart(request);
      if (!file || file.content.length === 0)
        throw AppError.invalid([{ field: 'file', message: 'bắt buộc nhập', messageEn: 'required' }]);
      const dryRun = fields.dryRun === 'true';
      return { result: await this.awardRegister.importHistory(request.user!, file.content, dryRun), dryRun };
    });
  }

  @Get('reports/yearly')
  @Roles(...PAGE_ROLES.reports)
  async yearly(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('year') yearText?: string) {
    const fallback = Number(new Date().toISOString().slice(0, 4)) - 1;
    const parsed = Number.parseInt(yearText ?? '', 10);
    const year = parsed >= 1945 && parsed <= 2200 ? parsed : fallback;
    const report = await this.reports.build(request.user!, year);
    const view = yearlyReportModel(report, { body: '', place: '' });
    const model = await this.pages.model(request, reply, 'report.title', 'reports', {
      report,
      year,
      states: Object.entries(report.nominations.byState)
        .filter(([, count]) => count > 0)
        .map(([state, count]) => ({ state, count })),
      chart: view.chart,
      forms: view.forms,
      comparison: view.comparison,
    });
    this.pages.send(reply, 'report', model);
  }

  @Get('admin/units')
  @Roles(...PAGE_ROLES.administration)
  async unitList(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(reply, 'admin-units', await this.unitsModel(request, reply, {}));
  }

  @Post('admin/units')
  @Roles(...PAGE_ROLES.administration)
  async createUnit(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        await this.units.create(request.user!, await validated(CreateUnitDto, formValues(form, ['parentId'])));
        return '/admin/units?notice=notice.saved';
      },
      async (errors) => ['admin-units', await this.unitsModel(request, reply, { ...form, errors })],
    );
  }

  /** Units from a list (code, name, kind, parentCode), all or nothing; the same list twice adds nothing. */
  @Post('admin/units/import')
  @Roles(...PAGE_ROLES.administration)
  async importUnits(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    await this.importPage(
      reply,
      'admin-units',
      (data) => this.unitsModel(request, reply, data),
      async () => ({ unitsImported: await this.units.importUnits(request.user!, await uploadedFile(request)) }),
    );
  }

  @Get('admin/users')
  @Roles(...PAGE_ROLES.administration)
  async userList(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('q') q?: string) {
    this.pages.send(reply, 'admin-users', await this.usersModel(request, reply, {}, q));
  }

  @Post('admin/users')
  @Roles(...PAGE_ROLES.administration)
  async createUser(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        await this.users.create(
          request.user!,
          await validated(CreateUserDto, { ...formValues(form, ['unitId']), roles: listOf(form.roles) }),
        );
        return '/admin/users?notice=notice.saved';
      },
      async (errors) => ['admin-users', await this.usersModel(request, reply, { ...form, errors })],
    );
  }

  @Get('admin/people')
  @Roles(...PAGE_ROLES.people)
  async peoplePage(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const model = await this.pages.model(request, reply, 'admin.people', 'admin', {});
    this.pages.send(reply, 'admin-people', model);
  }

  @Post('admin/people')
  @Roles(...PAGE_ROLES.people)
  async importPeople(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    await this.importPage(
      reply,
      'admin-people',
      (data) => this.pages.model(request, reply, 'admin.people', 'admin', data),
      async () => this.people.importPeople(request.user!, await uploadedFile(request)),
    );
  }

  /**
   * An import from a page: the same page again, with what was imported, or with every refused row at the top (and the
   * refusal's status).
   */
  private async importPage(
    reply: FastifyReply,
    view: string,
    model: (data: Form) => Promise<PageModel>,
    action: () => Promise<Form>,
  ): Promise<void> {
    try {
      this.pages.send(reply, view, await model(await action()));
    } catch (error) {
      const lang = this.pages.lang(reply.request as WebRequest);
      const { status, errors } = this.pages.formErrors(error, lang);
      this.pages.send(reply, view, await model({ errors }), status);
    }
  }

  private async unitsModel(
    request: WebRequest,
    reply: FastifyReply,
    values: Form & { unitsImported?: { rows: number; created: number; matched: number } },
  ) {
    const { unitsImported, ...fields } = values;
    return this.pages.model(request, reply, 'admin.units', 'admin', {
      units: await this.units.inScopeOf(request.user!),
      kinds: UNIT_KINDS,
      values: fields,
      errors: values.errors,
      unitsImported,
    });
  }

  private async usersModel(request: WebRequest, reply: FastifyReply, values: Form, q?: string) {
    const caller = request.user!;
    const units = await this.units.inScopeOf(caller);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const query = Object.assign(new UserQuery(), { q: q?.trim().slice(0, 100) || undefined, page: 1, pageSize: 200 });
    const { items } = await this.users.list(caller, query);
    return this.pages.model(request, reply, 'admin.users', 'admin', {
      users: items.map((user) => ({ ...user, unit: { name: unitName.get(user.unitId) ?? '' } })),
      q: query.q ?? '',
      units,
      roles: ROLES,
      values,
      errors: values.errors,
    });
  }
}

import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { OpenBeforePasswordChange, Roles } from '../access/access.js';
import { ROLES } from '../access/roles.js';
import { AuditQuery } from '../audit-log/audit-log.dto.js';
import { AuditLogService } from '../audit-log/audit-log.service.js';
import { SESSION_COOKIE, WebPage } from '../auth/web-session.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { todayInVietnam } from '../common/time.js';
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { CreateHolidayDto } from '../calendar/holidays.dto.js';
import { validated } from '../common/validation.js';
import { UNIT_KINDS } from '../units/unit-kinds.js';
import { MergeUnitDto, UpdateUnitDto } from '../units/units.dto.js';
import { UnitsService } from '../units/units.service.js';
import { ChangePasswordDto, SetPasswordDto, UpdateUserDto } from '../users/users.dto.js';
import { UsersService } from '../users/users.service.js';
import { PAGE_ROLES } from './page-access.js';
import { formValues, listOf, pageNumber, pager, type Form } from './web-forms.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

/** A year from the address, this year when there is none or it is not one. */
function yearOf(text: string | undefined): number {
  const year = Number.parseInt(text ?? '', 10);
  return year >= 1945 && year <= 2200 ? year : Number(todayInVietnam().slice(0, 4));
}

/** An administrator's work on one user or one unit, the audit log, and everyone's own password. */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebAdministrationController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
  ) {}

  /** The holiday calendar of a year, which every working-day limit skips: the administrators add and remove days. */
  @Get('admin/holidays')
  @Roles(...PAGE_ROLES.administration)
  async holidays(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('year') year?: string) {
    this.pages.send(reply, 'admin-holidays', await this.holidaysModel(request, reply, yearOf(year), {}));
  }

  @Post('admin/holidays')
  @Roles(...PAGE_ROLES.administration)
  async addHoliday(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    const year = yearOf(typeof form.date === 'string' ? form.date.slice(0, 4) : undefined);
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        await this.calendar.add(request.user!, await validated(CreateHolidayDto, formValues(form, [])));
        return `/admin/holidays?year=${year}&notice=notice.saved`;
      },
      async (errors) => ['admin-holidays', await this.holidaysModel(request, reply, year, { errors, values: form })],
    );
  }

  @Post('admin/holidays/:id/delete')
  @Roles(...PAGE_ROLES.administration)
  async removeHoliday(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    const year = yearOf(typeof form.year === 'string' ? form.year : undefined);
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        await this.calendar.remove(request.user!, id);
        return `/admin/holidays?year=${year}&notice=notice.saved`;
      },
      async (errors) => ['admin-holidays', await this.holidaysModel(request, reply, year, { errors })],
    );
  }

  private async holidaysModel(request: WebRequest, reply: FastifyReply, year: number, extra: Record<string, unknown>) {
    return this.pages.model(request, reply, 'holidays.title', 'admin', {
      year,
      previous: year - 1,
      next: year + 1,
      holidays: await this.calendar.list(year),
      ...extra,
    });
  }

  @Get('admin/users/:id')
  @Roles(...PAGE_ROLES.administration)
  async user(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'admin-user', await this.userModel(request, reply, id));
  }

  @Post('admin/users/:id')
  @Roles(...PAGE_ROLES.administration)
  async updateUser(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onUser(request, reply, id, async () => {
      const values: Record<string, unknown> = { ...formValues(form, ['unitId']), roles: listOf(form.roles) };
      values.active = form.active === 'true';
      await this.users.update(request.user!, id, await validated(UpdateUserDto, values));
    });
  }

  @Post('admin/users/:id/password')
  @Roles(...PAGE_ROLES.administration)
  async resetPassword(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onUser(request, reply, id, async () => {
      const { password } = await validated(SetPasswordDto, formValues(form, []));
      await this.users.setPassword(request.user!, id, password);
    });
  }

  @Get('admin/units/:id')
  @Roles(...PAGE_ROLES.administration)
  async unit(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'admin-unit', await this.unitModel(request, reply, id));
  }

  @Post('admin/units/:id')
  @Roles(...PAGE_ROLES.administration)
  async updateUnit(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onUnit(request, reply, id, async () => {
      const values = formValues(form, ['parentId']);
      values.active = form.active === 'true';
      await this.units.update(request.user!, id, await validated(UpdateUnitDto, values));
    });
  }

  @Post('admin/units/:id/merge')
  @Roles(...PAGE_ROLES.administration)
  async mergeUnit(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onUnit(request, reply, id, async () => {
      await this.units.merge(request.user!, id, await validated(MergeUnitDto, formValues(form, ['intoUnitId'])));
    });
  }

  @Get('admin/audit')
  @Roles(...PAGE_ROLES.audit)
  async auditLog(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Query('entityType') entityType?: string,
    @Query('entityId') entityId?: string,
    @Query('page') page?: string,
  ) {
    const filter = {
      ...(entityType && /^[a-z_]{1,50}$/.test(entityType) ? { entityType } : {}),
      ...(entityId && /^[\w-]{1,50}$/.test(entityId) ? { entityId } : {}),
    };
    const current = pageNumber(page);
    const log = await this.audit.list(
      request.user!,
      Object.assign(new AuditQuery(), filter, { page: current, pageSize: 50 }),
    );
    const model = await this.pages.model(request, reply, 'audit.title', 'admin', {
      entries: log.items,
      total: log.total,
      filter,
      pager: pager('/admin/audit', filter, { page: current, pageSize: 50, total: log.total }),
    });
    this.pages.send(reply, 'admin-audit', model);
  }

  /** Everyone's own password; the only page open while an administrator's reset waits to be replaced. */
  @Get('account/password')
  @OpenBeforePasswordChange()
  async passwordPage(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    this.pages.send(reply, 'account-password', await this.passwordModel(request, reply, {}));
  }

  @Post('account/password')
  @OpenBeforePasswordChange()
  async changePassword(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(ChangePasswordDto, formValues(form, []));
        await this.users.changeOwnPassword(request.user!, dto.currentPassword, dto.newPassword);
        // Every session of this user has ended with the change: sign in again with the new password.
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return '/login?notice=notice.signagain';
      },
      async (errors) => ['account-password', await this.passwordModel(request, reply, { errors })],
    );
  }

  private onUser(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<unknown>) {
    const model = (extra: { errors: FormErrors }) => this.userModel(request, reply, id, extra);
    return this.pages.actOnPage(request, reply, { view: 'admin-user', address: `/admin/users/${id}`, model }, action);
  }

  private onUnit(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<unknown>) {
    const model = (extra: { errors: FormErrors }) => this.unitModel(request, reply, id, extra);
    return this.pages.actOnPage(request, reply, { view: 'admin-unit', address: `/admin/units/${id}`, model }, action);
  }

  private async userModel(request: WebRequest, reply: FastifyReply, id: number, extra: Record<string, unknown> = {}) {
    const caller = request.user!;
    const user = await this.users.get(caller, id);
    return this.pages.model(request, reply, 'admin.user', 'admin', {
      account: user,
      self: user.id === caller.id,
      units: await this.units.inScopeOf(caller),
      roles: ROLES,
      ...extra,
    });
  }

  private async unitModel(request: WebRequest, reply: FastifyReply, id: number, extra: Record<string, unknown> = {}) {
    const caller = request.user!;
    const units = await this.units.inScopeOf(caller);
    const unit = units.find((candidate) => candidate.id === id) ?? (await this.units.get(id));
    return this.pages.model(request, reply, 'admin.unit', 'admin', {
      unit,
      kinds: UNIT_KINDS,
      // A unit moves under, or merges into, another active unit of the scope (the service refuses a cycle).
      targets: units.filter((candidate) => candidate.id !== id && candidate.active),
      mergedInto: unit.mergedIntoId ? units.find((candidate) => candidate.id === unit.mergedIntoId) : undefined,
      today: new Date().toISOString().slice(0, 10),
      ...extra,
    });
  }

  private passwordModel(request: WebRequest, reply: FastifyReply, extra: Record<string, unknown>) {
    return this.pages.model(request, reply, 'account.password', 'account', {
      mustChange: request.user?.mustChangePassword ?? false,
      ...extra,
    });
  }
}

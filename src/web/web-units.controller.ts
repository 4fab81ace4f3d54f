import { Body, Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { WebPage } from '../auth/web-session.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { validated } from '../common/validation.js';
import { RESTRICTION_BASES } from '../units/restriction-bases.js';
import { UnitRestrictionDto, UpdateUnitRestrictionDto } from '../units/units.dto.js';
import { UnitsService } from '../units/units.service.js';
import { RegisterQuery } from '../register/register.dto.js';
import { RegisterService } from '../register/register.service.js';
import { PAGE_ROLES } from './page-access.js';
import { formValues, type Form } from './web-forms.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

/**
 * A unit as the board sees it: the inspections pending against it and its head's disciplines for its failings, which
 * keep it from collective awards while they last (Decree 152 Art 4(4)).
 */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller('units')
export class WebUnitsController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(RegisterService) private readonly awardRegister: RegisterService,
  ) {}

  @Get(':id')
  @Roles(...PAGE_ROLES.unitRestrictions)
  async unit(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'unit', await this.model(request, reply, id));
  }

  @Post(':id/restrictions')
  @Roles('board')
  async record(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onUnit(request, reply, id, async () => {
      await this.units.recordRestriction(request.user!, id, await validated(UnitRestrictionDto, formValues(form, [])));
    });
  }

  @Post(':id/restrictions/:restrictionId')
  @Roles('board')
  async end(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('restrictionId', ParseIdPipe) restrictionId: number,
    @Body() form: Form,
  ) {
    await this.onUnit(request, reply, id, async () => {
      const dto = await validated(UpdateUnitRestrictionDto, formValues(form, []));
      await this.units.updateRestriction(request.user!, id, restrictionId, dto);
    });
  }

  private onUnit(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<unknown>) {
    const page = {
      view: 'unit',
      address: `/units/${id}`,
      model: (extra: { errors: FormErrors }) => this.model(request, reply, id, extra),
    };
    return this.pages.actOnPage(request, reply, page, action);
  }

  private async model(request: WebRequest, reply: FastifyReply, id: number, extra: Record<string, unknown> = {}) {
    const caller = request.user!;
    const unit = await this.units.requireInScope(caller, id);
    return this.pages.model(request, reply, 'units.restrictions', '', {
      unit,
      restrictions: await this.units.restrictions(caller, id),
      // The collective's own awards, from the register: its history.
      awards: (
        await this.awardRegister.search(
          caller,
          Object.assign(new RegisterQuery(), { nomineeUnitId: id, page: 1, pageSize: 200 }),
        )
      ).items,
      bases: RESTRICTION_BASES,
      canRecord: caller.roles.includes('board'),
      ...extra,
    });
  }
}

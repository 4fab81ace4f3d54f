import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { WebPage } from '../auth/web-session.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { validated } from '../common/validation.js';
import { AppError } from '../common/app-error.js';
import {
  CreatePersonDto,
  DisciplineDto,
  EvaluationDto,
  InitiativeDto,
  PersonAwardDto,
  UpdateDisciplineDto,
  UpdateInitiativeDto,
  UpdatePersonAwardDto,
  PeopleQuery,
  PERSON_RECORD_KINDS,
  RecordDeletionQuery,
  UpdateEvaluationDto,
  UpdatePersonDto,
  type PersonRecordKind,
} from '../people/people.dto.js';
import { PeopleService } from '../people/people.service.js';
import { UnitsService } from '../units/units.service.js';
import { PAGE_ROLES } from './page-access.js';
import { formValues, pageNumber, pager, type Form } from './web-forms.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

const PAGE_SIZE = 50;

/** The form each kind of record is added and corrected with. */
const NEW_RECORD = {
  awards: PersonAwardDto,
  evaluations: EvaluationDto,
  initiatives: InitiativeDto,
  disciplines: DisciplineDto,
} as const;
const CORRECTED_RECORD = {
  awards: UpdatePersonAwardDto,
  evaluations: UpdateEvaluationDto,
  initiatives: UpdateInitiativeDto,
  disciplines: UpdateDisciplineDto,
} as const;

/** A record kind from the address; anything else is a page that does not exist. */
function kindOf(kind: string): PersonRecordKind {
  if (!PERSON_RECORD_KINDS.includes(kind as PersonRecordKind)) throw AppError.notFound('trang', 'Page');
  return kind as PersonRecordKind;
}

/** A record's form fields: the year as a number, a ticked box as true (an unticked one sends nothing). */
function recordValues(form: Form): Record<string, unknown> {
  const values = formValues(form, ['year']);
  for (const box of ['pendingInvestigation', 'workerCriteriaMet']) {
    if (box in form) {
      // A hidden "false" comes before the box, so an unticked box still says so.
      const sent = form[box];
      values[box] = (Array.isArray(sent) ? sent[sent.length - 1] : sent) === 'true';
    }
  }
  return values;
}

/** People: a directory with search, and each person's profile with the records that decide eligibility. */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller('people')
export class WebPeopleController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(UnitsService) private readonly units: UnitsService,
  ) {}

  @Get()
  async list(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Query('q') q?: string,
    @Query('page') page?: string,
  ) {
    this.pages.send(reply, 'people', await this.listModel(request, reply, { q, page }));
  }

  @Post()
  @Roles(...PAGE_ROLES.editPeople)
  async create(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreatePersonDto, formValues(form, ['unitId', 'birthYear']));
        const person = await this.people.create(request.user!, dto);
        return `/people/${person.id}?notice=notice.saved`;
      },
      async (errors) => ['people', await this.listModel(request, reply, { values: form, errors })],
    );
  }

  @Get(':id')
  async profile(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'person', await this.profileModel(request, reply, id));
  }

  @Post(':id')
  @Roles(...PAGE_ROLES.editPeople)
  async update(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onProfile(request, reply, id, async () => {
      await this.people.update(
        request.user!,
        id,
        await validated(UpdatePersonDto, formValues(form, ['unitId', 'birthYear'])),
      );
    });
  }

  /** Adds a record of any kind; the people service decides who may add which kind. */
  @Post(':id/:kind')
  @Roles(...PAGE_ROLES.rateAndCorrect)
  async addRecord(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('kind') kind: string,
    @Body() form: Form,
  ) {
    await this.onProfile(request, reply, id, async () => {
      const recordKind = kindOf(kind);
      const dto = await validated(NEW_RECORD[recordKind] as new () => object, recordValues(form));
      await this.people.addRecord(request.user!, id, recordKind, dto);
    });
  }

  /** Corrects a record of any kind, with the reason. */
  @Post(':id/:kind/:recordId')
  @Roles(...PAGE_ROLES.rateAndCorrect)
  async correctRecord(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('kind') kind: string,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() form: Form,
  ) {
    await this.onProfile(request, reply, id, async () => {
      const recordKind = kindOf(kind);
      const dto = await validated(CORRECTED_RECORD[recordKind] as new () => object, recordValues(form));
      await this.people.correctRecord(request.user!, id, recordKind, recordId, {
        ...(dto as { reason: string }),
      });
    });
  }

  /** Removes a record of any kind, with the reason (the service refuses what a decision wrote). */
  @Post(':id/:kind/:recordId/delete')
  @Roles(...PAGE_ROLES.rateAndCorrect)
  async removeRecord(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('kind') kind: string,
    @Param('recordId', ParseIdPipe) recordId: number,
    @Body() form: Form,
  ) {
    await this.onProfile(request, reply, id, async () => {
      const { reason } = await validated(RecordDeletionQuery, formValues(form, []));
      await this.people.deleteRecord(request.user!, id, kindOf(kind), recordId, reason);
    });
  }

  private onProfile(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<unknown>) {
    const model = (extra: { errors: FormErrors }) => this.profileModel(request, reply, id, extra);
    return this.pages.actOnPage(request, reply, { view: 'person', address: `/people/${id}`, model }, action);
  }

  private async listModel(
    request: WebRequest,
    reply: FastifyReply,
    { q, page, values = {}, errors }: { q?: string; page?: string; values?: Form; errors?: unknown },
  ) {
    const caller = request.user!;
    const current = pageNumber(page);
    const query = q?.trim() ? q.trim().slice(0, 200) : undefined;
    const { items, total } = await this.people.list(
      caller,
      Object.assign(new PeopleQuery(), { q: query, page: current, pageSize: PAGE_SIZE }),
    );
    const units = await this.units.inScopeOf(caller);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    return this.pages.model(request, reply, 'people.title', 'people', {
      people: items.map((person) => ({ ...person, unitName: unitName.get(person.unitId) ?? '' })),
      total,
      q: query ?? '',
      pager: pager('/people', { q: query }, { page: current, pageSize: PAGE_SIZE, total }),
      units,
      ...this.people.formOptions(),
      values: { unitId: String(caller.unitId), ...values },
      errors,
    });
  }

  private async profileModel(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    extra: Record<string, unknown> = {},
  ) {
    const caller = request.user!;
    const person = await this.people.get(caller, id);
    const units = await this.units.inScopeOf(caller);
    return this.pages.model(request, reply, 'people.profile', 'people', {
      person,
      unitName: units.find((unit) => unit.id === person.unitId)?.name ?? '',
      units,
      ...this.people.formOptions(),
      thisYear: new Date().getFullYear() - 1,
      ...extra,
    });
  }
}

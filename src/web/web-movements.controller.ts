import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../access/access.js';
import { AWARD_TYPE_CODES, findAwardType } from '../award-types/catalogue.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { validated } from '../common/validation.js';
import { readMultipart, uploadedFile } from '../files/multipart.js';
import { ClustersService } from '../movements/clusters.service.js';
import { MovementImportsService } from '../movements/movement-imports.service.js';
import {
  ClusterLeaderDto,
  ClusterQuery,
  ClusterScoreDto,
  CreateClusterDto,
  CreateTargetDto,
  MovementEventDto,
  MovementQuery,
  ProgressReportDto,
  TargetEventDto,
} from '../movements/movements.dto.js';
import { MovementsService } from '../movements/movements.service.js';
import { ProgressReportsService } from '../movements/progress-reports.service.js';
import { TargetsService } from '../movements/targets.service.js';
import { PeopleService } from '../people/people.service.js';
import { CreateRegistrationDto, RegistrationQuery } from '../registrations/registrations.dto.js';
import { RegistrationsService } from '../registrations/registrations.service.js';
import { UnitsService } from '../units/units.service.js';
import { WebPage } from '../auth/web-session.js';
import { formValues, listOf, type Form } from './web-forms.js';
import { WebErrorFilter, WebPages, type FormErrors, type WebRequest } from './web-pages.js';

/**
 * Emulation movements in the web (phong trào thi đua): launching and concluding, targets (set, import, assign, report
 * progress with evidence, evaluate), registrations with commitments, and clusters and blocs with their scores and the
 * ranking that decides who leads (and may receive the Cờ thi đua).
 */
@WebPage()
@UseFilters(WebErrorFilter)
@Controller()
export class WebMovementsController {
  constructor(
    @Inject(WebPages) private readonly pages: WebPages,
    @Inject(MovementsService) private readonly movements: MovementsService,
    @Inject(TargetsService) private readonly targets: TargetsService,
    @Inject(ProgressReportsService) private readonly progress: ProgressReportsService,
    @Inject(MovementImportsService) private readonly imports: MovementImportsService,
    @Inject(RegistrationsService) private readonly registrations: RegistrationsService,
    @Inject(ClustersService) private readonly clusters: ClustersService,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(PeopleService) private readonly people: PeopleService,
  ) {}

  @Get('movements')
  async movementList(@Req() request: WebRequest, @Res() reply: FastifyReply) {
    const query = Object.assign(new MovementQuery(), { page: 1, pageSize: 200 });
    const { items } = await this.movements.list(request.user!, query);
    const model = await this.pages.model(request, reply, 'movements.title', 'movements', { movements: items });
    this.pages.send(reply, 'movements', model);
  }

  @Get('movements/:id')
  async movement(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'movement', await this.movementModel(request, reply, id, {}));
  }

  @Post('movements/:id/events')
  @Roles('board')
  async movementEvent(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onMovement(request, reply, id, 'notice.sent', async () => {
      const dto = await validated(MovementEventDto, formValues(form, ['version']));
      await this.movements.sendEvent(request.user!, id, dto);
    });
  }

  @Post('movements/:id/targets')
  @Roles('board')
  async addTarget(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onMovement(request, reply, id, 'notice.saved', async () => {
      const values = formValues(form, ['assigneeUnitId']);
      for (const key of ['targetValue', 'tolerance']) {
        if (typeof values[key] === 'string') values[key] = Number((values[key] as string).replace(',', '.'));
      }
      await this.targets.createTarget(request.user!, id, await validated(CreateTargetDto, values));
    });
  }

  /** Targets from a spreadsheet, all or none; every refused row is listed at the top of the page. */
  @Post('movements/:id/targets/import')
  @Roles('board')
  async importTargets(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    await this.onMovement(request, reply, id, 'notice.uploaded', async () => {
      await this.imports.importTargets(request.user!, id, await uploadedFile(request));
    });
  }

  @Post('movements/:id/registrations')
  @Roles('submitter', 'board')
  async register(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onMovement(request, reply, id, 'notice.registered', async () => {
      const values = formValues(form, ['year', 'personId', 'unitId']);
      // The form offers both lists; the chosen kind of registrant decides which one counts.
      if (values.registrant === 'person') delete values.unitId;
      else delete values.personId;
      delete values.registrant;
      await this.registrations.create(
        request.user!,
        await validated(CreateRegistrationDto, { ...values, movementId: id }),
      );
    });
  }

  @Get('targets/:id')
  async target(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'target', await this.targetModel(request, reply, id, {}));
  }

  @Post('targets/:id/events')
  @Roles('board')
  async targetEvent(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onTarget(request, reply, id, 'notice.sent', async () => {
      const dto = await validated(TargetEventDto, formValues(form, ['version', 'assigneeUnitId']));
      await this.targets.sendTargetEvent(request.user!, id, dto);
    });
  }

  @Post('targets/:id/reports')
  async report(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onTarget(request, reply, id, 'notice.saved', async () => {
      const values = formValues(form, []);
      if (typeof values.value === 'string') values.value = Number(values.value.replace(',', '.'));
      await this.progress.report(request.user!, id, await validated(ProgressReportDto, values));
    });
  }

  @Post('targets/:id/reports/:reportId/evidence')
  async evidence(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Param('reportId', ParseIdPipe) reportId: number,
  ) {
    await this.onTarget(request, reply, id, 'notice.uploaded', async () => {
      await this.progress.attachEvidence(request.user!, id, reportId, await readMultipart(request));
    });
  }

  @Get('clusters')
  async clusterList(@Req() request: WebRequest, @Res() reply: FastifyReply, @Query('year') yearText?: string) {
    this.pages.send(reply, 'clusters', await this.clustersModel(request, reply, yearText, {}));
  }

  @Post('clusters')
  @Roles('board')
  async createCluster(@Req() request: WebRequest, @Res() reply: FastifyReply, @Body() form: Form) {
    await this.pages.submitForm(
      request,
      reply,
      async () => {
        const dto = await validated(CreateClusterDto, {
          ...formValues(form, ['year']),
          memberUnitIds: listOf(form.memberUnitIds).map(Number),
        });
        const cluster = await this.clusters.create(request.user!, dto);
        return `/clusters/${cluster.id}?notice=notice.saved`;
      },
      async (errors) => [
        'clusters',
        await this.clustersModel(request, reply, String(form.year ?? ''), { values: form, errors }),
      ],
    );
  }

  @Get('clusters/:id')
  async cluster(@Req() request: WebRequest, @Res() reply: FastifyReply, @Param('id', ParseIdPipe) id: number) {
    this.pages.send(reply, 'cluster', await this.clusterModel(request, reply, id, {}));
  }

  @Post('clusters/:id/scores')
  @Roles('board')
  async score(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onCluster(request, reply, id, async () => {
      const values = formValues(form, ['unitId']);
      if (typeof values.score === 'string') values.score = Number(values.score.replace(',', '.'));
      await this.clusters.recordScore(request.user!, id, await validated(ClusterScoreDto, values));
    });
  }

  @Post('clusters/:id/leader')
  @Roles('board')
  async leader(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id', ParseIdPipe) id: number,
    @Body() form: Form,
  ) {
    await this.onCluster(request, reply, id, async () => {
      const dto = await validated(ClusterLeaderDto, formValues(form, ['unitId']));
      await this.clusters.setLeader(request.user!, id, dto.unitId);
    });
  }

  private onMovement(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    notice: string,
    action: () => Promise<unknown>,
  ) {
    return this.pages.actOnPage(
      request,
      reply,
      {
        view: 'movement',
        address: `/movements/${id}`,
        model: (extra) => this.movementModel(request, reply, id, extra),
      },
      action,
      notice,
    );
  }

  private onTarget(
    request: WebRequest,
    reply: FastifyReply,
    id: number,
    notice: string,
    action: () => Promise<unknown>,
  ) {
    return this.pages.actOnPage(
      request,
      reply,
      { view: 'target', address: `/targets/${id}`, model: (extra) => this.targetModel(request, reply, id, extra) },
      action,
      notice,
    );
  }

  private onCluster(request: WebRequest, reply: FastifyReply, id: number, action: () => Promise<unknown>) {
    return this.pages.actOnPage(
      request,
      reply,
      { view: 'cluster', address: `/clusters/${id}`, model: (extra) => this.clusterModel(request, reply, id, extra) },
      action,
    );
  }

  private async movementModel(request: WebRequest, reply: FastifyReply, id: number, extra: { errors?: FormErrors }) {
    const caller = request.user!;
    const movement = await this.movements.get(caller, id);
    const targets = await this.targets.listTargets(caller, id);
    const query = Object.assign(new RegistrationQuery(), { movementId: id, page: 1, pageSize: 200 });
    const registrations = await this.registrations.list(caller, query);
    const mayRegister = caller.roles.includes('submitter') || caller.roles.includes('board');
    const units = movement.mayAddTargets || mayRegister ? await this.units.inScopeOf(caller) : [];
    return this.pages.model(request, reply, 'movements.title', 'movements', {
      movement,
      targets,
      registrations: registrations.items,
      registrationsTotal: registrations.total,
      mayRegister,
      units,
      people: mayRegister ? await this.people.inScopeOf(caller) : [],
      awardTypes: AWARD_TYPE_CODES.map((code) => ({ code, name: findAwardType(code)?.name ?? code })),
      year: Number(movement.endDate.slice(0, 4)),
      ...extra,
    });
  }

  private async targetModel(request: WebRequest, reply: FastifyReply, id: number, extra: { errors?: FormErrors }) {
    const caller = request.user!;
    const target = await this.targets.getTarget(caller, id);
    const movement = await this.movements.get(caller, target.movementId);
    const reports = await this.progress.reports(caller, id);
    const assigning = target.allowedEvents.includes('ASSIGN');
    const units = assigning || target.assigneeUnitId !== null ? await this.units.inScopeOf(caller) : [];
    return this.pages.model(request, reply, 'movements.title', 'movements', {
      target,
      movement,
      reports,
      units: assigning ? units : [],
      assignee: units.find((unit) => unit.id === target.assigneeUnitId)?.name,
      // ASSIGN needs its unit; the other events are one button each.
      plainEvents: target.allowedEvents.filter((event) => event !== 'ASSIGN'),
      assigning,
      ...extra,
    });
  }

  private async clustersModel(
    request: WebRequest,
    reply: FastifyReply,
    yearText: string | undefined,
    extra: { values?: Form; errors?: FormErrors },
  ) {
    const caller = request.user!;
    const parsed = Number.parseInt(yearText ?? '', 10);
    const year = parsed >= 1945 && parsed <= 2200 ? parsed : undefined;
    const query = Object.assign(new ClusterQuery(), { year, page: 1, pageSize: 200 });
    const { items } = await this.clusters.list(caller, query);
    const mayCreate = caller.roles.includes('board');
    return this.pages.model(request, reply, 'clusters.title', 'movements', {
      clusters: items,
      year,
      mayCreate,
      units: mayCreate ? await this.units.inScopeOf(caller) : [],
      values: { year: year ?? new Date().getFullYear(), kind: 'cluster', ...extra.values },
      errors: extra.errors,
    });
  }

  private async clusterModel(request: WebRequest, reply: FastifyReply, id: number, extra: { errors?: FormErrors }) {
    const cluster = await this.clusters.get(request.user!, id);
    return this.pages.model(request, reply, 'clusters.title', 'movements', {
      cluster,
      leader: cluster.members.find((member) => member.unitId === cluster.leaderUnitId),
      candidates: cluster.members.filter((member) => cluster.leaderCandidates.includes(member.unitId)),
      ...extra,
    });
  }
}

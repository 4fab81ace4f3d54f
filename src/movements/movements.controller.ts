import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageOf } from '../common/api-answers.js';
import type { FastifyRequest } from 'fastify';
import { Authenticated, Roles } from '../access/access.js';
import { HistoryEndpoint } from '../workflow/workflow-views.js';
import { Caller, type CurrentUser } from '../access/current-user.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { FILE_BODY, readMultipart, uploadedFile } from '../files/multipart.js';
import {
  ClusterDetailView,
  ClusterLeaderDto,
  ClusterScoreDto,
  ClusterQuery,
  ClusterView,
  CreateClusterDto,
  CreateMovementDto,
  CreateTargetDto,
  MovementEventDto,
  MovementQuery,
  MovementView,
  ProgressReportDto,
  ProgressReportView,
  TargetEventDto,
  TargetsImportView,
  TargetView,
} from './movements.dto.js';
import { ClustersService } from './clusters.service.js';
import { MovementImportsService } from './movement-imports.service.js';
import { MovementsService } from './movements.service.js';
import { ProgressReportsService } from './progress-reports.service.js';
import { TargetsService } from './targets.service.js';

/** The one uploaded file of a multipart request (field "file"). */
@ApiTags('movements')
@Controller('api')
export class MovementsController {
  constructor(
    @Inject(MovementsService) private readonly movements: MovementsService,
    @Inject(TargetsService) private readonly targets: TargetsService,
    @Inject(ProgressReportsService) private readonly progress: ProgressReportsService,
    @Inject(MovementImportsService) private readonly imports: MovementImportsService,
    @Inject(ClustersService) private readonly clusters: ClustersService,
  ) {}

  @Post('clusters')
  @Roles('board')
  @ApiOperation({
    summary: 'Form an emulation cluster or bloc (cụm, khối thi đua) of units for a year, with its covenant',
  })
  @ApiCreatedResponse({ type: ClusterView })
  createCluster(@Caller() caller: CurrentUser, @Body() dto: CreateClusterDto) {
    return this.clusters.create(caller, dto);
  }

  @Get('clusters')
  @Authenticated()
  @ApiOperation({ summary: 'Clusters and blocs with a member in, above or below the caller’s unit' })
  @ApiPageOf(ClusterView)
  listClusters(@Caller() caller: CurrentUser, @Query() query: ClusterQuery) {
    return this.clusters.list(caller, query);
  }

  @Get('clusters/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A cluster or bloc with its members ranked by their scores, and who may lead it' })
  @ApiOkResponse({ type: ClusterDetailView })
  getCluster(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.clusters.get(caller, id);
  }

  @Post('clusters/:id/scores')
  @Roles('board')
  @ApiOperation({
    summary: 'Record or correct a member’s score for the year (điểm chấm thi đua); answers the ranking',
  })
  @ApiCreatedResponse({ type: ClusterDetailView })
  recordScore(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ClusterScoreDto) {
    return this.clusters.recordScore(caller, id, dto);
  }

  @Post('clusters/:id/leader')
  @HttpCode(200)
  @Roles('board')
  @ApiOperation({
    summary:
      'Recognise the unit that leads the cluster or bloc this year: ranked first once every member is scored (422 otherwise)',
  })
  @ApiOkResponse({ type: ClusterView })
  setLeader(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ClusterLeaderDto) {
    return this.clusters.setLeader(caller, id, dto.unitId);
  }

  @Post('movements')
  @Roles('board')
  @ApiOperation({ summary: 'Create an emulation movement (draft) launched by a unit in the caller’s scope' })
  @ApiCreatedResponse({ type: MovementView })
  create(@Caller() caller: CurrentUser, @Body() dto: CreateMovementDto) {
    return this.movements.create(caller, dto);
  }

  @Get('movements')
  @Authenticated()
  @ApiOperation({ summary: 'Movements launched in, above or below the caller’s unit' })
  @ApiPageOf(MovementView)
  list(@Caller() caller: CurrentUser, @Query() query: MovementQuery) {
    return this.movements.list(caller, query);
  }

  @Get('movements/:id')
  @Authenticated()
  @ApiOperation({ summary: 'A movement with its classification for form 0601 (launching level, duration bucket)' })
  @ApiOkResponse({ type: MovementView })
  get(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.movements.get(caller, id);
  }

  @Post('movements/:id/events')
  @HttpCode(200)
  @Roles('board')
  @ApiOperation({ summary: 'LAUNCH, CONCLUDE (422 while a target is not evaluated), ARCHIVE, CANCEL' })
  @ApiOkResponse({ type: MovementView })
  sendEvent(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: MovementEventDto) {
    return this.movements.sendEvent(caller, id, dto);
  }

  @HistoryEndpoint('movements/:id/history', 'The movement’s transitions, oldest first')
  history(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.movements.history(caller, id);
  }

  @Post('movements/:id/targets')
  @Roles('board')
  @ApiOperation({ summary: 'Add a target (assigned at once when assigneeUnitId is given)' })
  @ApiCreatedResponse({ type: TargetView })
  createTarget(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: CreateTargetDto) {
    return this.targets.createTarget(caller, id, dto);
  }

  @Get('movements/:id/targets')
  @Authenticated()
  @ApiOperation({ summary: 'The movement’s targets with latest value and achievement rate' })
  @ApiOkResponse({ type: [TargetView] })
  listTargets(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.targets.listTargets(caller, id);
  }

  @Post('movements/:id/targets/import')
  @Roles('board')
  @ApiOperation({
    summary:
      'Import targets from CSV or XLSX (columns code, name, unit, targetValue, direction, tolerance, assigneeUnitCode): every bad row is reported and nothing is imported',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: TargetsImportView })
  async importTargets(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Req() request: FastifyRequest,
  ) {
    return this.imports.importTargets(caller, id, await uploadedFile(request));
  }

  @Post('movements/:id/reports/import')
  @Authenticated()
  @ApiOperation({
    summary: 'Import progress reports from CSV or XLSX (columns targetCode, period, value, note): all rows or none',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: TargetsImportView })
  async importReports(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Req() request: FastifyRequest,
  ) {
    return this.imports.importReports(caller, id, await uploadedFile(request));
  }

  @Get('targets/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One target' })
  @ApiOkResponse({ type: TargetView })
  getTarget(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.targets.getTarget(caller, id);
  }

  @Post('targets/:id/events')
  @HttpCode(200)
  @Roles('board')
  @ApiOperation({
    summary: 'ASSIGN (assigneeUnitId), EVALUATE (achieved or missed from the latest report), VERIFY, REOPEN',
  })
  @ApiOkResponse({ type: TargetView })
  sendTargetEvent(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: TargetEventDto) {
    return this.targets.sendTargetEvent(caller, id, dto);
  }

  @HistoryEndpoint('targets/:id/history', 'The target’s transitions, oldest first')
  targetHistory(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.targets.history(caller, id);
  }

  @Post('targets/:id/reports')
  @Authenticated()
  @ApiOperation({
    summary: 'Report progress (board, or a submitter of the assigned unit); the first report starts an assigned target',
  })
  @ApiCreatedResponse({ type: TargetView })
  report(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number, @Body() dto: ProgressReportDto) {
    return this.progress.report(caller, id, dto);
  }

  @Post('targets/:id/reports/:reportId/evidence')
  @Authenticated()
  @ApiOperation({ summary: 'Attach the evidence file (minh chứng) of a progress report' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: ProgressReportView })
  async attachEvidence(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('reportId', ParseIdPipe) reportId: number,
    @Req() request: FastifyRequest,
  ) {
    return this.progress.attachEvidence(caller, id, reportId, await readMultipart(request));
  }

  @Get('targets/:id/reports/:reportId/evidence')
  @Authenticated()
  @ApiOperation({ summary: 'Download the evidence file of a progress report' })
  @ApiOkResponse({
    description: 'The file as uploaded, with its media type',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async evidence(
    @Caller() caller: CurrentUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('reportId', ParseIdPipe) reportId: number,
  ) {
    const { report, stream } = await this.progress.openEvidence(caller, id, reportId);
    return new StreamableFile(stream, {
      type: report.evidenceMediaType ?? 'application/octet-stream',
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(report.evidenceFileName ?? 'minh-chung')}`,
    });
  }

  @Get('targets/:id/reports')
  @Authenticated()
  @ApiOperation({ summary: 'The target’s progress reports by period' })
  @ApiOkResponse({ type: [ProgressReportView] })
  reports(@Caller() caller: CurrentUser, @Param('id', ParseIdPipe) id: number) {
    return this.progress.reports(caller, id);
  }
}

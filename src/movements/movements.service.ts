import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { FileStore, safeFileName } from '../files/file-store.js';
import type { MultipartUpload } from '../files/multipart.js';
import { Unit } from '../units/unit.entity.js';
import { allowedEventsOf, WorkflowService } from '../workflow/workflow.service.js';
import { achievement, DIRECTIONS, type Direction } from './achievement.js';
import { targetMachine } from './target.machine.js';
import { durationBucket, launchingLevel } from './classification.js';
import { Movement, MovementParticipant, ProgressReport, Target } from './movement.entity.js';
import {
  loadTarget,
  MovementWorkflow,
  TargetWorkflow,
  type LoadedMovement,
  type LoadedTarget,
} from './movement.workflows.js';
import type {
  CreateMovementDto,
  CreateTargetDto,
  MovementEventDto,
  MovementQuery,
  ProgressReportDto,
  TargetEventDto,
} from './movements.dto.js';
import { readSpreadsheet, type SheetRow } from '../files/spreadsheet.js';

function toReportView(report: ProgressReport) {
  const { id, period, value, note, reportedAt } = report;
  const evidence = report.evidenceSha256
    ? { fileName: report.evidenceFileName, mediaType: report.evidenceMediaType, sha256: report.evidenceSha256 }
    : null;
  return { id, period, value, note, reportedAt, evidence };
}

@Injectable()
export class MovementsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(MovementWorkflow) private readonly movements: MovementWorkflow,
    @Inject(TargetWorkflow) private readonly targets: TargetWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(FileStore) private readonly files: FileStore,
  ) {}

  /** The participants of several movements in one query. */
  private async participantsOf(movementIds: number[]): Promise<Map<number, number[]>> {
    const rows = movementIds.length
      ? await this.dataSource
          .getRepository(MovementParticipant)
          .find({ select: { movementId: true, unitId: true }, where: { movementId: In(movementIds) } })
      : [];
    const byMovement = new Map<number, number[]>(movementIds.map((id) => [id, []]));
    for (const row of rows) byMovement.get(row.movementId)!.push(row.unitId);
    return byMovement;
  }

  private async movementView(movement: LoadedMovement, caller: CurrentUser, participantUnitIds?: number[]) {
    const context = await this.movements.context(this.dataSource.manager, movement, { user: caller });
    const participants = participantUnitIds ?? (await this.participantsOf([movement.id])).get(movement.id)!;
    return {
      id: movement.id,
      title: movement.title,
      theme: movement.theme,
      kind: movement.kind,
      scope: movement.scope,
      launchedByUnitId: movement.launchedByUnitId,
      launchDocument: movement.launchDocument,
      startDate: movement.startDate,
      endDate: movement.endDate,
      launchingLevel: launchingLevel(movement.launchedByUnit!.kind),
      durationBucket: durationBucket(movement.startDate, movement.endDate),
      participantUnitIds: participants,
      state: movement.state,
      version: movement.version,
      allowedEvents: allowedEventsOf(this.movements.machine, movement.state, context),
    };
  }

  targetView(target: LoadedTarget, caller: CurrentUser) {
    const result = achievement(target.direction, target.targetValue, target.latestValue, target.tolerance);
    const context = {
      actor: { roles: caller.roles, scopes: { launching: inScope(caller, target.launchingPath) } },
      latestAchieved: result.achieved,
    };
    return {
      id: target.id,
      movementId: target.movementId,
      code: target.code,
      name: target.name,
      unit: target.unit,
      targetValue: target.targetValue,
      direction: target.direction,
      tolerance: target.tolerance,
      assigneeUnitId: target.assigneeUnitId,
      latestValue: target.latestValue,
      latestPeriod: target.latestPeriod,
      achievementRate: result.rate,
      achieved: result.achieved,
      state: target.state,
      version: target.version,
      allowedEvents: allowedEventsOf(this.targets.machine, target.state, context),
    };
  }

  async create(caller: CurrentUser, dto: CreateMovementDto) {
    if (dto.endDate < dto.startDate) {
      throw AppError.rules([
        { rule: 'movement.period', message: 'Ngày kết thúc trước ngày bắt đầu / endDate is before startDate' },
      ]);
    }
    const id = await this.transactions.run(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id: dto.launchedByUnitId });
      if (!unit || !inScope(caller, unit.path)) {
        throw AppError.rules([
          {
            rule: 'movement.launching_unit',
            message: 'Đơn vị phát động không tồn tại hoặc ngoài phạm vi / launching unit unknown or out of scope',
          },
        ]);
      }
      const participants = dto.participantUnitIds ?? [];
      if (participants.length > 0) {
        const found = await manager.find(Unit, { select: { id: true, path: true }, where: { id: In(participants) } });
        const outside = participants.filter((pid) => !found.some((f) => f.id === pid && f.path.startsWith(unit.path)));
        if (outside.length > 0)
          throw AppError.rules([
            {
              rule: 'movement.participants',
              message: `Đơn vị tham gia không thuộc đơn vị phát động: ${outside.join(', ')}`,
            },
          ]);
      }
      const movement = await manager.save(
        manager.create(Movement, {
          title: dto.title.trim(),
          theme: dto.theme?.trim() || null,
          kind: dto.kind,
          scope: dto.scope ?? (unit.kind === 'province' ? 'province' : 'unit'),
          launchedByUnitId: unit.id,
          launchDocument: dto.launchDocument?.trim() || null,
          startDate: dto.startDate,
          endDate: dto.endDate,
          state: 'draft',
          version: 1,
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      if (participants.length > 0)
        await manager.insert(
          MovementParticipant,
          participants.map((unitId) => ({ movementId: movement.id, unitId })),
        );
      await this.audit.record(manager, {
        entityType: 'movement',
        entityId: movement.id,
        action: 'create',
        actorId: caller.id,
      });
      return movement.id;
    });
    return this.get(caller, id);
  }

  async list(
    caller: CurrentUser,
    query: MovementQuery,
  ): Promise<Page<Awaited<ReturnType<MovementsService['movementView']>>>> {
    const builder = this.dataSource
      .getRepository(Movement)
      .createQueryBuilder('movement')
      .innerJoinAndSelect('movement.launchedByUnit', 'unit')
      .where("(unit.path LIKE :below OR :callerPath LIKE unit.path || '%')", {
        below: `${caller.unitPath}%`,
        callerPath: caller.unitPath,
      })
      .orderBy('movement.startDate', 'DESC')
      .addOrderBy('movement.id', 'DESC')
      .skip(skipTake(query).skip)
      .take(query.pageSize);
    if (query.state) builder.andWhere('movement.state = :state', { state: query.state });
    if (query.kind) builder.andWhere('movement.kind = :kind', { kind: query.kind });
    if (query.year !== undefined) {
      builder.andWhere('movement.startDate <= :yearEnd AND movement.endDate >= :yearStart', {
        yearStart: `${query.year}-01-01`,
        yearEnd: `${query.year}-12-31`,
      });
    }
    const [rows, total] = await builder.getManyAndCount();
    const participants = await this.participantsOf(rows.map((row) => row.id));
    const items = [];
    for (const row of rows) {
      const movement = Object.assign(row, { launchingPath: row.launchedByUnit!.path });
      items.push(await this.movementView(movement, caller, participants.get(row.id)));
    }
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(caller: CurrentUser, id: number) {
    return this.movementView(await this.movements.load(this.dataSource.manager, { user: caller }, id), caller);
  }

  async sendEvent(caller: CurrentUser, id: number, dto: MovementEventDto) {
    await this.workflow.transition(this.movements, id, { ...dto }, { user: caller });
    return this.get(caller, id);
  }

  async history(caller: CurrentUser, workflow: 'movement' | 'target', id: number) {
    const definition = workflow === 'movement' ? this.movements : this.targets;
    await definition.load(this.dataSource.manager, { user: caller }, id);
    return this.workflow.history(workflow, id);
  }

  /** The board of the launching unit adds targets while the movement is a draft or running. */
  private async editableMovement(
    manager: EntityManager,
    caller: CurrentUser,
    movementId: number,
  ): Promise<LoadedMovement> {
    const movement = await this.movements.load(manager, { user: caller }, movementId);
    if (!caller.roles.includes('board') || !inScope(caller, movement.launchingPath)) {
      throw AppError.forbidden(
        'Chỉ Phòng TĐKT của đơn vị phát động được giao chỉ tiêu',
        'Only the launching unit’s board may set targets',
      );
    }
    if (movement.state !== 'draft' && movement.state !== 'launched') {
      throw AppError.conflict(
        `Phong trào đã ${movement.state}: không thêm chỉ tiêu`,
        `The movement is ${movement.state}: no new targets`,
        { state: movement.state, allowedEvents: [] },
      );
    }
    return movement;
  }

  /** Checks one target's fields (from the API or a spreadsheet row) and resolves its assignee; returns the problems. */
  private async targetProblems(
    manager: EntityManager,
    movement: LoadedMovement,
    dto: CreateTargetDto,
  ): Promise<string[]> {
    const problems: string[] = [];
    if (await manager.existsBy(Target, { movementId: movement.id, code: dto.code }))
      problems.push(`mã ${dto.code} đã có trong phong trào (duplicate code)`);
    if (dto.assigneeUnitId !== undefined) {
      const unit = await manager.findOneBy(Unit, { id: dto.assigneeUnitId });
      if (!unit || !unit.path.startsWith(movement.launchingPath))
        problems.push('đơn vị được giao không thuộc đơn vị phát động (assignee outside the launching unit)');
    }
    return problems;
  }

  /**
   * A target starts as the machine's initial state (draft); one created with its assignee is assigned through the target
   * workflow in the same transaction, so the log shows who assigned it and when.
   */
  private async insertTarget(
    manager: EntityManager,
    caller: CurrentUser,
    movement: LoadedMovement,
    dto: CreateTargetDto,
  ): Promise<number> {
    const target = await manager.save(
      manager.create(Target, {
        movementId: movement.id,
        code: dto.code,
        name: dto.name.trim(),
        unit: dto.unit.trim(),
        targetValue: dto.targetValue,
        direction: dto.direction,
        tolerance: dto.tolerance ?? null,
        assigneeUnitId: null,
        state: targetMachine.config.initial as Target['state'],
        version: 1,
        latestValue: null,
        latestPeriod: null,
        createdAt: nowIso(),
      }),
    );
    if (dto.assigneeUnitId !== undefined) {
      const assign = { type: 'ASSIGN', assigneeUnitId: dto.assigneeUnitId };
      await this.workflow.transition(this.targets, target.id, assign, { user: caller }, manager);
    }
    return target.id;
  }

  async createTarget(caller: CurrentUser, movementId: number, dto: CreateTargetDto) {
    const id = await this.transactions.run(async (manager) => {
      const movement = await this.editableMovement(manager, caller, movementId);
      const problems = await this.targetProblems(manager, movement, dto);
      if (problems.length > 0) {
        if (problems[0].includes('duplicate'))
          throw AppError.conflict(`Chỉ tiêu ${dto.code} đã tồn tại`, `Target ${dto.code} already exists`);
        throw AppError.rules(problems.map((message) => ({ rule: 'target.assignee', message })));
      }
      const targetId = await this.insertTarget(manager, caller, movement, dto);
      await this.audit.record(manager, {
        entityType: 'target',
        entityId: targetId,
        action: 'create',
        actorId: caller.id,
      });
      return targetId;
    });
    return this.getTarget(caller, id);
  }

  async listTargets(caller: CurrentUser, movementId: number) {
    await this.movements.load(this.dataSource.manager, { user: caller }, movementId);
    const rows = await this.dataSource
      .getRepository(Target)
      .find({ where: { movementId }, relations: { movement: { launchedByUnit: true } }, order: { code: 'ASC' } });
    return rows.map((row) =>
      this.targetView(
        Object.assign(row, { launchingPath: row.movement!.launchedByUnit!.path, movementState: row.movement!.state }),
        caller,
      ),
    );
  }

  async getTarget(caller: CurrentUser, id: number) {
    return this.targetView(await this.targets.load(this.dataSource.manager, { user: caller }, id), caller);
  }

  async sendTargetEvent(caller: CurrentUser, id: number, dto: TargetEventDto) {
    await this.workflow.transition(this.targets, id, { ...dto }, { user: caller });
    return this.getTarget(caller, id);
  }

  /** A progress report from the board, or from a submitter of the assigned unit; the first one starts an assigned target. */
  async report(caller: CurrentUser, targetId: number, dto: ProgressReportDto) {
    await this.transactions.run(async (manager) => {
      const target = await this.targets.load(manager, { user: caller }, targetId);
      await this.recordReport(manager, caller, target, dto);
    });
    return this.getTarget(caller, targetId);
  }

  /** Reports come from the launching unit's board or from a submitter of the assigned unit. */
  private async requireReporter(manager: EntityManager, caller: CurrentUser, target: LoadedTarget): Promise<void> {
    const assigneePath = target.assigneeUnitId
      ? (await manager.findOneBy(Unit, { id: target.assigneeUnitId }))?.path
      : undefined;
    const board = caller.roles.includes('board') && inScope(caller, target.launchingPath);
    const assignee = caller.roles.includes('submitter') && assigneePath !== undefined && inScope(caller, assigneePath);
    if (!board && !assignee) {
      throw AppError.forbidden(
        'Chỉ Phòng TĐKT hoặc đơn vị được giao được báo cáo',
        'Only the board or the assigned unit may report',
      );
    }
  }

  private async recordReport(
    manager: EntityManager,
    caller: CurrentUser,
    target: LoadedTarget,
    dto: ProgressReportDto,
  ): Promise<void> {
    await this.requireReporter(manager, caller, target);
    if (target.movementState !== 'launched') {
      throw AppError.conflict(
        `Phong trào không còn nhận báo cáo (${target.movementState})`,
        `The movement does not take reports (${target.movementState})`,
        {
          state: target.movementState,
          allowedEvents: [],
        },
      );
    }
    if (!['assigned', 'in_progress'].includes(target.state)) {
      throw AppError.conflict(
        `Chỉ tiêu ở trạng thái ${target.state} không nhận báo cáo`,
        `A ${target.state} target takes no reports`,
        {
          state: target.state,
          allowedEvents: [],
        },
      );
    }
    await manager.insert(ProgressReport, {
      targetId: target.id,
      period: dto.period,
      value: dto.value,
      note: dto.note?.trim() || null,
      reportedById: caller.id,
      reportedAt: nowIso(),
    });
    // The latest report is the one for the latest period (a late report for an earlier period does not replace it).
    if (target.latestPeriod === null || dto.period >= target.latestPeriod) {
      await manager.update(Target, { id: target.id }, { latestValue: dto.value, latestPeriod: dto.period });
    }
    if (target.state === 'assigned') {
      await this.workflow.transition(
        this.targets,
        target.id,
        { type: 'REPORT', comment: `Báo cáo kỳ ${dto.period}` },
        { user: caller, system: true },
        manager,
      );
    }
  }

  async reports(caller: CurrentUser, targetId: number) {
    await this.targets.load(this.dataSource.manager, { user: caller }, targetId);
    const rows = await this.dataSource
      .getRepository(ProgressReport)
      .find({ where: { targetId }, order: { period: 'ASC', id: 'ASC' } });
    return rows.map(toReportView);
  }

  /** Attaches the evidence file of a report (PDF, JPEG, PNG, DOCX, XLSX judged by content). */
  async attachEvidence(caller: CurrentUser, targetId: number, reportId: number, upload: MultipartUpload) {
    if (!upload.file || upload.file.content.length === 0)
      throw AppError.invalid([{ field: 'file', message: 'bắt buộc (required)' }]);
    const stored = await this.files.inspect(upload.file.content);
    const fileName = safeFileName(upload.file.fileName);
    await this.files.store(stored, upload.file.content);
    return this.transactions.run(async (manager) => {
      const target = await this.targets.load(manager, { user: caller }, targetId);
      await this.requireReporter(manager, caller, target);
      const report = await manager.findOneBy(ProgressReport, { id: reportId, targetId });
      if (!report) throw AppError.notFound('báo cáo tiến độ', 'Progress report');
      await manager.update(
        ProgressReport,
        { id: reportId },
        { evidenceFileName: fileName, evidenceMediaType: stored.mediaType, evidenceSha256: stored.sha256 },
      );
      await this.audit.record(manager, {
        entityType: 'target',
        entityId: targetId,
        action: 'report.evidence',
        actorId: caller.id,
        details: { reportId, sha256: stored.sha256 },
      });
      return toReportView({
        ...report,
        evidenceFileName: fileName,
        evidenceMediaType: stored.mediaType,
        evidenceSha256: stored.sha256,
      });
    });
  }

  async openEvidence(caller: CurrentUser, targetId: number, reportId: number) {
    await this.targets.load(this.dataSource.manager, { user: caller }, targetId);
    const report = await this.dataSource.getRepository(ProgressReport).findOneBy({ id: reportId, targetId });
    if (!report?.evidenceSha256) throw AppError.notFound('minh chứng', 'Evidence');
    return { report, stream: this.files.open(report.evidenceSha256) };
  }

  /** Imports targets from CSV or XLSX (code, name, unit, targetValue, direction, tolerance, assigneeUnitCode): all rows or none. */
  async importTargets(caller: CurrentUser, movementId: number, content: Buffer) {
    const rows = await this.readRows(content);
    const created = await this.transactions.run(async (manager) => {
      const movement = await this.editableMovement(manager, caller, movementId);
      const problems: RuleViolation[] = [];
      const seen = new Set<string>();
      const valid: CreateTargetDto[] = [];
      for (const [index, row] of rows.entries()) {
        const line = index + 2;
        const { dto, errors } = await this.targetFromRow(manager, row);
        if (dto && seen.has(dto.code)) errors.push(`mã ${dto.code} lặp lại trong tệp (duplicate code in the file)`);
        if (dto && errors.length === 0) errors.push(...(await this.targetProblems(manager, movement, dto)));
        if (dto) seen.add(dto.code);
        for (const message of errors) problems.push({ rule: 'import.row', message: `Dòng ${line}: ${message}` });
        if (dto && errors.length === 0) valid.push(dto);
      }
      if (problems.length > 0)
        throw AppError.rules(
          problems,
          'Tệp có dòng không hợp lệ: không nhập dòng nào',
          'The file has invalid rows: nothing was imported',
        );
      for (const dto of valid) await this.insertTarget(manager, caller, movement, dto);
      await this.audit.record(manager, {
        entityType: 'movement',
        entityId: movementId,
        action: 'targets.import',
        actorId: caller.id,
        details: { count: valid.length },
      });
      return valid.length;
    });
    return { imported: created, targets: await this.listTargets(caller, movementId) };
  }

  /** Imports progress reports from CSV or XLSX (targetCode, period, value, note): all rows or none. */
  async importReports(caller: CurrentUser, movementId: number, content: Buffer) {
    const rows = await this.readRows(content);
    const imported = await this.transactions.run(async (manager) => {
      await this.movements.load(manager, { user: caller }, movementId);
      const problems: RuleViolation[] = [];
      const accepted: { target: LoadedTarget; dto: ProgressReportDto }[] = [];
      for (const [index, row] of rows.entries()) {
        const line = index + 2;
        const errors: string[] = [];
        const code = row.targetcode ?? row.code ?? '';
        const value = Number((row.value ?? '').replace(',', '.'));
        const period = row.period ?? '';
        if (!/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/.test(period))
          errors.push('kỳ báo cáo phải như 2024, 2024-06, 2024-Q2 (period)');
        if (row.value === undefined || row.value === '' || !Number.isFinite(value))
          errors.push('giá trị phải là số (value must be a number)');
        const found = code ? await manager.findOneBy(Target, { movementId, code }) : null;
        if (!found) errors.push(`không có chỉ tiêu mã "${code}" (unknown target code)`);
        for (const message of errors) problems.push({ rule: 'import.row', message: `Dòng ${line}: ${message}` });
        if (found && errors.length === 0)
          accepted.push({
            target: (await loadTarget(manager, found.id))!,
            dto: { period, value, note: row.note || undefined },
          });
      }
      if (problems.length > 0)
        throw AppError.rules(
          problems,
          'Tệp có dòng không hợp lệ: không nhập dòng nào',
          'The file has invalid rows: nothing was imported',
        );
      for (const { target, dto } of accepted)
        await this.recordReport(manager, caller, (await loadTarget(manager, target.id))!, dto);
      return accepted.length;
    });
    return { imported, targets: await this.listTargets(caller, movementId) };
  }

  private async readRows(content: Buffer): Promise<SheetRow[]> {
    try {
      const rows = await readSpreadsheet(content);
      if (rows.length === 0) throw new Error('empty');
      return rows;
    } catch {
      throw AppError.invalid([
        {
          field: 'file',
          message:
            'tệp CSV hoặc XLSX có dòng tiêu đề và ít nhất một dòng dữ liệu (a CSV or XLSX file with a header row and data)',
        },
      ]);
    }
  }

  private async targetFromRow(
    manager: EntityManager,
    row: SheetRow,
  ): Promise<{ dto?: CreateTargetDto; errors: string[] }> {
    const errors: string[] = [];
    const code = row.code ?? '';
    if (!/^[A-Za-z0-9._-]{1,30}$/.test(code)) errors.push('mã chỉ tiêu thiếu hoặc sai (code)');
    if (!row.name?.trim()) errors.push('thiếu tên chỉ tiêu (name)');
    if (!row.unit?.trim()) errors.push('thiếu đơn vị tính (unit)');
    const targetValue = Number((row.targetvalue ?? '').replace(',', '.'));
    if (row.targetvalue === undefined || row.targetvalue === '' || !Number.isFinite(targetValue))
      errors.push('giá trị chỉ tiêu phải là số (targetValue)');
    const direction = (row.direction ?? '') as Direction;
    if (!DIRECTIONS.includes(direction)) errors.push(`chiều đánh giá phải là ${DIRECTIONS.join(', ')} (direction)`);
    let tolerance: number | undefined;
    if (row.tolerance) {
      tolerance = Number(row.tolerance.replace(',', '.'));
      if (!Number.isFinite(tolerance) || tolerance < 0) errors.push('dung sai phải là số không âm (tolerance)');
    }
    let assigneeUnitId: number | undefined;
    if (row.assigneeunitcode) {
      const unit = await manager.findOneBy(Unit, { code: row.assigneeunitcode });
      if (!unit) errors.push(`không có đơn vị mã "${row.assigneeunitcode}" (assigneeUnitCode)`);
      else assigneeUnitId = unit.id;
    }
    if (errors.length > 0) return { errors };
    return { dto: { code, name: row.name, unit: row.unit, targetValue, direction, tolerance, assigneeUnitId }, errors };
  }
}

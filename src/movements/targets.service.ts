import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { allowedEventsOf, WorkflowService } from '../workflow/workflow.service.js';
import { achievement } from './achievement.js';
import { Target } from './movement.entity.js';
import { MovementWorkflow, TargetWorkflow, type LoadedMovement, type LoadedTarget } from './movement.workflows.js';
import type { CreateTargetDto, TargetEventDto } from './movements.dto.js';
import { targetMachine } from './target.machine.js';

/** The board of the launching unit adds targets while the movement is a draft or running. */
export function mayAddTargets(caller: CurrentUser, movement: Pick<LoadedMovement, 'launchingPath' | 'state'>): boolean {
  return (
    caller.roles.includes('board') &&
    inScope(caller, movement.launchingPath) &&
    (movement.state === 'draft' || movement.state === 'launched')
  );
}

/** Progress comes from the launching unit's board or from a submitter of the assigned unit. */
export function mayReport(caller: CurrentUser, launchingPath: string, assigneePath: string | undefined): boolean {
  const board = caller.roles.includes('board') && inScope(caller, launchingPath);
  const assignee = caller.roles.includes('submitter') && assigneePath !== undefined && inScope(caller, assigneePath);
  return board || assignee;
}

/** A movement's targets (chỉ tiêu): setting them, their achievement, their workflow. */
@Injectable()
export class TargetsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(MovementWorkflow) private readonly movements: MovementWorkflow,
    @Inject(TargetWorkflow) private readonly targets: TargetWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  targetView(target: LoadedTarget, caller: CurrentUser, assigneePath?: string) {
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
      // Reports are taken while the movement runs and the target is assigned or in progress.
      mayReport:
        target.movementState === 'launched' &&
        ['assigned', 'in_progress'].includes(target.state) &&
        mayReport(caller, target.launchingPath, assigneePath),
    };
  }

  /** The paths of the units targets are assigned to, in one query. */
  private async assigneePaths(unitIds: (number | null)[]): Promise<Map<number, string>> {
    const ids = [...new Set(unitIds.filter((id): id is number => id !== null))];
    const units = ids.length
      ? await this.dataSource.getRepository(Unit).find({ select: { id: true, path: true }, where: { id: In(ids) } })
      : [];
    return new Map(units.map((unit) => [unit.id, unit.path]));
  }

  /** The board of the launching unit adds targets while the movement is a draft or running. */
  async editableMovement(manager: EntityManager, caller: CurrentUser, movementId: number): Promise<LoadedMovement> {
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
  async targetProblems(manager: EntityManager, movement: LoadedMovement, dto: CreateTargetDto): Promise<string[]> {
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
  async insertTarget(
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
    const paths = await this.assigneePaths(rows.map((row) => row.assigneeUnitId));
    return rows.map((row) =>
      this.targetView(
        Object.assign(row, { launchingPath: row.movement!.launchedByUnit!.path, movementState: row.movement!.state }),
        caller,
        row.assigneeUnitId === null ? undefined : paths.get(row.assigneeUnitId),
      ),
    );
  }

  async getTarget(caller: CurrentUser, id: number) {
    const target = await this.targets.load(this.dataSource.manager, { user: caller }, id);
    const paths = await this.assigneePaths([target.assigneeUnitId]);
    return this.targetView(
      target,
      caller,
      target.assigneeUnitId === null ? undefined : paths.get(target.assigneeUnitId),
    );
  }

  async sendTargetEvent(caller: CurrentUser, id: number, dto: TargetEventDto) {
    await this.workflow.transition(this.targets, id, { ...dto }, { user: caller });
    return this.getTarget(caller, id);
  }

  async history(caller: CurrentUser, id: number) {
    await this.targets.load(this.dataSource.manager, { user: caller }, id);
    return this.workflow.history(this.targets.name, id);
  }
}

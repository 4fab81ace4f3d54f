import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso, todayInVietnam } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { allowedEventsOf, WorkflowService } from '../workflow/workflow.service.js';
import { durationBucket, launchingLevel, movementPhase } from './classification.js';
import { Movement, MovementParticipant } from './movement.entity.js';
import { MovementWorkflow, type LoadedMovement } from './movement.workflows.js';
import { mayAddTargets } from './targets.service.js';
import type { CreateMovementDto, MovementEventDto, MovementQuery } from './movements.dto.js';

/** Emulation movements (phong trào thi đua): launching, participants, lists in the caller's view, the workflow. */
@Injectable()
export class MovementsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(MovementWorkflow) private readonly movements: MovementWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
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
      submissionDeadline: movement.submissionDeadline,
      launchingLevel: launchingLevel(movement.launchedByUnit!.kind),
      durationBucket: durationBucket(movement.startDate, movement.endDate),
      phase: movementPhase(movement, todayInVietnam()),
      participantUnitIds: participants,
      state: movement.state,
      version: movement.version,
      allowedEvents: allowedEventsOf(this.movements.machine, movement.state, context),
      mayAddTargets: mayAddTargets(caller, movement),
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
              messageEn: `Participating units outside the launching unit: ${outside.join(', ')}`,
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
          submissionDeadline: dto.submissionDeadline ?? null,
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

  async history(caller: CurrentUser, id: number) {
    await this.movements.load(this.dataSource.manager, { user: caller }, id);
    return this.workflow.history(this.movements.name, id);
  }
}

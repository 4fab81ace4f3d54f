import { HistoryEntryView } from './workflow-views.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { transition as nextSnapshot, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { AppError, ErrorCode } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { persistentColumns, placeholder, writeRows } from '../database/sql.js';
import { Transactions } from '../database/transactions.js';
import { User } from '../users/user.entity.js';
import { ANYONE } from './actor.js';
import { workflowLabel } from './labels.js';
import { eventsAcceptedIn } from './machine-introspection.js';
import { TransitionLog } from './transition-log.entity.js';
import type {
  TransitionCaller,
  WorkflowContext,
  WorkflowDefinition,
  WorkflowEvent,
  WorkflowRow,
} from './workflow-definition.js';

export interface TransitionResult<Row> {
  row: Row;
  from: string;
  to: string;
}

/** One step of a resource's history, as `GET …/:id/history` answers it. */
export type HistoryEntry = HistoryEntryView;

function snapshotOf(machine: AnyStateMachine, state: string, context: WorkflowContext): AnyMachineSnapshot {
  return machine.resolveState({ value: state, context });
}

/**
 * Answers about a machine that depend only on a state, the guards' context and an event type, remembered per machine.
 * Guards are pure functions of the state and a small context (roles, scopes, a few flags) and no machine assigns to its
 * context, so the same question always gets the same answer. Asking XState costs about 25 µs per event: a list of 50
 * nominations would pay that 200 times per request, and every transition twice.
 */
const machineAnswers = new WeakMap<AnyStateMachine, Map<string, unknown>>();
const MACHINE_ANSWERS_SIZE = 10_000;

function remembered<T>(machine: AnyStateMachine, key: string, compute: () => T): T {
  let answers = machineAnswers.get(machine);
  if (!answers) machineAnswers.set(machine, (answers = new Map()));
  if (answers.has(key)) return answers.get(key) as T;
  const answer = compute();
  if (answers.size >= MACHINE_ANSWERS_SIZE) answers.clear();
  answers.set(key, answer);
  return answer;
}

function eventsAllowed(
  machine: AnyStateMachine,
  state: string,
  context: WorkflowContext,
  contextKey = JSON.stringify(context),
): readonly string[] {
  return remembered(machine, `allowed|${state}|${contextKey}`, () => {
    const snapshot = snapshotOf(machine, state, context);
    return eventsAcceptedIn(machine, state).filter((type) => snapshot.can({ type }));
  });
}

/** The events this context's actor may send now, in the machine's order. */
export function allowedEventsOf(machine: AnyStateMachine, state: string, context: WorkflowContext): string[] {
  return [...eventsAllowed(machine, state, context)];
}

/** The state an allowed event leads to, by XState's pure transition function. */
export function nextStateOf(
  machine: AnyStateMachine,
  state: string,
  context: WorkflowContext,
  type: string,
  contextKey = JSON.stringify(context),
): string {
  return remembered(machine, `next|${state}|${type}|${contextKey}`, () => {
    const [next] = nextSnapshot(machine, snapshotOf(machine, state, context), { type });
    return String(next.value);
  });
}

/**
 * `UPDATE … SET <values>, version = version + 1 WHERE id = ? AND version = ?`; answers the rows changed (1, or 0 when
 * another writer got there first). Hand-written, like the log INSERT below: the query builder cost more than the
 * statements on the path every transition takes.
 */
async function versionedUpdate(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  row: WorkflowRow,
  values: Record<string, unknown>,
): Promise<number> {
  const { table, columns, parameters } = persistentColumns(manager, entity, values);
  const at = (index: number) => placeholder(manager.connection, index);
  const assignments = columns.map((column, index) => `"${column}" = ${at(index + 1)}`);
  return writeRows(
    manager,
    `UPDATE "${table}" SET ${assignments.join(', ')}, "version" = "version" + 1
      WHERE "id" = ${at(columns.length + 1)} AND "version" = ${at(columns.length + 2)}`,
    [...parameters, row.id, row.version],
  );
}

async function appendLog(manager: EntityManager, log: Omit<TransitionLog, 'id'>): Promise<void> {
  const { table, columns, parameters } = persistentColumns(manager, TransitionLog, log);
  const values = columns.map((_, index) => placeholder(manager.connection, index + 1));
  await writeRows(
    manager,
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${values.join(', ')})`,
    parameters,
  );
}

/**
 * The one place a workflow state changes. In one database transaction: load the row (404 outside scope), rebuild the
 * machine snapshot from its state column, check the event (409 not allowed now, 403 not for this caller, 409 stale
 * version, 422 failed rule), compute the next state with XState's pure transition, `UPDATE … WHERE id AND version`,
 * and append a TransitionLog row.
 */
@Injectable()
export class WorkflowService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
  ) {}

  /** Runs one transition in its own transaction, or inside `manager`'s when a feature batches several. */
  async transition<Row extends WorkflowRow>(
    definition: WorkflowDefinition<Row>,
    id: number,
    event: WorkflowEvent,
    caller: TransitionCaller,
    manager?: EntityManager,
  ): Promise<TransitionResult<Row>> {
    if (manager) return this.transitionWithin(manager, definition, id, event, caller);
    return this.transactions.run((tx) => this.transitionWithin(tx, definition, id, event, caller));
  }

  private async transitionWithin<Row extends WorkflowRow>(
    manager: EntityManager,
    definition: WorkflowDefinition<Row>,
    id: number,
    event: WorkflowEvent,
    caller: TransitionCaller,
  ): Promise<TransitionResult<Row>> {
    const row = await definition.load(manager, caller, id);
    const context = await definition.context(manager, row, caller);
    const { machine } = definition;
    const contextKey = JSON.stringify(context);
    const allowed = eventsAllowed(machine, row.state, context, contextKey);
    const conflict = (message: string, messageEn: string) =>
      new AppError(ErrorCode.WorkflowConflict, message, messageEn, {
        state: row.state,
        version: row.version,
        allowedEvents: [...allowed],
      });

    if (!allowed.includes(event.type)) {
      if (eventsAllowed(machine, row.state, { ...context, actor: ANYONE }).includes(event.type)) {
        throw new AppError(
          ErrorCode.Forbidden,
          `Bạn không có quyền thực hiện "${workflowLabel('event', event.type)}" với ${definition.label} này`,
          `You may not ${workflowLabel('event', event.type, 'en').toLowerCase()} this ${definition.labelEn}`,
          { state: row.state, allowedEvents: [...allowed] },
        );
      }
      throw conflict(
        `Không thể thực hiện "${workflowLabel('event', event.type)}" khi ${definition.label} đang ở trạng thái "${workflowLabel('state', row.state)}"`,
        `"${workflowLabel('event', event.type, 'en')}" is not possible while the ${definition.labelEn} is "${workflowLabel('state', row.state, 'en')}"`,
      );
    }
    if (event.version !== undefined && event.version !== row.version) {
      throw conflict(
        `${definition.label} đã được người khác thay đổi (phiên bản ${row.version}); vui lòng tải lại`,
        `The ${definition.labelEn} was changed by someone else (version ${row.version}); reload it`,
      );
    }
    const checked = definition.check ? await definition.check(manager, row, event, caller) : { violations: [] };
    if (checked.violations.length > 0) {
      throw AppError.rules(
        checked.violations,
        `Chưa đủ điều kiện để thực hiện "${workflowLabel('event', event.type)}": xem các điều kiện chưa đạt bên dưới`,
        `Not yet possible to "${workflowLabel('event', event.type, 'en')}": see the rules not met below`,
      );
    }

    const to = nextStateOf(machine, row.state, context, event.type, contextKey);
    const changes = definition.changes?.(row, event, to, caller) ?? {};
    if ((await versionedUpdate(manager, definition.entity, row, { ...changes, state: to })) !== 1) {
      throw conflict(
        `${definition.label} vừa được người khác thay đổi; vui lòng tải lại`,
        `The ${definition.labelEn} was changed concurrently; reload it`,
      );
    }
    await appendLog(manager, {
      workflow: definition.name,
      entityId: row.id,
      event: event.type,
      fromState: row.state,
      toState: to,
      actorId: caller.user.id,
      at: nowIso(),
      comment: event.comment?.trim() || null,
      details: checked.details ?? null,
    });
    const updated = { ...row, ...changes, state: to, version: row.version + 1 } as Row;
    await definition.afterTransition?.(manager, updated, event, caller);
    return { row: updated, from: row.state, to };
  }

  /** A resource's transitions, oldest first, with each actor's display name (one query for all actors). */
  async history(workflow: string, entityId: number): Promise<HistoryEntry[]> {
    const logs = await this.dataSource
      .getRepository(TransitionLog)
      .find({ where: { workflow, entityId }, order: { id: 'ASC' } });
    const actorIds = [...new Set(logs.map((log) => log.actorId).filter((id): id is number => id !== null))];
    const actors = actorIds.length
      ? await this.dataSource
          .getRepository(User)
          .find({ select: { id: true, displayName: true }, where: { id: In(actorIds) } })
      : [];
    const names = new Map(actors.map((actor) => [actor.id, actor.displayName]));
    return logs.map((log) => ({
      event: log.event,
      from: log.fromState,
      to: log.toState,
      actor: log.actorId === null ? null : { id: log.actorId, displayName: names.get(log.actorId) ?? '' },
      at: log.at,
      comment: log.comment,
      details: log.details,
    }));
  }
}

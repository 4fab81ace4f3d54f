import type { EntityManager, EntityTarget } from 'typeorm';
import type { AnyStateMachine } from 'xstate';
import type { CurrentUser } from '../access/current-user.js';
import type { RuleViolation } from '../common/app-error.js';
import type { ActorFacts } from './actor.js';

/** The columns every workflow row has: the state is the truth, the version guards concurrent writers. */
export interface WorkflowRow {
  id: number;
  state: string;
  version: number;
}

/** An event as sent to the workflow layer: its type, an optional comment and expected version, and its payload. */
export interface WorkflowEvent {
  type: string;
  comment?: string;
  version?: number;
  [payload: string]: unknown;
}

/** The caller of a transition: a signed-in user, possibly acting through the system (a council session, a decision). */
export interface TransitionCaller {
  user: CurrentUser;
  system?: boolean;
}

/** Machine context: the row's facts the guards read, and the actor. */
export interface WorkflowContext {
  actor: ActorFacts;
  [fact: string]: unknown;
}

/** What a feature module tells the generic workflow layer about one kind of workflow resource. */
export interface WorkflowDefinition<Row extends WorkflowRow> {
  name: string;
  /** Vietnamese name of the resource, for messages ("đề nghị khen thưởng"). */
  label: string;
  labelEn: string;
  entity: EntityTarget<Row>;
  machine: AnyStateMachine;
  /** The row for this caller; throws 404 when it does not exist or lies outside the caller's scope. */
  load(manager: EntityManager, caller: TransitionCaller, id: number): Promise<Row>;
  /** The guards' view of the row and the caller. */
  context(manager: EntityManager, row: Row, caller: TransitionCaller): Promise<WorkflowContext>;
  /** Business rules the event must pass (→ 422); may return details to keep in the log. */
  check?(
    manager: EntityManager,
    row: Row,
    event: WorkflowEvent,
    caller: TransitionCaller,
  ): Promise<{ violations: RuleViolation[]; details?: Record<string, unknown> }>;
  /** Other columns that change with the transition (e.g. the submission date). */
  changes?(row: Row, event: WorkflowEvent, to: string, caller: TransitionCaller): Partial<Row>;
  /** Changes to other records that belong to the same transition (same transaction), e.g. a register entry revoked. */
  afterTransition?(manager: EntityManager, row: Row, event: WorkflowEvent, caller: TransitionCaller): Promise<void>;
}

import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { Unit } from '../units/unit.entity.js';
import type { TransitionCaller, WorkflowDefinition, WorkflowEvent } from '../workflow/workflow-definition.js';
import { achievement } from './achievement.js';
import { Movement, Target } from './movement.entity.js';
import { movementMachine, type MovementContext } from './movement.machine.js';
import { targetMachine, type TargetContext } from './target.machine.js';

/** A movement is visible to its launching unit's subtree and to the units above it. */
export function canSee(caller: Pick<CurrentUser, 'unitPath'>, launchingPath: string): boolean {
  return launchingPath.startsWith(caller.unitPath) || caller.unitPath.startsWith(launchingPath);
}

export type LoadedMovement = Movement & { launchingPath: string };
export type LoadedTarget = Target & { launchingPath: string; movementState: Movement['state'] };

export async function loadMovement(manager: EntityManager, id: number): Promise<LoadedMovement | null> {
  const movement = await manager.findOne(Movement, { where: { id }, relations: { launchedByUnit: true } });
  return movement ? Object.assign(movement, { launchingPath: movement.launchedByUnit!.path }) : null;
}

export async function loadTarget(manager: EntityManager, id: number): Promise<LoadedTarget | null> {
  const target = await manager.findOne(Target, { where: { id }, relations: { movement: { launchedByUnit: true } } });
  if (!target?.movement?.launchedByUnit) return null;
  return Object.assign(target, {
    launchingPath: target.movement.launchedByUnit.path,
    movementState: target.movement.state,
  });
}

function actor(caller: TransitionCaller, launchingPath: string) {
  return {
    roles: caller.system ? [...caller.user.roles, 'system'] : caller.user.roles,
    scopes: { launching: inScope(caller.user, launchingPath) },
  };
}

@Injectable()
export class MovementWorkflow implements WorkflowDefinition<LoadedMovement> {
  readonly name = 'movement';
  readonly label = 'phong trào thi đua';
  readonly labelEn = 'movement';
  readonly entity = Movement;
  readonly machine = movementMachine;

  async load(manager: EntityManager, caller: TransitionCaller, id: number): Promise<LoadedMovement> {
    const movement = await loadMovement(manager, id);
    if (!movement || !canSee(caller.user, movement.launchingPath))
      throw AppError.notFound('phong trào thi đua', 'Movement');
    return movement;
  }

  async context(_manager: EntityManager, movement: LoadedMovement, caller: TransitionCaller): Promise<MovementContext> {
    return { actor: actor(caller, movement.launchingPath) };
  }

  /** CONCLUDE waits until every target has been evaluated. */
  async check(manager: EntityManager, movement: LoadedMovement, event: WorkflowEvent) {
    if (event.type !== 'CONCLUDE') return { violations: [] };
    const open = await manager.find(Target, {
      select: { code: true },
      where: { movementId: movement.id, state: In(['draft', 'assigned', 'in_progress']) },
      order: { code: 'ASC' },
    });
    return {
      violations: open.map((target) => ({
        rule: 'movement.targets_evaluated',
        message: `Chỉ tiêu ${target.code} chưa được đánh giá / target ${target.code} not evaluated`,
      })),
    };
  }
}

@Injectable()
export class TargetWorkflow implements WorkflowDefinition<LoadedTarget> {
  readonly name = 'target';
  readonly label = 'chỉ tiêu';
  readonly labelEn = 'target';
  readonly entity = Target;
  readonly machine = targetMachine;

  async load(manager: EntityManager, caller: TransitionCaller, id: number): Promise<LoadedTarget> {
    const target = await loadTarget(manager, id);
    if (!target || !canSee(caller.user, target.launchingPath)) throw AppError.notFound('chỉ tiêu', 'Target');
    return target;
  }

  async context(_manager: EntityManager, target: LoadedTarget, caller: TransitionCaller): Promise<TargetContext> {
    return {
      actor: actor(caller, target.launchingPath),
      latestAchieved: achievement(target.direction, target.targetValue, target.latestValue, target.tolerance).achieved,
    };
  }

  async check(manager: EntityManager, target: LoadedTarget, event: WorkflowEvent) {
    if (event.type !== 'ASSIGN') return { violations: [] };
    const unitId = event.assigneeUnitId;
    if (typeof unitId !== 'number')
      throw AppError.invalid([
        { field: 'assigneeUnitId', message: 'bắt buộc khi giao chỉ tiêu / required to assign the target' },
      ]);
    const unit = await manager.findOneBy(Unit, { id: unitId });
    if (!unit || !unit.path.startsWith(target.launchingPath)) {
      return {
        violations: [
          {
            rule: 'target.assignee',
            message: 'Đơn vị được giao không thuộc đơn vị phát động / assignee outside the launching unit',
          },
        ],
      };
    }
    return { violations: [] };
  }

  changes(_target: LoadedTarget, event: WorkflowEvent): Partial<LoadedTarget> {
    return event.type === 'ASSIGN' ? { assigneeUnitId: event.assigneeUnitId as number } : {};
  }
}

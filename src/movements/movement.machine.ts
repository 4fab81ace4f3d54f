import { setup } from 'xstate';
import { actsAs, type ActorFacts } from '../workflow/actor.js';

export interface MovementContext {
  [fact: string]: unknown;
  actor: ActorFacts;
}

export const MOVEMENT_STATES = ['draft', 'launched', 'concluded', 'archived', 'cancelled'] as const;
export type MovementState = (typeof MOVEMENT_STATES)[number];
export const MOVEMENT_EVENTS = ['LAUNCH', 'CONCLUDE', 'ARCHIVE', 'CANCEL'] as const;
export type MovementEventType = (typeof MOVEMENT_EVENTS)[number];

/** An emulation movement: the launching unit's board launches, concludes (every target evaluated) and archives it. */
export const movementMachine = setup({
  types: { context: {} as MovementContext, input: {} as MovementContext, events: {} as { type: MovementEventType } },
  guards: { board: ({ context }) => actsAs(context.actor, 'board', 'launching') },
}).createMachine({
  id: 'movement',
  context: ({ input }) => input,
  initial: 'draft',
  states: {
    draft: {
      description: 'Dự thảo phong trào',
      on: { LAUNCH: { target: 'launched', guard: 'board' }, CANCEL: { target: 'cancelled', guard: 'board' } },
    },
    launched: { description: 'Đã phát động', on: { CONCLUDE: { target: 'concluded', guard: 'board' } } },
    concluded: { description: 'Đã sơ kết, tổng kết', on: { ARCHIVE: { target: 'archived', guard: 'board' } } },
    archived: { type: 'final', description: 'Lưu trữ' },
    cancelled: { type: 'final', description: 'Hủy bỏ trước khi phát động' },
  },
});

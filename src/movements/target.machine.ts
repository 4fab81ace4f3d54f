import { and, setup } from 'xstate';
import { actsAs, type ActorFacts } from '../workflow/actor.js';

export interface TargetContext {
  [fact: string]: unknown;
  actor: ActorFacts;
  /** Whether the latest report meets the target (null before any report). */
  latestAchieved: boolean | null;
}

export const TARGET_STATES = ['draft', 'assigned', 'in_progress', 'achieved', 'missed', 'verified'] as const;
export type TargetState = (typeof TARGET_STATES)[number];
export const TARGET_EVENTS = ['ASSIGN', 'REPORT', 'EVALUATE', 'VERIFY', 'REOPEN'] as const;
export type TargetEventType = (typeof TARGET_EVENTS)[number];

/**
 * A movement's target (chỉ tiêu). The board assigns it; the first progress report (REPORT, sent by the system when a
 * report is filed) starts it; EVALUATE decides achieved or missed from the latest report; the board verifies or reopens.
 */
export const targetMachine = setup({
  types: { context: {} as TargetContext, input: {} as TargetContext, events: {} as { type: TargetEventType } },
  guards: {
    board: ({ context }) => actsAs(context.actor, 'board', 'launching'),
    system: ({ context }) => actsAs(context.actor, 'system'),
    reported: ({ context }) => context.latestAchieved !== null,
    latestAchieved: ({ context }) => context.latestAchieved === true,
  },
}).createMachine({
  id: 'target',
  context: ({ input }) => input,
  initial: 'draft',
  states: {
    draft: { description: 'Chỉ tiêu dự thảo', on: { ASSIGN: { target: 'assigned', guard: 'board' } } },
    assigned: { description: 'Đã giao cho đơn vị', on: { REPORT: { target: 'in_progress', guard: 'system' } } },
    in_progress: {
      description: 'Đang thực hiện, có báo cáo tiến độ',
      on: {
        EVALUATE: [
          { target: 'achieved', guard: and(['board', 'reported', 'latestAchieved']) },
          { target: 'missed', guard: and(['board', 'reported']) },
        ],
      },
    },
    achieved: {
      description: 'Đạt',
      on: { VERIFY: { target: 'verified', guard: 'board' }, REOPEN: { target: 'in_progress', guard: 'board' } },
    },
    missed: {
      description: 'Không đạt',
      on: { VERIFY: { target: 'verified', guard: 'board' }, REOPEN: { target: 'in_progress', guard: 'board' } },
    },
    verified: { description: 'Kết quả đã được xác nhận', on: { REOPEN: { target: 'in_progress', guard: 'board' } } },
  },
});

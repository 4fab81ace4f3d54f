import { setup } from 'xstate';
import { actsAs, type ActorFacts } from '../workflow/actor.js';

export interface CouncilSessionContext {
  [fact: string]: unknown;
  actor: ActorFacts;
}

export const COUNCIL_SESSION_STATES = ['planned', 'open', 'closed', 'minutes_signed', 'cancelled'] as const;
export type CouncilSessionState = (typeof COUNCIL_SESSION_STATES)[number];
export const COUNCIL_SESSION_EVENTS = ['OPEN', 'CLOSE', 'SIGN_MINUTES', 'CANCEL'] as const;
export type CouncilSessionEventType = (typeof COUNCIL_SESSION_EVENTS)[number];

/**
 * A council session (phiên họp Hội đồng): its chair or secretary opens it with a quorum, closes it (tally) and signs the
 * minutes; the board that planned it may cancel it before it opens, which gives its nominations back to the board.
 */
export const councilSessionMachine = setup({
  types: {
    context: {} as CouncilSessionContext,
    input: {} as CouncilSessionContext,
    events: {} as { type: CouncilSessionEventType },
  },
  guards: {
    officer: ({ context }) => actsAs(context.actor, 'session_officer'),
    board: ({ context }) => actsAs(context.actor, 'board'),
  },
}).createMachine({
  id: 'council_session',
  context: ({ input }) => input,
  initial: 'planned',
  states: {
    planned: {
      description: 'Đã lên lịch, chưa khai mạc',
      on: {
        OPEN: { target: 'open', guard: 'officer' },
        CANCEL: { target: 'cancelled', guard: 'board' },
      },
    },
    open: {
      description: 'Đang họp: thành viên bỏ phiếu kín',
      on: { CLOSE: { target: 'closed', guard: 'officer' } },
    },
    closed: {
      description: 'Đã kiểm phiếu: mỗi đề nghị được chấp thuận hoặc không',
      on: { SIGN_MINUTES: { target: 'minutes_signed', guard: 'officer' } },
    },
    minutes_signed: { type: 'final', description: 'Biên bản đã ký' },
    cancelled: { type: 'final', description: 'Đã hủy trước khi khai mạc: các hồ sơ trở lại chờ đưa ra Hội đồng' },
  },
});

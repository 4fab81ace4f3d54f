import { and, not, setup } from 'xstate';
import { actsAs, type ActorFacts } from '../workflow/actor.js';

/** The facts of a nomination that the guards read, and who is acting. */
export interface NominationContext {
  [fact: string]: unknown;
  actor: ActorFacts;
  /** The award type needs a council vote (Decree 98 Art 30). */
  requiresCouncil: boolean;
  /** The award is conferred beyond the province (Prime Minister, State President): approved nominations go up. */
  beyondProvince: boolean;
}

export const NOMINATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'verified',
  'in_council',
  'approved',
  'rejected',
  'withdrawn',
  'forwarded',
  'decided',
  'awarded',
  'revoked',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

export const NOMINATION_EVENTS = [
  'SUBMIT',
  'RETURN',
  'RESUBMIT',
  'VERIFY',
  'REJECT',
  'APPROVE',
  'SCHEDULE',
  'UNSCHEDULE',
  'COUNCIL_APPROVE',
  'COUNCIL_REJECT',
  'FORWARD',
  'DECIDE',
  'AWARD',
  'REVOKE',
  'WITHDRAW',
] as const;
export type NominationEventType = (typeof NOMINATION_EVENTS)[number];

/**
 * A nomination (đề nghị khen thưởng) from draft to award. Submitters act for the proposing unit, the board for the
 * deciding unit; `system` events come from council sessions and decisions, never from a client directly.
 */
export const nominationMachine = setup({
  types: {
    context: {} as NominationContext,
    input: {} as NominationContext,
    events: {} as { type: NominationEventType },
  },
  guards: {
    submitter: ({ context }) => actsAs(context.actor, 'submitter', 'proposing'),
    board: ({ context }) => actsAs(context.actor, 'board', 'deciding'),
    system: ({ context }) => actsAs(context.actor, 'system'),
    requiresCouncil: ({ context }) => context.requiresCouncil,
    beyondProvince: ({ context }) => context.beyondProvince,
  },
}).createMachine({
  id: 'nomination',
  // Snapshots are rebuilt from the row with resolveState; the context always comes from the row and the caller.
  context: ({ input }) => input,
  initial: 'draft',
  states: {
    draft: {
      description: 'Nháp: đơn vị đề nghị chuẩn bị hồ sơ',
      on: {
        SUBMIT: { target: 'submitted', guard: 'submitter' },
        WITHDRAW: { target: 'withdrawn', guard: 'submitter' },
      },
    },
    submitted: {
      description: 'Đã trình: chờ Phòng Thi đua - Khen thưởng thẩm định',
      on: {
        RETURN: { target: 'returned', guard: 'board' },
        VERIFY: { target: 'verified', guard: 'board' },
        REJECT: { target: 'rejected', guard: 'board' },
        WITHDRAW: { target: 'withdrawn', guard: 'submitter' },
      },
    },
    returned: {
      description: 'Trả lại: đơn vị đề nghị bổ sung, hoàn thiện hồ sơ',
      on: {
        RESUBMIT: { target: 'submitted', guard: 'submitter' },
        WITHDRAW: { target: 'withdrawn', guard: 'submitter' },
      },
    },
    verified: {
      description: 'Đã thẩm định: đủ điều kiện, chờ Hội đồng hoặc phê duyệt',
      on: {
        SCHEDULE: { target: 'in_council', guard: and(['system', 'requiresCouncil']) },
        APPROVE: { target: 'approved', guard: and(['board', not('requiresCouncil')]) },
        RETURN: { target: 'returned', guard: 'board' },
        REJECT: { target: 'rejected', guard: 'board' },
      },
    },
    in_council: {
      description: 'Đưa ra Hội đồng Thi đua - Khen thưởng bỏ phiếu kín',
      on: {
        COUNCIL_APPROVE: { target: 'approved', guard: 'system' },
        COUNCIL_REJECT: { target: 'rejected', guard: 'system' },
        // The session was cancelled before it opened: back to the board, to be scheduled again.
        UNSCHEDULE: { target: 'verified', guard: 'system' },
      },
    },
    approved: {
      description: 'Được chấp thuận: chờ quyết định khen thưởng (hoặc trình cấp trên)',
      on: {
        DECIDE: { target: 'decided', guard: and(['system', not('beyondProvince')]) },
        FORWARD: { target: 'forwarded', guard: and(['board', 'beyondProvince']) },
      },
    },
    forwarded: {
      description: 'Đã trình cấp trên (Thủ tướng, Chủ tịch nước) quyết định',
      on: {
        DECIDE: { target: 'decided', guard: 'system' },
      },
    },
    decided: {
      description: 'Đã có quyết định khen thưởng, vào sổ',
      on: {
        AWARD: { target: 'awarded', guard: 'board' },
        REVOKE: { target: 'revoked', guard: 'board' },
      },
    },
    awarded: {
      description: 'Đã trao tặng',
      on: {
        REVOKE: { target: 'revoked', guard: 'board' },
      },
    },
    rejected: { type: 'final', description: 'Không được chấp thuận' },
    withdrawn: { type: 'final', description: 'Đơn vị đề nghị rút hồ sơ' },
    revoked: {
      type: 'final',
      description: 'Quyết định bị hủy bỏ, thu hồi hiện vật và tiền thưởng (Luật TĐKT Điều 93)',
    },
  },
});

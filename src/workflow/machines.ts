import type { AnyStateMachine } from 'xstate';
import { councilSessionMachine } from '../council/council-session.machine.js';
import { nominationMachine } from '../nominations/nomination.machine.js';

/** Every workflow machine, by the name the API and the docs use. */
export const WORKFLOW_MACHINES: readonly { name: string; title: string; machine: AnyStateMachine }[] = [
  { name: 'nomination', title: 'Đề nghị khen thưởng (nomination)', machine: nominationMachine },
  {
    name: 'council_session',
    title: 'Phiên họp Hội đồng Thi đua - Khen thưởng (council session)',
    machine: councilSessionMachine,
  },
];

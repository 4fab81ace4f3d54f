import type { AnyStateMachine } from 'xstate';
import { councilSessionMachine } from '../council/council-session.machine.js';
import { movementMachine } from '../movements/movement.machine.js';
import { targetMachine } from '../movements/target.machine.js';
import { nominationMachine } from '../nominations/nomination.machine.js';

/** Every workflow machine, by the name the API and the docs use. */
export const WORKFLOW_MACHINES: readonly { name: string; title: string; machine: AnyStateMachine }[] = [
  { name: 'nomination', title: 'Đề nghị khen thưởng (nomination)', machine: nominationMachine },
  { name: 'movement', title: 'Phong trào thi đua (movement)', machine: movementMachine },
  { name: 'target', title: 'Chỉ tiêu (target)', machine: targetMachine },
  {
    name: 'council_session',
    title: 'Phiên họp Hội đồng Thi đua - Khen thưởng (council session)',
    machine: councilSessionMachine,
  },
];

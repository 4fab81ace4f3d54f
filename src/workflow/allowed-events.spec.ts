import { describe, expect, it } from '@jest/globals';
import { nominationMachine, NOMINATION_STATES } from '../nominations/nomination.machine.js';
import { eventsAcceptedIn } from './machine-introspection.js';
import { transition } from 'xstate';
import { allowedEventsOf, nextStateOf } from './workflow.service.js';

describe('allowed events', () => {
  const contexts = ['submitter', 'board', 'system'].flatMap((role) =>
    [true, false].flatMap((proposing) =>
      [true, false].map((deciding) => ({
        requiresCouncil: deciding,
        beyondProvince: false,
        actor: { roles: [role], scopes: { proposing, deciding } },
      })),
    ),
  );

  it('answers from the machine’s guards for every state and actor, the same when asked again', () => {
    for (const state of NOMINATION_STATES) {
      for (const context of contexts) {
        const snapshot = nominationMachine.resolveState({ value: state, context });
        const direct = eventsAcceptedIn(nominationMachine, state).filter((type) =>
          snapshot.can({ type } as Parameters<typeof snapshot.can>[0]),
        );
        expect(allowedEventsOf(nominationMachine, state, context)).toEqual(direct);
        expect(allowedEventsOf(nominationMachine, state, context)).toEqual(direct);
      }
    }
  });

  it('leads each allowed event to the state XState’s transition gives, the same when asked again', () => {
    let checked = 0;
    for (const state of NOMINATION_STATES) {
      for (const context of contexts) {
        const snapshot = nominationMachine.resolveState({ value: state, context });
        for (const type of allowedEventsOf(nominationMachine, state, context)) {
          const [next] = transition(nominationMachine, snapshot, { type } as Parameters<typeof snapshot.can>[0]);
          expect(nextStateOf(nominationMachine, state, context, type)).toBe(String(next.value));
          expect(nextStateOf(nominationMachine, state, context, type)).toBe(String(next.value));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(NOMINATION_STATES.length);
  });

  it('hands each caller its own list', () => {
    const context = contexts[0];
    const first = allowedEventsOf(nominationMachine, 'draft', context);
    first.push('TAMPERED');
    expect(allowedEventsOf(nominationMachine, 'draft', context)).not.toContain('TAMPERED');
  });
});

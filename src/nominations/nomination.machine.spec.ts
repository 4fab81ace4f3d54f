import { describe, expect, it } from '@jest/globals';
import { getShortestPaths } from 'xstate/graph';
import { ANYONE, type ActorFacts } from '../workflow/actor.js';
import { describeMachine, eventsAcceptedIn } from '../workflow/machine-introspection.js';
import { allowedEventsOf } from '../workflow/workflow.service.js';
import {
  NOMINATION_EVENTS,
  NOMINATION_STATES,
  nominationMachine,
  type NominationContext,
} from './nomination.machine.js';

const FACT_COMBINATIONS = [
  { requiresCouncil: false, beyondProvince: false },
  { requiresCouncil: true, beyondProvince: false },
  { requiresCouncil: true, beyondProvince: true },
];

function context(actor: ActorFacts, facts = FACT_COMBINATIONS[0]): NominationContext {
  return { actor, ...facts };
}

/** The contract of api.md: which events each state accepts from someone. */
const ACCEPTED: Record<string, string[]> = {
  draft: ['SUBMIT', 'WITHDRAW'],
  submitted: ['RETURN', 'VERIFY', 'REJECT', 'WITHDRAW'],
  returned: ['RESUBMIT', 'WITHDRAW'],
  verified: ['SCHEDULE', 'APPROVE', 'RETURN', 'REJECT'],
  in_council: ['COUNCIL_APPROVE', 'COUNCIL_REJECT', 'UNSCHEDULE'],
  approved: ['DECIDE', 'FORWARD'],
  forwarded: ['DECIDE'],
  decided: ['AWARD', 'REVOKE'],
  awarded: ['REVOKE'],
  rejected: [],
  withdrawn: [],
  revoked: [],
};

describe('nomination machine', () => {
  it('reaches every state along some path of events (xstate/graph)', () => {
    const reached = new Set<string>();
    for (const facts of FACT_COMBINATIONS) {
      const paths = getShortestPaths(nominationMachine, {
        input: context(ANYONE, facts),
        events: NOMINATION_EVENTS.map((type) => ({ type })),
      });
      for (const path of paths) reached.add(String(path.state.value));
    }
    expect([...reached].sort()).toEqual([...NOMINATION_STATES].sort());
  });

  it('makes rejected, withdrawn and revoked final, and lets awarded accept only REVOKE', () => {
    const finals = describeMachine(nominationMachine)
      .states.filter((state) => state.final)
      .map((state) => state.name);
    expect(finals.sort()).toEqual(['rejected', 'revoked', 'withdrawn']);
    expect(eventsAcceptedIn(nominationMachine, 'awarded')).toEqual(['REVOKE']);
  });

  it('accepts in each state exactly the events of the contract, and refuses every other event', () => {
    for (const state of NOMINATION_STATES) {
      expect([state, eventsAcceptedIn(nominationMachine, state).sort()]).toEqual([state, [...ACCEPTED[state]].sort()]);
      for (const facts of FACT_COMBINATIONS) {
        const snapshot = nominationMachine.resolveState({ value: state, context: context(ANYONE, facts) });
        for (const type of NOMINATION_EVENTS) {
          if (!ACCEPTED[state].includes(type))
            expect([state, type, snapshot.can({ type })]).toEqual([state, type, false]);
        }
      }
    }
  });

  it('gives each event to its role: submitters for the proposing unit, the board for the deciding unit, the system for councils and decisions', () => {
    const submitter: ActorFacts = { roles: ['submitter'], scopes: { proposing: true, deciding: false } };
    const board: ActorFacts = { roles: ['board'], scopes: { proposing: true, deciding: true } };
    const boardOfAnotherUnit: ActorFacts = { roles: ['board'], scopes: { proposing: false, deciding: false } };
    const system: ActorFacts = { roles: ['system'], scopes: {} };
    expect(allowedEventsOf(nominationMachine, 'draft', context(submitter))).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(allowedEventsOf(nominationMachine, 'draft', context(board))).toEqual([]);
    expect(allowedEventsOf(nominationMachine, 'submitted', context(board))).toEqual(['RETURN', 'VERIFY', 'REJECT']);
    expect(allowedEventsOf(nominationMachine, 'submitted', context(boardOfAnotherUnit))).toEqual([]);
    expect(allowedEventsOf(nominationMachine, 'verified', context(board))).toEqual(['APPROVE', 'RETURN', 'REJECT']);
    expect(allowedEventsOf(nominationMachine, 'verified', context(board, FACT_COMBINATIONS[1]))).toEqual([
      'RETURN',
      'REJECT',
    ]);
    expect(allowedEventsOf(nominationMachine, 'verified', context(system, FACT_COMBINATIONS[1]))).toEqual(['SCHEDULE']);
    expect(allowedEventsOf(nominationMachine, 'in_council', context(system))).toEqual([
      'COUNCIL_APPROVE',
      'COUNCIL_REJECT',
      'UNSCHEDULE',
    ]);
    expect(allowedEventsOf(nominationMachine, 'in_council', context(board))).toEqual([]);
    expect(allowedEventsOf(nominationMachine, 'approved', context(system))).toEqual(['DECIDE']);
    expect(allowedEventsOf(nominationMachine, 'approved', context(system, FACT_COMBINATIONS[2]))).toEqual([]);
    expect(allowedEventsOf(nominationMachine, 'approved', context(board, FACT_COMBINATIONS[2]))).toEqual(['FORWARD']);
    expect(allowedEventsOf(nominationMachine, 'forwarded', context(system, FACT_COMBINATIONS[2]))).toEqual(['DECIDE']);
    expect(allowedEventsOf(nominationMachine, 'decided', context(board))).toEqual(['AWARD', 'REVOKE']);
  });
});

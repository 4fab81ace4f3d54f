import { describe, expect, it } from '@jest/globals';
import { getShortestPaths } from 'xstate/graph';
import { ANYONE } from '../workflow/actor.js';
import { allowedEventsOf } from '../workflow/workflow.service.js';
import { MOVEMENT_EVENTS, MOVEMENT_STATES, movementMachine } from './movement.machine.js';
import { TARGET_EVENTS, TARGET_STATES, targetMachine } from './target.machine.js';

const board = { roles: ['board'], scopes: { launching: true } };

describe('movement machine', () => {
  it('reaches draft → launched → concluded → archived, and cancelled from draft only', () => {
    const paths = getShortestPaths(movementMachine, {
      input: { actor: ANYONE },
      events: MOVEMENT_EVENTS.map((type) => ({ type })),
    });
    expect(paths.map((path) => String(path.state.value)).sort()).toEqual([...MOVEMENT_STATES].sort());
    expect(allowedEventsOf(movementMachine, 'draft', { actor: board })).toEqual(['LAUNCH', 'CANCEL']);
    expect(allowedEventsOf(movementMachine, 'launched', { actor: board })).toEqual(['CONCLUDE']);
    expect(
      allowedEventsOf(movementMachine, 'launched', { actor: { roles: ['board'], scopes: { launching: false } } }),
    ).toEqual([]);
  });
});

describe('target machine', () => {
  it('reaches every state, and EVALUATE decides achieved or missed from the latest report', () => {
    const reached = new Set<string>();
    for (const latestAchieved of [true, false]) {
      const paths = getShortestPaths(targetMachine, {
        input: { actor: ANYONE, latestAchieved },
        events: TARGET_EVENTS.map((type) => ({ type })),
      });
      for (const path of paths) reached.add(String(path.state.value));
    }
    expect([...reached].sort()).toEqual([...TARGET_STATES].sort());
    const evaluate = (latestAchieved: boolean | null) =>
      targetMachine
        .resolveState({ value: 'in_progress', context: { actor: board, latestAchieved } })
        .can({ type: 'EVALUATE' });
    expect(evaluate(null)).toBe(false);
    expect(evaluate(false)).toBe(true);
  });

  it('starts a target only through the system’s REPORT, never a client', () => {
    expect(allowedEventsOf(targetMachine, 'assigned', { actor: board, latestAchieved: null })).toEqual([]);
    expect(
      allowedEventsOf(targetMachine, 'assigned', { actor: { roles: ['system'], scopes: {} }, latestAchieved: null }),
    ).toEqual(['REPORT']);
  });
});

import { describe, expect, it } from '@jest/globals';
import { getShortestPaths } from 'xstate/graph';
import { ANYONE } from '../workflow/actor.js';
import { eventsAcceptedIn } from '../workflow/machine-introspection.js';
import { allowedEventsOf } from '../workflow/workflow.service.js';
import { COUNCIL_SESSION_EVENTS, COUNCIL_SESSION_STATES, councilSessionMachine } from './council-session.machine.js';

describe('council session machine', () => {
  it('reaches every state, planned → open → closed → minutes_signed, the last one final', () => {
    const paths = getShortestPaths(councilSessionMachine, {
      input: { actor: ANYONE },
      events: COUNCIL_SESSION_EVENTS.map((type) => ({ type })),
    });
    expect(paths.map((path) => String(path.state.value)).sort()).toEqual([...COUNCIL_SESSION_STATES].sort());
    expect(eventsAcceptedIn(councilSessionMachine, 'minutes_signed')).toEqual([]);
  });

  it('lets only the chair or secretary move it, one step at a time', () => {
    const officer = { actor: { roles: ['session_officer'], scopes: {} } };
    const member = { actor: { roles: [], scopes: {} } };
    expect(allowedEventsOf(councilSessionMachine, 'planned', officer)).toEqual(['OPEN']);
    expect(allowedEventsOf(councilSessionMachine, 'open', officer)).toEqual(['CLOSE']);
    expect(allowedEventsOf(councilSessionMachine, 'closed', officer)).toEqual(['SIGN_MINUTES']);
    expect(allowedEventsOf(councilSessionMachine, 'planned', member)).toEqual([]);
  });
});

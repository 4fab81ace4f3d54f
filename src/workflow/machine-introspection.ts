import type { AnyStateMachine } from 'xstate';

export interface MachineTransition {
  from: string;
  event: string;
  to: string;
  guard?: string;
  description?: string;
}

export interface MachineDescription {
  states: { name: string; description?: string; final: boolean }[];
  events: string[];
  initial: string;
  transitions: MachineTransition[];
}

function guardName(guard: unknown): string | undefined {
  if (!guard) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String((guard as { type: unknown }).type);
  if (typeof guard === 'function') {
    // and()/or()/not() return a function named after the combinator, carrying the guards it combines.
    const combinator = guard as { name: string; guards?: unknown[] };
    const parts = (combinator.guards ?? []).map(guardName);
    if (combinator.name === 'not') return `!${parts[0]}`;
    if (combinator.name === 'and') return parts.join(' & ');
    if (combinator.name === 'or') return parts.join(' | ');
  }
  return undefined;
}

/** Reads a flat machine's states, events and transitions from its definition (no private XState fields). */
export function describeMachine(machine: AnyStateMachine): MachineDescription {
  const root = machine.root;
  const states = Object.values(root.states).map((node) => ({
    name: node.key,
    description: node.description,
    final: node.type === 'final',
  }));
  const transitions: MachineTransition[] = [];
  for (const node of Object.values(root.states)) {
    for (const [event, definitions] of Object.entries(node.on)) {
      for (const definition of definitions) {
        for (const target of definition.target ?? []) {
          transitions.push({
            from: node.key,
            event,
            to: target.key,
            guard: guardName(definition.guard),
            description: definition.description,
          });
        }
      }
    }
  }
  const events = [...new Set(transitions.map((t) => t.event))];
  const initial = root.initial.target[0]?.key ?? states[0].name;
  return { states, events, initial, transitions };
}

/** The events a state accepts from someone (guards aside). */
export function eventsAcceptedIn(machine: AnyStateMachine, state: string): string[] {
  const node = machine.root.states[state];
  return node ? Object.keys(node.on) : [];
}

/** A Mermaid `stateDiagram-v2` of the machine: initial and final states, every transition with its event and guard. */
export function mermaidDiagram(machine: AnyStateMachine): string {
  const description = describeMachine(machine);
  const lines = ['stateDiagram-v2', `  [*] --> ${description.initial}`];
  for (const t of description.transitions) {
    lines.push(`  ${t.from} --> ${t.to}: ${t.event}${t.guard ? ` [${t.guard}]` : ''}`);
  }
  for (const state of description.states.filter((s) => s.final)) lines.push(`  ${state.name} --> [*]`);
  return lines.join('\n');
}

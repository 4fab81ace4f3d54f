/**
 * Who sends an event, as the machines' guards see it: the caller's roles and, per named scope of the resource
 * (e.g. `proposing`, `deciding`), whether the resource's unit lies in the caller's scope. `system` is the app itself
 * acting for a council session or a decision.
 */
export interface ActorFacts {
  roles: readonly string[];
  scopes: Readonly<Record<string, boolean>>;
  /** Only for working out whether anyone at all could send an event (403 versus 409). */
  anyone?: true;
}

export const ANYONE: ActorFacts = { roles: [], scopes: {}, anyone: true };

export function actsAs(actor: ActorFacts, role: string, scope?: string): boolean {
  if (actor.anyone) return true;
  return actor.roles.includes(role) && (scope === undefined || actor.scopes[scope] === true);
}

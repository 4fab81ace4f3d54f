import type { Role } from '../access/roles.js';

/**
 * Who may open each part of the web interface. The routes' `@Roles(...)` and the menu and links of the pages read this
 * one table, so a link is shown exactly to those whom its page lets in.
 */
export const PAGE_ROLES = {
  newNomination: ['submitter'],
  /** Only in the menu: the list itself opens to anyone signed in, and shows the sessions the caller may see. */
  councilSessions: ['council_member', 'council_chair', 'board'],
  planSession: ['board'],
  decisions: ['board'],
  reports: ['board', 'admin'],
  administration: ['admin'],
  people: ['admin', 'board'],
  editPeople: ['submitter', 'board', 'admin'],
  audit: ['admin', 'board'],
  /** A unit's inspections and its head's disciplines: the board records them, an administrator reads them. */
  unitRestrictions: ['board', 'admin'],
  /** Ratings and initiatives; the people service decides per kind of record (awards and disciplines: the board). */
  rateAndCorrect: ['submitter', 'board'],
} as const satisfies Record<string, readonly Role[]>;

export type PagePermissions = Record<keyof typeof PAGE_ROLES, boolean>;

/** What the caller's menu and links may offer. */
export function pagePermissions(roles: readonly string[]): PagePermissions {
  return Object.fromEntries(
    Object.entries(PAGE_ROLES).map(([page, allowed]) => [page, allowed.some((role) => roles.includes(role))]),
  ) as PagePermissions;
}

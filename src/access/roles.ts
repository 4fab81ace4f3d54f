/** The roles a user may hold; a route names the roles it admits, and the scope of each is the user's unit subtree. */
export const ROLES = ['admin', 'submitter', 'board', 'council_member', 'council_chair'] as const;
export type Role = (typeof ROLES)[number];

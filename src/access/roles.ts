/** The roles a user may hold; a route names the roles it admits, and the scope of each is the user's unit subtree. */
export const ROLES = ['admin', 'submitter', 'board', 'council_member', 'council_chair'] as const;
export type Role = (typeof ROLES)[number];

/** Each role's name, as clerks read it in messages and on pages. */
export const ROLE_LABELS: Readonly<Record<Role, readonly [vi: string, en: string]>> = {
  admin: ['Quản trị', 'Administrator'],
  submitter: ['Đơn vị trình hồ sơ', 'Submitting unit'],
  board: ['Ban Thi đua - Khen thưởng', 'Emulation board'],
  council_member: ['Thành viên Hội đồng', 'Council member'],
  council_chair: ['Chủ tịch Hội đồng', 'Council chair'],
};

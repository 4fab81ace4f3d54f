import type { UnitKind } from '../units/unit-kinds.js';

export const DURATION_BUCKETS = ['under_1_year', '1_year', '1_to_3_years', '3_to_5_years', '5_years_or_more'] as const;
/** Duration classes of form 0601.N (Circular 02/2023/TT-BNV): < 1 y, 1 y, 1–3 y, 3–5 y, ≥ 5 y. */
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

function months(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  // Inclusive of the last day: 2024-01-01 to 2024-12-31 is 12 months.
  return (ey - sy) * 12 + (em - sm) + (ed + 1 - sd) / 31;
}

export function durationBucket(startDate: string, endDate: string): DurationBucket {
  const length = months(startDate, endDate);
  if (length < 11.5) return 'under_1_year';
  if (length <= 12.5) return '1_year';
  if (length < 36) return '1_to_3_years';
  if (length < 60) return '3_to_5_years';
  return '5_years_or_more';
}

/** The launching level of form 0601.N, from the kind of the launching unit. */
export function launchingLevel(kind: UnitKind): 'province' | 'department' | 'district' | 'commune' | 'other' {
  if (kind === 'province' || kind === 'department' || kind === 'district' || kind === 'commune') return kind;
  return kind === 'agency' ? 'department' : 'other';
}

export const MOVEMENT_PHASES = ['not_started', 'running', 'awaiting_evaluation', 'closed'] as const;
/** Where a movement stands on `today`, beyond its workflow state: a launched movement past its end awaits evaluation. */
export type MovementPhase = (typeof MOVEMENT_PHASES)[number];

export function movementPhase(
  movement: { state: string; startDate: string; endDate: string },
  today: string,
): MovementPhase {
  if (movement.state !== 'launched') return movement.state === 'draft' ? 'not_started' : 'closed';
  if (today < movement.startDate) return 'not_started';
  return today > movement.endDate ? 'awaiting_evaluation' : 'running';
}

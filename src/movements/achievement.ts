export const DIRECTIONS = ['at_least', 'at_most', 'about'] as const;
/** How a target is met: at least the value (growth), at most (poverty rate), or about it within a tolerance (a share). */
export type Direction = (typeof DIRECTIONS)[number];

export interface Achievement {
  /** value ÷ target (at_least), target ÷ value (at_most), closeness 1 − |value − target| ÷ |target| (about); null when undefined. */
  rate: number | null;
  /** null while no value has been reported. */
  achieved: boolean | null;
}

function round(rate: number): number {
  return Math.round(rate * 10000) / 10000;
}

/**
 * A target's achievement rate and whether it is met. Zero, negative and missing values never divide by zero: where a ratio
 * has no meaning (a target of 0 or below for at_least, a value of 0 or below for at_most) the rate is null and the
 * comparison alone decides.
 */
export function achievement(
  direction: Direction,
  target: number,
  value: number | null | undefined,
  tolerance?: number | null,
): Achievement {
  if (value === null || value === undefined || !Number.isFinite(value)) return { rate: null, achieved: null };
  switch (direction) {
    case 'at_least':
      return { rate: target > 0 ? round(value / target) : null, achieved: value >= target };
    case 'at_most':
      return { rate: value > 0 && target >= 0 ? round(target / value) : null, achieved: value <= target };
    case 'about': {
      const allowed = Math.abs(tolerance ?? 0);
      const gap = Math.abs(value - target);
      return {
        rate: target !== 0 ? round(Math.max(0, 1 - gap / Math.abs(target))) : null,
        achieved: gap <= allowed + 1e-9,
      };
    }
  }
}

/**
 * Whether a target was exceeded, not merely met (the Cờ thi đua's standard): above the target (at_least), below it
 * (at_most); a target "about" a value has nothing to exceed, so meeting it counts.
 */
export function exceeded(
  direction: Direction,
  target: number,
  value: number | null | undefined,
  tolerance?: number | null,
): boolean {
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  if (direction === 'at_least') return value > target;
  if (direction === 'at_most') return value < target;
  return achievement(direction, target, value, tolerance).achieved === true;
}

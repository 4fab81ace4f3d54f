const DAY_MS = 24 * 3600 * 1000;

/** 1900-01-01, a Monday: weeks are counted from it. */
const MONDAY = Date.parse('1900-01-01T00:00:00Z');

/** Weekdays from 1900-01-01 up to and including the day (YYYY-MM-DD, from 1900 on). */
function weekdaysUpTo(day: string): number {
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - MONDAY) / DAY_MS) + 1;
  return 5 * Math.floor(days / 7) + Math.min(days % 7, 5);
}

function isWeekday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Working days after `from` up to and including `to` (both YYYY-MM-DD): weekends and holidays excluded. A dossier received on
 * a Friday and appraised the next Monday took 1 working day. Counted by arithmetic, not day by day, as the database's
 * appraisal rounds count them (migration `RunningTallies`): a queue of dossiers waiting since years ago costs nothing.
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  if (to <= from) return 0;
  let count = weekdaysUpTo(to) - weekdaysUpTo(from);
  for (const holiday of holidays) if (holiday > from && holiday <= to && isWeekday(holiday)) count--;
  return count;
}

/** The day `count` working days after `from` (YYYY-MM-DD): a limit of 5 working days from a Friday ends on Friday next. */
export function addWorkingDays(from: string, count: number, holidays: ReadonlySet<string>): string {
  let day = Date.parse(`${from}T00:00:00Z`);
  for (let added = 0; added < count;) {
    day += DAY_MS;
    const date = new Date(day);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) added++;
  }
  return new Date(day).toISOString().slice(0, 10);
}

/** The median of values given with how many times each occurs; none of nothing. */
export function medianOfCounts(counts: readonly { value: number; count: number }[]): number | null {
  const sorted = counts.filter(({ count }) => count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return null;
  // The value at 0-based position `index` of the values written out in order.
  const at = (index: number) => {
    let seen = 0;
    for (const { value, count } of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    return sorted[sorted.length - 1].value;
  };
  const middle = Math.floor(total / 2);
  return total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

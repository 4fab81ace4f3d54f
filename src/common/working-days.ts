const DAY_MS = 24 * 3600 * 1000;

/**
 * Working days after `from` up to and including `to` (both YYYY-MM-DD): weekends and holidays excluded. A dossier received on
 * a Friday and appraised the next Monday took 1 working day. `stopAfter` ends the count once it is exceeded, for callers
 * that only ask whether a limit was passed (a dossier waiting since years ago).
 */
export function workingDaysBetween(
  from: string,
  to: string,
  holidays: ReadonlySet<string>,
  stopAfter = Number.POSITIVE_INFINITY,
): number {
  let count = 0;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`) + DAY_MS; day <= end && count <= stopAfter; day += DAY_MS) {
    const date = new Date(day);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) count++;
  }
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

/**
 * Vietnam's public holidays (Labour Code Art 112) for the years the system is used now: New Year, Tết (lunar, so listed
 * by date), Hùng Kings' day, 30/4 – 1/5 and National Day, with the government's announced extra days off. Provinces add
 * or replace dates with HOLIDAYS.
 */
export const DEFAULT_HOLIDAYS: readonly string[] = [
  '2024-01-01',
  '2024-02-08',
  '2024-02-09',
  '2024-02-12',
  '2024-02-13',
  '2024-02-14',
  '2024-04-18',
  '2024-04-29',
  '2024-04-30',
  '2024-05-01',
  '2024-09-02',
  '2024-09-03',
  '2025-01-01',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-04-07',
  '2025-04-30',
  '2025-05-01',
  '2025-05-02',
  '2025-09-01',
  '2025-09-02',
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-09-02',
];

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

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

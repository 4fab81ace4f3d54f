/** Timestamps are stored as ISO 8601 UTC strings: identical on SQLite and PostgreSQL, and sortable as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Vietnam keeps UTC+7 all year (no daylight saving time), so its date is plain arithmetic (Intl with a time zone is slow). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Today's date (YYYY-MM-DD) in Vietnam, where submission dates and deadlines are reckoned. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2026-12-07" → "07/12/2026", as Vietnamese documents and messages write a day. */
export function vietnameseDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

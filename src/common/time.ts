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

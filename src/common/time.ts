/** Timestamps are stored as ISO 8601 UTC strings: identical on SQLite and PostgreSQL, and sortable as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date (YYYY-MM-DD) in Vietnam, where submission dates and deadlines are reckoned. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Timestamps are stored as ISO 8601 UTC strings: identical on SQLite and PostgreSQL, and sortable as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

import type { DataSource } from 'typeorm';

/** The driver's placeholder for the n-th parameter of hand-written SQL: `$1` on PostgreSQL, `?` on SQLite. */
export function placeholder(dataSource: DataSource, index: number): string {
  return dataSource.options.type === 'postgres' ? `$${index}` : '?';
}

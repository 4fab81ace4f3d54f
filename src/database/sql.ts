import type { DataSource, EntityManager } from 'typeorm';

/** The driver's placeholder for the n-th parameter of hand-written SQL: `$1` on PostgreSQL, `?` on SQLite. */
export function placeholder(dataSource: DataSource, index: number): string {
  return dataSource.options.type === 'postgres' ? `$${index}` : '?';
}

/**
 * Inserts many rows with multi-row INSERT statements, in chunks that stay under SQLite's parameter limit. Through the
 * given manager, so inside its transaction. For bulk loads (imports, the scale seed), where building an entity per row
 * would cost more memory than the rows themselves.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const postgres = manager.connection.options.type === 'postgres';
  const chunk = Math.floor(30_000 / columns.length);
  const names = columns.map((column) => `"${column}"`).join(', ');
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    let n = 0;
    const values = slice.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`).join(', ');
    await manager.query(`INSERT INTO "${table}" (${names}) VALUES ${values}`, slice.flat());
  }
}

import type BetterSqlite3 from 'better-sqlite3';
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

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * Rows of a hand-written read on the hottest paths (the caller on every request, the nomination on every read and
 * transition). On SQLite it runs a prepared statement on the driver's one connection directly (so inside any open
 * transaction), skipping TypeORM's per-query runner, logger and event broadcast, which cost more than the query itself;
 * on PostgreSQL it is an ordinary `query`.
 */
export async function readRows<Row>(
  manager: EntityManager | DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const connection = 'connection' in manager ? manager.connection : manager;
  const database = (connection.driver as { databaseConnection?: BetterSqlite3.Database }).databaseConnection;
  if (connection.options.type !== 'better-sqlite3' || !database) return manager.query(sql, parameters);
  let cache = statements.get(database);
  if (!cache) statements.set(database, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = database.prepare(sql)));
  return statement.all(...parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value))) as Row[];
}

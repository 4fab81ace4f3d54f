import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
 * On SQLite, a prepared statement on the driver's one connection (so inside any open transaction), cached per SQL text;
 * undefined on PostgreSQL. It skips TypeORM's per-query runner, logger and event broadcast, which cost more than the
 * statement itself on the hottest paths.
 */
function preparedStatement(connection: DataSource, sql: string): BetterSqlite3.Statement | undefined {
  const database = (connection.driver as { databaseConnection?: BetterSqlite3.Database }).databaseConnection;
  if (connection.options.type !== 'better-sqlite3' || !database) return undefined;
  let cache = statements.get(database);
  if (!cache) statements.set(database, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = database.prepare(sql)));
  return statement;
}

/** better-sqlite3 binds no booleans. */
function sqliteParameters(parameters: unknown[]): unknown[] {
  return parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value));
}

/**
 * Rows of a hand-written read on the hottest paths (the caller on every request, the nomination on every read and
 * transition): a prepared statement on SQLite, an ordinary `query` on PostgreSQL.
 */
export async function readRows<Row>(
  manager: EntityManager | DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const statement = preparedStatement('connection' in manager ? manager.connection : manager, sql);
  if (!statement) return manager.query(sql, parameters);
  return statement.all(...sqliteParameters(parameters)) as Row[];
}

/**
 * A hand-written write (UPDATE, INSERT) on the hottest path, the workflow transition, through `manager`'s transaction;
 * answers how many rows it changed.
 */
export async function writeRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const statement = preparedStatement(manager.connection, sql);
  if (statement) return statement.run(...sqliteParameters(parameters)).changes;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return (await runner.query(sql, parameters, true)).affected ?? 0;
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/**
 * The database names and stored values of an entity's properties, as TypeORM would write them (JSON columns
 * serialised, booleans and dates converted), for a hand-written INSERT or UPDATE.
 */
export function persistentColumns(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  values: Record<string, unknown>,
): { table: string; columns: string[]; parameters: unknown[] } {
  const metadata = manager.connection.getMetadata(entity);
  const columns: string[] = [];
  const parameters: unknown[] = [];
  for (const [property, value] of Object.entries(values)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column "${property}"`);
    columns.push(column.databaseName);
    parameters.push(manager.connection.driver.preparePersistentValue(value, column));
  }
  return { table: metadata.tableName, columns, parameters };
}

/**
 * A WHERE clause from conditions written with `?` for their values (a list for a condition like `(n.id = ? OR n.id = ?)`),
 * numbered as the driver wants them from `first` on; "TRUE" when there are none.
 */
export function whereClause(
  dataSource: DataSource,
  conditions: readonly [sql: string, value: unknown][],
  first = 1,
): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = conditions
    .map(([sql, value]) => {
      const list = Array.isArray(value) ? value : [value];
      let next = 0;
      return sql.replace(/\?/g, () => {
        values.push(list[next++]);
        return placeholder(dataSource, first - 1 + values.length);
      });
    })
    .join(' AND ');
  return { where: where || '1 = 1', values };
}

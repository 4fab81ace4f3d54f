import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations/index.js';

/**
 * SQLite: WAL for concurrent readers, foreign keys on, a busy timeout for other processes (backups), and
 * synchronous=FULL so that a committed award survives a power cut. LIKE is case-sensitive, so that a scope's
 * `path LIKE '/1/5/%'` is a range on the units' path index rather than a scan of every nomination (a department's home
 * page went from 1.5 s to milliseconds at national scale); every LIKE reads paths or lower-case folded names, so no
 * result changes.
 */
function prepareSqlite(db: { pragma(source: string): unknown }): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  db.pragma('case_sensitive_like = ON');
}

/** The one DataSource configuration, shared by the app and the TypeORM CLI. Schema changes only through migrations. */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsTableName: 'migrations',
    logging: ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[],
  };
  if (config.database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      migrations: POSTGRES_MIGRATIONS,
      extra: { max: 10, connectionTimeoutMillis: 5000 },
    };
  }
  const path = config.database.path;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    enableWAL: path !== ':memory:',
    timeout: 5000,
    prepareDatabase: prepareSqlite,
    migrations: SQLITE_MIGRATIONS,
  };
}

// npm run seed:scale: fills an empty database (SQLITE_PATH, or DATABASE_URL for PostgreSQL) with the national dataset.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';
import { dataSourceOptions } from '../../schema/data-source-options.js';
import { Transactions } from '../../database/transactions.js';
import { DEFAULT_SCALE, seedScale } from './scale-seed.js';

const config = loadConfig();
const nominations = Number(process.env.SCALE_NOMINATIONS ?? DEFAULT_SCALE.nominations);
if (!Number.isInteger(nominations) || nominations < 1) {
  console.error('SCALE_NOMINATIONS must be a positive whole number');
  process.exit(1);
}
const dataSource = new DataSource({ ...dataSourceOptions(config), logging: ['error'] });
const started = Date.now();
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const result = await seedScale(dataSource, new Transactions(dataSource), { ...DEFAULT_SCALE, nominations }, (line) =>
    console.log(line),
  );
  console.log(
    `Seeded ${config.database.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(result)}.\n` +
      `Sign in as "national" (every unit) or "board01"…"board${String(DEFAULT_SCALE.provinces).padStart(2, '0')}" ` +
      `(one province's board each), or "dept01"… (a submitter of each province's first department), ` +
      `password ${DEFAULT_SCALE.password}.`,
  );
} catch (error) {
  console.error('seed:scale failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
}

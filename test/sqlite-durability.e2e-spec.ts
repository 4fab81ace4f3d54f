import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { e2eDatabase, startApp, type TestApp } from './helpers/test-app.js';

/** A committed award must survive a power cut: the SQLite file runs in WAL mode with synchronous=FULL and foreign keys on. */
describe('database settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(
      e2eDatabase() === 'sqlite' ? { SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'db-')), 'app.sqlite') } : {},
    );
  });
  afterAll(() => t.close());

  it('runs SQLite durably, or PostgreSQL with every migration applied', async () => {
    const dataSource = t.app.get(DataSource);
    if (e2eDatabase() === 'sqlite') {
      const pragma = async (name: string) => Object.values((await dataSource.query(`PRAGMA ${name}`))[0])[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    }
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

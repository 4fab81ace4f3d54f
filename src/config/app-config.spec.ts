import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to SQLite under data/ on port 3000 with demo data off', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: join('data', 'emulation.sqlite') });
    expect(config.demoData).toBe(false);
    expect(config.admin).toBeUndefined();
  });

  it('ships the rules the law leaves to the province with their defaults, and takes the province’s own', () => {
    const defaults = loadConfig({ NODE_ENV: 'test' });
    expect(defaults.baseSalaries.map((entry) => entry.vnd)).toEqual([1_490_000, 1_800_000, 2_340_000]);
    expect([defaults.collectiveAdvancedShare, defaults.stateAwardVoteShare, defaults.dossierParts]).toEqual([
      0.7,
      0.5,
      {},
    ]);
    const own = loadConfig({
      NODE_ENV: 'test',
      BASE_SALARIES: '2024-07-01:2340000,2019-07-01:1490000',
      COLLECTIVE_ADVANCED_SHARE: '0.75',
      STATE_AWARD_VOTE_SHARE: '0.6',
      DOSSIER_PARTS: '{"lao_dong_tien_tien":["submission","review_minutes"]}',
    });
    expect(own.baseSalaries).toEqual([
      { from: '2019-07-01', vnd: 1_490_000 },
      { from: '2024-07-01', vnd: 2_340_000 },
    ]);
    expect([own.collectiveAdvancedShare, own.stateAwardVoteShare]).toEqual([0.75, 0.6]);
    expect(own.dossierParts).toEqual({ lao_dong_tien_tien: ['submission', 'review_minutes'] });
  });

  it('refuses at start a bad base-salary table, share or dossier part, naming each', () => {
    let error: unknown;
    try {
      loadConfig({
        NODE_ENV: 'test',
        BASE_SALARIES: '2024-07-01:lots',
        COLLECTIVE_ADVANCED_SHARE: '70',
        DOSSIER_PARTS: '{"lao_dong_tien_tien":["photo"],"bang_khen_tinh":["submission"]}',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['BASE_SALARIES', 'COLLECTIVE_ADVANCED_SHARE', 'DOSSIER_PARTS'])
      expect(problems).toContain(name);
  });

  it('selects PostgreSQL from a postgres:// DATABASE_URL', () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        NODE_ENV: 'test',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        DEMO_DATA: 'maybe',
        ADMIN_USERNAME: 'root',
        PUBLIC_URL: 'thiduakhenthuong.sonla',
        SMTP_URL: 'mail.sonla.gov.vn',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'DEMO_DATA', 'ADMIN_PASSWORD', 'PUBLIC_URL', 'SMTP_URL'])
      expect(problems).toContain(name);
  });

  it('has no yearly submission deadline unless ROUND_DEADLINES sets one, and refuses a day that does not exist', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).roundDeadlines).toEqual({});
    expect(
      loadConfig({ NODE_ENV: 'test', ROUND_DEADLINES: '2025:2026-01-15, 2026:2027-01-15' }).roundDeadlines,
    ).toEqual({
      2025: '2026-01-15',
      2026: '2027-01-15',
    });
    expect(() => loadConfig({ NODE_ENV: 'test', ROUND_DEADLINES: '2025:2026-02-30' })).toThrow(/ROUND_DEADLINES/);
  });

  it('e-mails notifications only when SMTP_URL is set, from MAIL_FROM or the app’s name', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).mail).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtps://tdkt:secret@mail.sonla.gov.vn:465' }).mail).toEqual({
      smtpUrl: 'smtps://tdkt:secret@mail.sonla.gov.vn:465',
      from: '"Thi đua - Khen thưởng" <no-reply@localhost>',
    });
    expect(
      loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'tdkt@sonla.gov.vn' }).mail?.from,
    ).toBe('tdkt@sonla.gov.vn');
  });

  it('requires a long JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwt.secret).toBe('x'.repeat(32));
  });

  it('generates a secret once for the demo start and keeps it under the data directory', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(first.jwt.secret).toHaveLength(64);
    expect(second.jwt.secret).toBe(first.jwt.secret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.jwt.secret);
  });
});

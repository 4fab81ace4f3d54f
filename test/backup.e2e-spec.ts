import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeDossier, createPerson, nominate, PDF } from './helpers/dossier.js';
import { buildOrg } from './helpers/org.js';
import { binary } from './helpers/pdf.js';
import { bearer, e2eDatabase, login, startApp, type TestApp } from './helpers/test-app.js';

/** Runs the built CLI the way `npm run backup` / `npm run restore` do. */
function cli(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/backup.js', ...args], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('backup and restore', () => {
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  it('round-trips the database and the dossier files, and refuses a damaged backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backup-'));
    const env: Record<string, string> = { DATA_DIR: dir, ATTACHMENTS_DIR: join(dir, 'attachments') };
    if (e2eDatabase() === 'sqlite') env.SQLITE_PATH = join(dir, 'emulation.sqlite');
    else env.DATABASE_URL = process.env.TEST_DATABASE_URL!;

    t = await startApp(env);
    const org = await buildOrg(t);
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA);
    const kept = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await completeDossier(t, org.tokens.submitterA, kept.id);

    // Taken while the app is running.
    const made = cli(env, 'backup', join(dir, 'backups'));
    expect(made.status).toBe(0);
    const [name] = readdirSync(join(dir, 'backups'));
    expect(name).toMatch(/^backup-\d{8}T\d{6}Z$/);
    const backupDir = join(dir, 'backups', name);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    const pdfHash = createHash('sha256').update(PDF).digest('hex');
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining([e2eDatabase() === 'sqlite' ? 'database.sqlite' : 'database.dump']),
    );
    expect(manifest.files.some((f: { sha256: string }) => f.sha256 === pdfHash)).toBe(true);

    const lost = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await t.close();
    t = undefined;

    // A damaged copy is refused before anything is touched.
    const damaged = join(dir, 'damaged');
    cpSync(backupDir, damaged, { recursive: true });
    const databaseFile = manifest.files.find((f: { path: string }) => f.path.startsWith('database.')).path;
    const bytes = readFileSync(join(damaged, databaseFile));
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(join(damaged, databaseFile), bytes);
    const refused = cli(env, 'restore', damaged);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`${databaseFile} does not match its checksum`);

    const restored = cli(env, 'restore', backupDir);
    expect(restored.output).toContain('Restored');
    expect(restored.status).toBe(0);

    t = await startApp(env, { reset: false });
    // The restore left fresh planner statistics behind it.
    const dataSource = t.app.get(DataSource);
    const analysed =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(
            `SELECT COUNT(*) AS count FROM pg_stat_user_tables WHERE relname = 'nominations' AND last_analyze IS NOT NULL`,
          )
        : await dataSource.query(`SELECT COUNT(DISTINCT tbl) AS count FROM sqlite_stat1 WHERE tbl = 'nominations'`);
    expect(Number(analysed[0].count)).toBe(1);
    const token = await login(t, 'submitter.a', 'password-123');
    await t.http().get(`/api/nominations/${kept.id}`).set(bearer(token)).expect(200);
    await t.http().get(`/api/nominations/${lost.id}`).set(bearer(token)).expect(404);
    const attachments = await t.http().get(`/api/nominations/${kept.id}/attachments`).set(bearer(token)).expect(200);
    expect(attachments.body).toHaveLength(3);
    const file = await t
      .http()
      .get(`/api/attachments/${attachments.body[0].id}`)
      .set(bearer(token))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(
      createHash('sha256')
        .update(file.body as Buffer)
        .digest('hex'),
    ).toBe(pdfHash);
  });
});

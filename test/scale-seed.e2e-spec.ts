import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DEFAULT_SCALE, seedScale } from '../src/seeds/scale/scale-seed.js';
import { Transactions } from '../src/database/transactions.js';
import { bearer, login, startApp, type TestApp } from './helpers/test-app.js';

/** The national dataset of npm run seed:scale, at a small size: it must be a consistent history the app can read. */
describe('seed:scale', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let result: Awaited<ReturnType<typeof seedScale>>;

  beforeAll(async () => {
    t = await startApp({ ADMIN_USERNAME: '', ADMIN_PASSWORD: '' });
    dataSource = t.app.get(DataSource);
    result = await seedScale(
      dataSource,
      t.app.get(Transactions),
      { ...DEFAULT_SCALE, provinces: 3, departmentsPerProvince: 4, communesPerProvince: 6, nominations: 6000 },
      () => undefined,
    );
  });
  afterAll(() => t.close());

  it('writes every nomination’s state as the target of its last transition-log row', async () => {
    expect(result).toMatchObject({ units: 1 + 3 * 11, nominations: 6000 });
    const mismatched = await dataSource.query(`
      SELECT COUNT(*) AS count FROM "nominations" n
      JOIN "transition_log" l ON l."entityId" = n.id AND l."workflow" = 'nomination'
      WHERE l.id = (SELECT MAX(id) FROM "transition_log" x WHERE x."entityId" = n.id AND x."workflow" = 'nomination')
        AND l."toState" <> n.state`);
    expect(Number(mismatched[0].count)).toBe(0);
    const drafts = await dataSource.query(`
      SELECT COUNT(*) AS count FROM "nominations" n WHERE n.state <> 'draft'
        AND NOT EXISTS (SELECT 1 FROM "transition_log" l WHERE l."entityId" = n.id)`);
    expect(Number(drafts[0].count)).toBe(0);
  });

  it('leaves fresh planner statistics and each award’s proposing unit, so the first search after it is fast', async () => {
    const analysed =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(
            `SELECT COUNT(*) AS count FROM pg_stat_user_tables
             WHERE relname IN ('nominations', 'decision_awards') AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL`,
          )
        : await dataSource.query(
            `SELECT COUNT(DISTINCT tbl) AS count FROM sqlite_stat1 WHERE tbl IN ('nominations', 'decision_awards')`,
          );
    expect(Number(analysed[0].count)).toBe(2);
    const [{ wrong }] = await dataSource.query(
      `SELECT COUNT(*) AS wrong FROM "decision_awards" da JOIN "nominations" n ON n.id = da."nominationId"
       WHERE da."proposingUnitId" IS NULL OR da."proposingUnitId" <> n."proposingUnitId"`,
    );
    expect(Number(wrong)).toBe(0);
  });

  it('gives each decided nomination one register entry and continues the register counters after them', async () => {
    const [{ decided }] = await dataSource.query(
      `SELECT COUNT(*) AS decided FROM "nominations" WHERE state IN ('decided', 'revoked')`,
    );
    const [{ awards }] = await dataSource.query('SELECT COUNT(*) AS awards FROM "decision_awards"');
    expect(Number(awards)).toBe(Number(decided));
    const behind = await dataSource.query(`
      SELECT COUNT(*) AS count FROM "register_counters" c
      WHERE c."lastNumber" < (SELECT MAX(a."registerNumber") FROM "decision_awards" a
                              WHERE a."registerUnitId" = c."unitId" AND a."registerYear" = c.year)`);
    expect(Number(behind[0].count)).toBe(0);
  });

  it('lets a province’s board read its yearly report, whose totals match the rows', async () => {
    const token = await login(t, 'board01', DEFAULT_SCALE.password);
    const report = (await t.http().get('/api/reports/yearly?year=2025').set(bearer(token)).expect(200)).body;
    const [{ count }] = await dataSource.query(
      `SELECT COUNT(*) AS count FROM "nominations" n JOIN "units" u ON u.id = n."proposingUnitId"
       WHERE u.path LIKE '/1/2/%' AND n.year = 2025`,
    );
    expect(report.nominations.total).toBe(Number(count));
    expect(report.nominations.total).toBeGreaterThan(0);
    expect(report.previousYear.nominations).toBeGreaterThan(0);
    const national = await login(t, 'national', DEFAULT_SCALE.password);
    const all = (await t.http().get('/api/reports/yearly?year=2025').set(bearer(national)).expect(200)).body;
    expect(all.nominations.total).toBe(1200);
  });

  it('lists every scope and filter exactly as the plain query orders it, deep pages included', async () => {
    // More nominations than a list first looks through (the newest 5,000): the sparse lists (a department, a rare
    // state) are read the other way, and must agree all the same.
    for (const [username, path] of [
      ['national', '/'],
      ['board01', '/1/2/'],
      ['dept01', '/1/2/3/'],
    ] as const) {
      const token = await login(t, username, DEFAULT_SCALE.password);
      for (const [filter, condition] of [
        ['', ''],
        ['state=submitted', "AND n.state = 'submitted'"],
        ['year=2022', 'AND n.year = 2022'],
        ['year=2025&state=decided', "AND n.year = 2025 AND n.state = 'decided'"],
      ] as const) {
        const expected = (
          await dataSource.query(
            `SELECT n.id FROM nominations n JOIN units u ON u.id = n."proposingUnitId"
             WHERE u.path LIKE '${path}%' ${condition} ORDER BY n.id DESC`,
          )
        ).map((row: { id: number }) => Number(row.id));
        for (const page of [1, 3]) {
          const listed = await t
            .http()
            .get(`/api/nominations?${filter}&page=${page}&pageSize=50`)
            .set(bearer(token))
            .expect(200);
          expect(listed.body.total).toBe(expected.length);
          expect(listed.body.items.map((item: { id: number }) => item.id)).toEqual(
            expected.slice((page - 1) * 50, page * 50),
          );
        }
      }
    }
  });
});

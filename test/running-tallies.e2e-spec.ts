import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { todayInVietnam } from '../src/common/time.js';
import { medianOfCounts, workingDaysBetween } from '../src/common/working-days.js';
import { Transactions } from '../src/database/transactions.js';
import { APPRAISAL_LIMIT_WORKING_DAYS, RETURN_LIMIT_WORKING_DAYS } from '../src/nominations/deadlines.js';
import { NOMINATION_STATES } from '../src/nominations/nomination.machine.js';
import { form0602, form0603, isDirectLabourer, type AwardRow } from '../src/reports/statistical-forms.js';
import { RunningTallies1796500000038 } from '../src/schema/migrations/both/1796500000038-RunningTallies.js';
import { DEFAULT_SCALE, seedScale } from '../src/seeds/scale/scale-seed.js';
import { bearer, login, startApp, type TestApp } from './helpers/test-app.js';

/**
 * The counts the database keeps (migration RunningTallies) against the plain GROUP BY over the records, after random
 * changes of every kind that moves them: answers, resubmissions, withdrawals and revocations through the API, a unit
 * moved to another province, units merged, a person's category and a unit's kind corrected, holidays added and
 * removed, and a repair in raw SQL.
 */
describe('figures kept current in the same transaction as the changes they count', () => {
  let t: TestApp;
  let dataSource: DataSource;
  const tokens = new Map<string, string>();
  const changed = { answered: 0, resubmitted: 0, withdrawn: 0, revoked: 0 };

  // A fixed sequence of "random" numbers, so that a failure can be run again.
  let seed = 20261207;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  const query = <Row>(sql: string): Promise<Row[]> => dataSource.query(sql);
  const write = (sql: string) => t.app.get(Transactions).run((manager) => manager.query(sql));
  const tokenOf = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, await login(t, username, DEFAULT_SCALE.password));
    return tokens.get(username)!;
  };
  const send = async (username: string, id: number, type: string) =>
    (
      await t
        .http()
        .post(`/api/nominations/${id}/events`)
        .set(bearer(await tokenOf(username)))
        .send({ type, comment: 'Kiểm tra số liệu' })
    ).status;

  beforeAll(async () => {
    t = await startApp({ ADMIN_USERNAME: '', ADMIN_PASSWORD: '' });
    dataSource = t.app.get(DataSource);
    await seedScale(
      dataSource,
      t.app.get(Transactions),
      { ...DEFAULT_SCALE, provinces: 3, departmentsPerProvince: 3, communesPerProvince: 4, nominations: 3000 },
      () => undefined,
    );

    // The board answers, submitters resubmit and withdraw, the board revokes: each through the workflow.
    const submitters = await query<{ username: string; unitId: number }>(
      `SELECT username, "unitId" FROM users WHERE username LIKE 'dept%'`,
    );
    for (let step = 0; step < 120; step++) {
      const kind = pick(['answer', 'answer', 'resubmit', 'withdraw', 'revoke'] as const);
      if (kind === 'answer' || kind === 'revoke') {
        const state = kind === 'answer' ? 'submitted' : 'decided';
        const ids = await query<{ id: number }>(`SELECT id FROM nominations WHERE state = '${state}' LIMIT 200`);
        const event = kind === 'answer' ? pick(['VERIFY', 'RETURN', 'REJECT']) : 'REVOKE';
        if ((await send('national', pick(ids).id, event)) < 300) changed[kind === 'answer' ? 'answered' : 'revoked']++;
      } else {
        const submitter = pick(submitters);
        const state = kind === 'resubmit' ? 'returned' : 'submitted';
        const ids = await query<{ id: number }>(
          `SELECT id FROM nominations WHERE state = '${state}' AND "proposingUnitId" = ${submitter.unitId} LIMIT 50`,
        );
        if (ids.length === 0) continue;
        const event = kind === 'resubmit' ? 'RESUBMIT' : 'WITHDRAW';
        if ((await send(submitter.username, pick(ids).id, event)) < 300)
          changed[kind === 'resubmit' ? 'resubmitted' : 'withdrawn']++;
      }
    }

    const admin = bearer(await tokenOf('national'));
    const provinces = await query<{ id: number }>(`SELECT id FROM units WHERE kind = 'province' ORDER BY id`);
    const below = (province: number) =>
      query<{ id: number }>(`SELECT id FROM units WHERE "parentId" = ${province} AND kind = 'department' ORDER BY id`);
    const [first, second, third] = await Promise.all(provinces.map((province) => below(province.id)));
    // A department moved with its subtree to another province; one merged into a department of a third province.
    await t.http().patch(`/api/units/${first[2].id}`).set(admin).send({ parentId: provinces[1].id }).expect(200);
    await t
      .http()
      .post(`/api/units/${second[1].id}/merge`)
      .set(admin)
      .send({ intoUnitId: third[0].id, effectiveOn: '2025-07-01' })
      .expect(200);
    // A person with awards becomes a worker; a nominee unit with awards becomes an enterprise.
    const [person] = await query<{ id: number; category: string }>(
      `SELECT p.id, p.category FROM people p JOIN nominations n ON n."personId" = p.id
        JOIN decision_awards a ON a."nominationId" = n.id WHERE p.category <> 'worker' ORDER BY p.id LIMIT 1`,
    );
    await t.http().patch(`/api/people/${person.id}`).set(admin).send({ category: 'worker' }).expect(200);
    const [nomineeUnit] = await query<{ id: number }>(
      `SELECT n."nomineeUnitId" AS id FROM nominations n JOIN decision_awards a ON a."nominationId" = n.id
        JOIN units u ON u.id = n."nomineeUnitId" WHERE u.kind = 'department' ORDER BY n.id LIMIT 1`,
    );
    await t.http().patch(`/api/units/${nomineeUnit.id}`).set(admin).send({ kind: 'enterprise' }).expect(200);
    // A holiday added in the middle of many appraisals, and one of the shipped ones removed.
    await t.http().post('/api/holidays').set(admin).send({ date: '2025-06-11', name: 'Ngày nghỉ bù' }).expect(201);
    const [holiday] = await query<{ id: number }>(`SELECT id FROM holidays WHERE date = '2025-09-02'`);
    await t.http().delete(`/api/holidays/${holiday.id}`).set(admin).expect(204);
    // A repair in raw SQL: drafts moved to the year before, a decision's signing year corrected.
    await write(`UPDATE nominations SET year = year - 1 WHERE state = 'draft' AND id % 7 = 0`);
    await write(`UPDATE decisions SET "signedYear" = "signedYear" - 1 WHERE id = (SELECT MIN(id) FROM decisions)`);
  });
  afterAll(() => t.close());

  /** The plain figures of a scope and year, from the records as the report read them before it read the counts. */
  async function plain(scope: string, year: number) {
    const byState = Object.fromEntries(NOMINATION_STATES.map((state) => [state, 0])) as Record<string, number>;
    for (const row of await query<{ state: string; count: number }>(
      `SELECT n.state, COUNT(*) AS count FROM nominations n JOIN units pu ON pu.id = n."proposingUnitId"
        WHERE pu.path LIKE '${scope}%' AND n.year = ${year} GROUP BY n.state`,
    ))
      byState[row.state] = Number(row.count);

    const rows = (
      await query<AwardRow & { revoked: number; unitId: number; unitName: string }>(
        `SELECT CASE WHEN a."revokedAt" IS NULL THEN 0 ELSE 1 END AS revoked, n."awardTypeCode" AS "awardTypeCode",
            n."proposingUnitId" AS "unitId", pu.name AS "unitName", n."nomineeKind" AS "nomineeKind",
            n.category AS category, p.category AS "personCategory", nu.kind AS "nomineeUnitKind", COUNT(*) AS count
          FROM nominations n JOIN units pu ON pu.id = n."proposingUnitId"
          JOIN decision_awards a ON a."nominationId" = n.id JOIN decisions d ON d.id = a."decisionId"
          LEFT JOIN people p ON p.id = n."personId" LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
          WHERE pu.path LIKE '${scope}%' AND d."signedYear" = ${year}
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
      )
    ).map((row) => ({ ...row, revoked: Number(row.revoked), unitId: Number(row.unitId), count: Number(row.count) }));
    const standing = rows.filter((row) => row.revoked === 0);
    const total = (filter: (row: AwardRow) => boolean) =>
      standing.filter(filter).reduce((sum, row) => sum + row.count, 0);
    const byAwardType: Record<string, number> = {};
    const byUnit = new Map<number, { unitId: number; name: string; count: number }>();
    for (const row of standing) {
      byAwardType[row.awardTypeCode] = (byAwardType[row.awardTypeCode] ?? 0) + row.count;
      const unit = byUnit.get(row.unitId) ?? { unitId: row.unitId, name: row.unitName, count: 0 };
      byUnit.set(row.unitId, { ...unit, count: unit.count + row.count });
    }

    // The processing figures replayed from the transition log: each submission waits until the board answers it
    // (an appraisal round) or it is withdrawn.
    const holidays = new Set((await query<{ date: string }>('SELECT date FROM holidays')).map((row) => row.date));
    const logs = await query<{ entityId: number; event: string; at: string }>(
      `SELECT l."entityId" AS "entityId", l.event, l.at FROM transition_log l
        JOIN nominations n ON n.id = l."entityId" JOIN units pu ON pu.id = n."proposingUnitId"
        WHERE l.workflow = 'nomination' AND pu.path LIKE '${scope}%' AND n.year = ${year} ORDER BY l.id`,
    );
    const since = new Map<number, string>();
    const appraised = new Set<number>();
    const durations: number[] = [];
    let overdue = 0;
    let returnedLate = 0;
    for (const log of logs) {
      const on = todayInVietnam(new Date(log.at));
      if (log.event === 'SUBMIT' || log.event === 'RESUBMIT') since.set(log.entityId, on);
      else if (log.event === 'WITHDRAW') since.delete(log.entityId);
      else if (['VERIFY', 'RETURN', 'REJECT'].includes(log.event) && since.has(log.entityId)) {
        const days = workingDaysBetween(since.get(log.entityId)!, on, holidays);
        appraised.add(log.entityId);
        durations.push(days);
        if (days > APPRAISAL_LIMIT_WORKING_DAYS) overdue++;
        if (log.event !== 'VERIFY' && days > RETURN_LIMIT_WORKING_DAYS) returnedLate++;
        since.delete(log.entityId);
      }
    }
    for (const from of since.values())
      if (workingDaysBetween(from, todayInVietnam(), holidays) > APPRAISAL_LIMIT_WORKING_DAYS) overdue++;

    return {
      byState,
      awards: {
        total: total(() => true),
        byAwardType,
        byUnit: [...byUnit.values()].sort((a, b) => b.count - a.count || a.unitId - b.unitId),
        individuals: total((row) => row.nomineeKind === 'individual'),
        collectives: total((row) => row.nomineeKind === 'collective'),
        households: total((row) => row.nomineeKind === 'household'),
        directLabourers: total(isDirectLabourer),
        revoked: rows.filter((row) => row.revoked === 1).reduce((sum, row) => sum + row.count, 0),
      },
      f0602: form0602(standing),
      f0603: form0603(standing),
      processing: {
        appraised: appraised.size,
        medianWorkingDays: medianOfCounts(durations.map((value) => ({ value, count: 1 }))),
        overdue,
        returnedLate,
      },
    };
  }

  it('made changes of every kind, so the comparison below is not of an untouched seed', () => {
    expect(changed.answered).toBeGreaterThan(10);
    expect(changed.revoked).toBeGreaterThan(3);
    expect(changed.resubmitted + changed.withdrawn).toBeGreaterThan(3);
  });

  it('gives the yearly report of every scope the plain GROUP BY’s figures', async () => {
    const users = await query<{ username: string; path: string }>(
      `SELECT us.username, u.path FROM users us JOIN units u ON u.id = us."unitId"
        WHERE us.username IN ('national', 'board01', 'board02', 'board03', 'dept01', 'dept02') ORDER BY us.username`,
    );
    expect(users).toHaveLength(6);
    for (const { username, path } of users) {
      if (username.startsWith('dept')) continue; // a submitter has no report; their unit's figures come below
      for (const year of [2024, 2025]) {
        const report = (
          await t
            .http()
            .get(`/api/reports/yearly?year=${year}`)
            .set(bearer(await tokenOf(username)))
            .expect(200)
        ).body;
        const expected = await plain(path, year);
        const context = `${username}, ${year}`;
        expect({ context, byState: report.nominations.byState }).toEqual({ context, byState: expected.byState });
        expect({ context, ...report.awards, directLabourerShare: undefined }).toEqual({
          context,
          ...expected.awards,
          directLabourerShare: undefined,
        });
        expect({ context, f0602: report.forms.f0602, f0603: report.forms.f0603 }).toEqual({
          context,
          f0602: expected.f0602,
          f0603: expected.f0603,
        });
        expect({ context, ...report.processing }).toEqual({
          context,
          ...expected.processing,
          limitWorkingDays: APPRAISAL_LIMIT_WORKING_DAYS,
          returnLimitWorkingDays: RETURN_LIMIT_WORKING_DAYS,
        });
      }
    }
  });

  it('gives each home page’s counts and each list’s and the register’s total the rows’ own count', async () => {
    for (const username of ['national', 'board02', 'dept01']) {
      const token = bearer(await tokenOf(username));
      const [{ path }] = await query<{ path: string }>(
        `SELECT u.path FROM users us JOIN units u ON u.id = us."unitId" WHERE us.username = '${username}'`,
      );
      const counted = await query<{ state: string; count: number }>(
        `SELECT n.state, COUNT(*) AS count FROM nominations n JOIN units pu ON pu.id = n."proposingUnitId"
          WHERE pu.path LIKE '${path}%' AND n.year = 2025 GROUP BY n.state`,
      );
      expect(counted.length).toBeGreaterThan(0);
      const [awards] = await query<{ count: number }>(
        `SELECT COUNT(*) AS count FROM decision_awards a JOIN units pu ON pu.id = a."proposingUnitId"
          WHERE pu.path LIKE '${path}%'`,
      );
      const register = await t.http().get('/api/register?pageSize=1').set(token).expect(200);
      expect({ username, register: register.body.total }).toEqual({ username, register: Number(awards.count) });
      for (const { state, count } of counted) {
        const list = await t.http().get(`/api/nominations?year=2025&state=${state}&pageSize=1`).set(token).expect(200);
        expect({ username, state, total: list.body.total }).toEqual({ username, state, total: Number(count) });
      }
    }
  });

  it('keeps the same counts as computing them afresh from the records', async () => {
    const tables = [
      'unit_ancestors',
      'nomination_counts',
      'award_counts',
      'unit_award_counts',
      'appraisal_rounds',
      'appraisal_counts',
      'waiting_counts',
    ];
    const snapshot = async () => {
      const result: Record<string, unknown[]> = {};
      for (const table of tables) {
        const rows = await query<Record<string, unknown>>(`SELECT * FROM ${table}`);
        result[table] = rows
          .filter((row) => row.count === undefined || Number(row.count) !== 0)
          .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => column !== 'id')))
          .sort();
      }
      return result;
    };
    const kept = await snapshot();
    expect(kept.appraisal_rounds.length).toBeGreaterThan(100);
    const migration = new RunningTallies1796500000038();
    await t.app.get(Transactions).run(async (manager) => {
      await migration.down(manager.queryRunner!);
      await migration.up(manager.queryRunner!);
    });
    expect(await snapshot()).toEqual(kept);
  });
});

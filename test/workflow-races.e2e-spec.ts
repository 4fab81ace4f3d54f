import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Transactions } from '../src/database/transactions.js';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, e2eDatabase, startApp, type TestApp } from './helpers/test-app.js';

/** Submitted nominations of fresh people, ready for the board to VERIFY. */
async function submittedNominations(t: TestApp, org: Org, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, `Người số ${i}`);
    await rate(t, org.tokens.submitterA, person, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    ids.push(nomination.id);
  }
  return ids;
}

async function verifyLogCount(t: TestApp, token: string, id: number): Promise<number> {
  const history = await t.http().get(`/api/nominations/${id}/history`).set(bearer(token)).expect(200);
  return history.body.filter((entry: { event: string }) => entry.event === 'VERIFY').length;
}

describe('concurrent transitions', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('lets exactly one of 30 identical concurrent events win; the rest get 409 and leave no log row', async () => {
    const [id] = await submittedNominations(t, org, 1);
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => send(t, org.tokens.boardA, id, { type: 'VERIFY' })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(29);
    expect(await verifyLogCount(t, org.tokens.boardA, id)).toBe(1);
    const nomination = await t.http().get(`/api/nominations/${id}`).set(bearer(org.tokens.boardA)).expect(200);
    expect(nomination.body).toMatchObject({ state: 'verified', version: 3 });
  });

  it('runs 20 concurrent events on 20 different nominations, all successfully', async () => {
    const ids = await submittedNominations(t, org, 20);
    const responses = await Promise.all(ids.map((id) => send(t, org.tokens.boardA, id, { type: 'VERIFY' })));
    expect(responses.map((response) => response.status)).toEqual(ids.map(() => 200));
    const verified = await t
      .http()
      .get('/api/nominations?state=verified&pageSize=200')
      .set(bearer(org.tokens.boardA))
      .expect(200);
    expect(verified.body.items.map((n: { id: number }) => n.id)).toEqual(expect.arrayContaining(ids));
  });

  it('refuses an event carrying a stale version with 409 and changes nothing', async () => {
    const [id] = await submittedNominations(t, org, 1);
    const stale = await send(t, org.tokens.boardA, id, { type: 'VERIFY', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({
      statusCode: 409,
      state: 'submitted',
      version: 2,
      allowedEvents: ['RETURN', 'VERIFY', 'REJECT'],
    });
    expect(await verifyLogCount(t, org.tokens.boardA, id)).toBe(0);
    await send(t, org.tokens.boardA, id, { type: 'VERIFY', version: 2 }).expect(200);
  });
});

// Several instances only make sense on PostgreSQL; SQLite is one embedded file per app.
const describeOnPostgres = e2eDatabase() === 'postgres' ? describe : describe.skip;

describeOnPostgres('two app instances on one PostgreSQL', () => {
  it('lets exactly one of two instances’ racing transitions win', async () => {
    const shared = { JWT_SECRET: 'a-secret-both-instances-share-0123456789' };
    const first = await startApp(shared);
    const second = await startApp(shared, { reset: false });
    try {
      const org = await buildOrg(first);
      const ids = await submittedNominations(first, org, 5);
      for (const id of ids) {
        const responses = await Promise.all(
          [first, second, first, second].map((app) => send(app, org.tokens.boardA, id, { type: 'VERIFY' })),
        );
        expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
        expect(await verifyLogCount(second, org.tokens.boardA, id)).toBe(1);
      }
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describeOnPostgres('two writers that deadlock on PostgreSQL', () => {
  it('runs the transaction PostgreSQL ended again, so both writers succeed', async () => {
    const t = await startApp();
    try {
      const transactions = t.app.get(Transactions);
      await transactions.run((manager) =>
        manager.query(`CREATE TABLE race_rows (id integer PRIMARY KEY, value integer NOT NULL);
          INSERT INTO race_rows VALUES (1, 0), (2, 0)`),
      );
      const runs = { first: 0, second: 0 };
      // Each takes one row, waits for the other to take the other, then wants the other's: one is ended and re-run.
      const writer = (name: 'first' | 'second', [a, b]: number[]) =>
        transactions.run(async (manager) => {
          runs[name]++;
          await manager.query(`UPDATE race_rows SET value = value + 1 WHERE id = ${a}`);
          await manager.query('SELECT pg_sleep(0.3)');
          await manager.query(`UPDATE race_rows SET value = value + 1 WHERE id = ${b}`);
        });
      await Promise.all([writer('first', [1, 2]), writer('second', [2, 1])]);
      expect(runs.first + runs.second).toBe(3);
      const rows = await t.app.get(DataSource).query('SELECT value FROM race_rows ORDER BY id');
      expect(rows.map((row: { value: number }) => row.value)).toEqual([2, 2]);
    } finally {
      await t.close();
    }
  });
});

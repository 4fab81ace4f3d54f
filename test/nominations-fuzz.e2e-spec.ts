import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createPerson, nominate } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';

const notANumber = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.double({ min: 0.001, max: 0.999 }).map((x) => x + 2024),
  fc.integer({ min: -1_000_000, max: 0 }),
);
const notAString = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom(' ', '   ', '\t\n'),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
);
const notAnEnumValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 12 }).map((s) => `x-${s}`),
);
const notABoolean = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({}));

/** Per field, values of the wrong type or out of range. */
const WRONG: Record<string, fc.Arbitrary<unknown>> = {
  year: notANumber,
  proposingUnitId: notANumber,
  personId: notANumber,
  version: notANumber,
  achievements: notAString,
  comment: fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ minLength: 4001, maxLength: 4005 })),
  awardTypeCode: notAnEnumValue,
  category: notAnEnumValue,
  type: notAnEnumValue,
  override: notABoolean,
};

/** A valid body broken in one generated way: a field wrong, a required one missing, or an unknown one added. */
function broken(valid: Record<string, unknown>, required: string[]) {
  const fieldBroken = fc
    .constantFrom(...Object.keys(valid))
    .chain((field) => WRONG[field].map((value) => ({ ...valid, [field]: value })));
  const unknownAdded = fc
    .record({ field: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue() })
    .filter(({ field }) => !(field in valid) && field !== '__proto__')
    .map(({ field, value }) => ({ ...valid, [field]: value }));
  if (required.length === 0) return fc.oneof(fieldBroken, unknownAdded);
  const requiredMissing = fc
    .constantFrom(...required)
    .map((field) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)));
  return fc.oneof(fieldBroken, requiredMissing, unknownAdded);
}

describe('generated invalid payloads to the nomination endpoints', () => {
  let t: TestApp;
  let org: Org;
  let validCreate: Record<string, unknown>;
  let nominationId: number;
  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA);
    validCreate = {
      year: 2024,
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
      achievements: 'Thành tích',
    };
    nominationId = (await nominate(t, org.tokens.submitterA, validCreate)).id;
  });
  afterAll(() => t.close());

  async function snapshot() {
    const list = await t.http().get('/api/nominations?pageSize=200').set(bearer(org.tokens.boardRoot)).expect(200);
    return list.body.items.map((n: { id: number; version: number; state: string; achievements: string }) => [
      n.id,
      n.version,
      n.state,
      n.achievements,
    ]);
  }

  it('always answers 4xx in the error shape and changes nothing', async () => {
    const before = await snapshot();
    const token = org.tokens.submitterA;
    // The keys class-transformer skips are refused like any unknown field.
    for (const key of ['constructor', 'prototype']) {
      await t
        .http()
        .post('/api/nominations')
        .set(bearer(token))
        .send({ ...validCreate, [key]: [] })
        .expect(400);
    }
    await fc.assert(
      fc.asyncProperty(
        broken(validCreate, ['year', 'awardTypeCode', 'proposingUnitId', 'achievements']),
        async (body) => {
          const response = await t.http().post('/api/nominations').set(bearer(token)).send(body);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expectErrorShape(response.body, response.status);
        },
      ),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(
        broken({ type: 'SUBMIT', comment: 'c', version: 1, override: false }, ['type']),
        async (body) => {
          const response = await t.http().post(`/api/nominations/${nominationId}/events`).set(bearer(token)).send(body);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expectErrorShape(response.body, response.status);
        },
      ),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(
        broken({ achievements: 'Sửa', year: 2024, awardTypeCode: 'giay_khen', category: 'merit' }, []),
        async (body) => {
          const response = await t.http().patch(`/api/nominations/${nominationId}`).set(bearer(token)).send(body);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expectErrorShape(response.body, response.status);
        },
      ),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (raw) => {
        const response = await t
          .http()
          .post('/api/nominations')
          .set(bearer(token))
          .set('content-type', 'application/json')
          .send(`{${raw}`);
        expect(response.status).toBe(400);
        expectErrorShape(response.body, 400);
      }),
      { numRuns: 40 },
    );
    expect(await snapshot()).toEqual(before);
  });
});

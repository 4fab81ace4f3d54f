import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';

describe('registrations', () => {
  let t: TestApp;
  let org: Org;
  let person: number;
  beforeAll(async () => {
    t = await startApp({ REQUIRE_REGISTRATION: 'true' });
    org = await buildOrg(t);
    person = await createPerson(t, org.tokens.submitterA, org.departmentA);
    await rate(t, org.tokens.submitterA, person, 2024, 'excellent');
  });
  afterAll(() => t.close());

  it('registers people and collectives once per year and title, within scope, and lists them by year', async () => {
    const registration = await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterA))
      .send({
        year: 2024,
        awardTypeCode: 'lao_dong_tien_tien',
        personId: person,
        commitment: '  Hoàn thành xuất sắc nhiệm vụ được giao  ',
      })
      .expect(201);
    expect(registration.body).toMatchObject({
      year: 2024,
      awardTypeCode: 'lao_dong_tien_tien',
      personId: person,
      unitId: org.departmentA,
      commitment: 'Hoàn thành xuất sắc nhiệm vụ được giao',
    });
    await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, awardTypeCode: 'lao_dong_tien_tien', personId: person })
      .expect(409);
    await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, awardTypeCode: 'tap_the_lao_dong_tien_tien', unitId: org.communeOfA })
      .expect(201);
    await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterB))
      .send({ year: 2024, awardTypeCode: 'lao_dong_tien_tien', personId: person })
      .expect(404);
    const neither = await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, awardTypeCode: 'giay_khen' })
      .expect(400);
    expectErrorShape(neither.body, 400);
    const mine = await t.http().get('/api/registrations?year=2024').set(bearer(org.tokens.submitterA)).expect(200);
    expect(mine.body.total).toBe(2);
    // Each names who registered: the person, or the collective.
    expect(mine.body.items.map((item: { name: string }) => item.name)).toEqual([
      registration.body.name,
      expect.any(String),
    ]);
    expect(registration.body.name).not.toBe('');
    expect(mine.body.items[0].commitment).toBe('Hoàn thành xuất sắc nhiệm vụ được giao');
    expect(
      (await t.http().get('/api/registrations?year=2024').set(bearer(org.tokens.submitterB)).expect(200)).body.total,
    ).toBe(0);
    expect(
      (await t.http().get('/api/registrations?year=2023').set(bearer(org.tokens.submitterA)).expect(200)).body.total,
    ).toBe(0);
  });

  it('makes registration a precondition of VERIFY where the province requires it', async () => {
    const unregistered = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Chưa Đăng Ký');
    await rate(t, org.tokens.submitterA, unregistered, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: unregistered,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    const refused = await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY' }).expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'common.registration' })]);
    await t
      .http()
      .post('/api/registrations')
      .set(bearer(org.tokens.submitterA))
      .send({ year: 2024, awardTypeCode: 'lao_dong_tien_tien', personId: unregistered })
      .expect(201);
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY' }).expect(200);
  });

  it('describes each workflow with its states, events and a Mermaid diagram', async () => {
    const all = await t.http().get('/api/workflows').set(bearer(org.tokens.submitterA)).expect(200);
    expect(all.body.map((w: { name: string }) => w.name)).toContain('nomination');
    const nomination = await t.http().get('/api/workflows/nomination').set(bearer(org.tokens.submitterA)).expect(200);
    expect(nomination.body.states.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['draft', 'in_council', 'revoked']),
    );
    expect(nomination.body.events).toEqual(
      expect.arrayContaining(['SUBMIT', 'VERIFY', 'SCHEDULE', 'DECIDE', 'REVOKE']),
    );
    expect(nomination.body.mermaid).toMatch(/^stateDiagram-v2\n {2}\[\*\] --> draft\n/);
    await t.http().get('/api/workflows/spaceship').set(bearer(org.tokens.submitterA)).expect(404);
  });
});

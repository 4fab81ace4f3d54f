import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, login, startApp, type TestApp } from './helpers/test-app.js';

describe('units and users', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('builds a unit tree and reads it back, paginated and filtered by parent', async () => {
    const unit = await t.http().get(`/api/units/${org.communeOfA}`).set(bearer(org.tokens.submitterB)).expect(200);
    expect(unit.body).toEqual({
      id: org.communeOfA,
      code: 'COM-A1',
      name: 'Xã Hua La',
      kind: 'commune',
      parentId: org.departmentA,
      active: true,
      mergedIntoId: null,
    });
    const children = await t
      .http()
      .get(`/api/units?parentId=${org.rootId}&pageSize=1`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(children.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(children.body.items).toHaveLength(1);
    expectErrorShape((await t.http().get('/api/units?pageSize=500').set(bearer(org.adminToken)).expect(400)).body, 400);
  });

  it('answers 404 for an unknown or malformed unit id', async () => {
    expectErrorShape((await t.http().get('/api/units/999999').set(bearer(org.adminToken)).expect(404)).body, 404);
    await t.http().get('/api/units/abc').set(bearer(org.adminToken)).expect(404);
  });

  it('refuses a duplicate unit code (409), an unknown parent (422) and a bad kind (400), creating nothing', async () => {
    const before = (await t.http().get('/api/units').set(bearer(org.adminToken))).body.total;
    const duplicate = await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'DEP-A', name: 'again', kind: 'department', parentId: org.rootId })
      .expect(409);
    expectErrorShape(duplicate.body, 409);
    const orphan = await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'ORPHAN', name: 'orphan', kind: 'other', parentId: 424242 })
      .expect(422);
    expectErrorShape(orphan.body, 422);
    expect(orphan.body.violations).toEqual([expect.objectContaining({ rule: 'unit.parent' })]);
    const badKind = await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'BAD', name: 'bad', kind: 'galaxy', parentId: org.rootId })
      .expect(400);
    expect(badKind.body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect((await t.http().get('/api/units').set(bearer(org.adminToken))).body.total).toBe(before);
  });

  it('lets only admins create units and users (403 for others)', async () => {
    const unit = await t
      .http()
      .post('/api/units')
      .set(bearer(org.tokens.boardRoot))
      .send({ code: 'NOPE', name: 'nope', kind: 'other', parentId: org.rootId })
      .expect(403);
    expectErrorShape(unit.body, 403);
    const user = await t
      .http()
      .post('/api/users')
      .set(bearer(org.tokens.submitterA))
      .send({
        username: 'sneaky',
        password: 'password-123',
        displayName: 'S',
        unitId: org.departmentA,
        roles: ['admin'],
      })
      .expect(403);
    expectErrorShape(user.body, 403);
    await login(t, 'sneaky', 'password-123').then(
      () => {
        throw new Error('the refused user must not exist');
      },
      (error: Error) => expect(error.message).toContain('401'),
    );
  });

  it('creates a user who can sign in and read themselves; refuses a taken username (409) and bad roles (400)', async () => {
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(org.adminToken))
      .send({
        username: 'member.b',
        password: 'password-123',
        displayName: 'Ủy viên B',
        unitId: org.departmentB,
        roles: ['council_member'],
      })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      username: 'member.b',
      displayName: 'Ủy viên B',
      unitId: org.departmentB,
      roles: ['council_member'],
    });
    const token = await login(t, 'member.b', 'password-123');
    const me = await t.http().get('/api/users/me').set(bearer(token)).expect(200);
    expect(me.body).toEqual(created.body);
    await t
      .http()
      .post('/api/users')
      .set(bearer(org.adminToken))
      .send({
        username: 'member.b',
        password: 'password-456',
        displayName: 'again',
        unitId: org.departmentB,
        roles: ['submitter'],
      })
      .expect(409);
    const badRoles = await t
      .http()
      .post('/api/users')
      .set(bearer(org.adminToken))
      .send({ username: 'x.y', password: 'short', displayName: 'X', unitId: org.departmentB, roles: ['emperor'] })
      .expect(400);
    const fields = badRoles.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['password', 'roles']));
  });

  it('records a unit’s yearly facts (board, in scope), replacing them on a second report and refusing inconsistent counts', async () => {
    const facts = {
      year: 2024,
      rating: 'excellent',
      members: {
        total: 40,
        completedTasks: 40,
        advancedWorkers: 32,
        grassrootsEmulationSoldiers: 4,
        disciplinedWarningOrAbove: 0,
        women: 22,
      },
      leadsCluster: true,
    };
    const first = await t
      .http()
      .post(`/api/units/${org.departmentA}/evaluations`)
      .set(bearer(org.tokens.boardA))
      .send(facts)
      .expect(201);
    expect(first.body).toMatchObject({ unitId: org.departmentA, year: 2024, rating: 'excellent', leadsCluster: true });
    const second = await t
      .http()
      .post(`/api/units/${org.departmentA}/evaluations`)
      .set(bearer(org.tokens.boardA))
      .send({ ...facts, rating: 'good' })
      .expect(201);
    expect(second.body.rating).toBe('good');
    const inconsistent = await t
      .http()
      .post(`/api/units/${org.departmentA}/evaluations`)
      .set(bearer(org.tokens.boardA))
      .send({ ...facts, members: { ...facts.members, advancedWorkers: 41 } })
      .expect(422);
    expect(inconsistent.body.violations).toEqual([
      expect.objectContaining({ rule: 'unit_evaluation.members.advancedWorkers' }),
    ]);
    // A department's board cannot reach another department; a submitter cannot record unit facts.
    await t
      .http()
      .post(`/api/units/${org.departmentB}/evaluations`)
      .set(bearer(org.tokens.boardA))
      .send(facts)
      .expect(404);
    await t
      .http()
      .post(`/api/units/${org.departmentA}/evaluations`)
      .set(bearer(org.tokens.submitterA))
      .send(facts)
      .expect(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createPerson, nominate } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, login, startApp, type TestApp } from './helpers/test-app.js';
import { signedIn } from './helpers/web.js';

/** Row counts of every table: "changes nothing" means these do not move. */
async function counts(t: TestApp): Promise<Record<string, number>> {
  const dataSource = t.app.get(DataSource);
  const result: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas) {
    const [{ count }] = await dataSource.query(`SELECT COUNT(*) AS count FROM "${entity.tableName}"`);
    result[entity.tableName] = Number(count);
  }
  return result;
}

/** An administrator's work on users and units: first run, accounts, passwords, renames, moves, deactivation, audit. */
describe('administration', () => {
  let t: TestApp;
  let org: Org;

  async function newUser(username: string, unitId: number, roles: string[], displayName = username) {
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(org.adminToken))
      .send({ username, password: 'mat-khau-dai-2026', displayName, unitId, roles })
      .expect(201);
    return created.body.id as number;
  }

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('lets the first administrator create a province as a new root and fill it at once', async () => {
    const province = await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'SL', name: 'Ủy ban nhân dân tỉnh Sơn La', kind: 'province' })
      .expect(201);
    const department = await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'SL-SNV', name: 'Sở Nội vụ', kind: 'department', parentId: province.body.id })
      .expect(201);
    expect(department.body).toMatchObject({ parentId: province.body.id, active: true });
    // A board of another root cannot reach it.
    await t
      .http()
      .post('/api/units')
      .set(bearer(org.tokens.boardRoot))
      .send({ code: 'SL-X', name: 'x', kind: 'department', parentId: province.body.id })
      .expect(403);
  });

  it('lists and finds users ignoring case and diacritics, by role and by whether they may sign in', async () => {
    await newUser('lo.van.an', org.departmentA, ['submitter'], 'Lò Văn An');
    const found = await t.http().get('/api/users?q=lo van an').set(bearer(org.adminToken)).expect(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({ username: 'lo.van.an', displayName: 'Lò Văn An', active: true, lastLoginAt: null }),
    ]);
    const boards = await t.http().get('/api/users?role=board&pageSize=100').set(bearer(org.adminToken)).expect(200);
    expect(boards.body.items.map((u: { username: string }) => u.username).sort()).toEqual(['board.a', 'board.root']);
    await t.http().get('/api/users?active=maybe').set(bearer(org.adminToken)).expect(400);
    await t.http().get('/api/users').set(bearer(org.tokens.boardRoot)).expect(403);
  });

  it('signs a deactivated user out at once and refuses its sign-in, until it is reactivated; all audited', async () => {
    const id = await newUser('tam.nghi', org.departmentB, ['submitter']);
    const token = await login(t, 'tam.nghi', 'mat-khau-dai-2026');
    await t.http().get('/api/nominations').set(bearer(token)).expect(200);
    const deactivated = await t
      .http()
      .patch(`/api/users/${id}`)
      .set(bearer(org.adminToken))
      .send({ active: false })
      .expect(200);
    expect(deactivated.body).toMatchObject({ active: false });
    expectErrorShape((await t.http().get('/api/nominations').set(bearer(token)).expect(401)).body, 401);
    await t.http().post('/api/auth/login').send({ username: 'tam.nghi', password: 'mat-khau-dai-2026' }).expect(401);
    await t.http().patch(`/api/users/${id}`).set(bearer(org.adminToken)).send({ active: true }).expect(200);
    await login(t, 'tam.nghi', 'mat-khau-dai-2026');
    // The old token stays ended: deactivation ended every token issued before it.
    await t.http().get('/api/nominations').set(bearer(token)).expect(401);

    const audit = await t
      .http()
      .get(`/api/audit?entityType=user&entityId=${id}`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'reactivate',
      'deactivate',
      'create',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actor: { displayName: 'Quản trị hệ thống' },
      changes: { active: { from: true, to: false } },
    });
    await t.http().get('/api/audit').set(bearer(org.tokens.submitterA)).expect(403);
  });

  it('changes a user’s name, unit and roles, and refuses a unit outside the scope, bad roles and self-lockout', async () => {
    const id = await newUser('chuyen.vien', org.departmentA, ['submitter']);
    const updated = await t
      .http()
      .patch(`/api/users/${id}`)
      .set(bearer(org.adminToken))
      .send({ displayName: 'Chuyên viên Sở Y tế', unitId: org.departmentB, roles: ['submitter', 'board'] })
      .expect(200);
    expect(updated.body).toMatchObject({ displayName: 'Chuyên viên Sở Y tế', unitId: org.departmentB });
    const before = await counts(t);
    await t
      .http()
      .patch(`/api/users/${id}`)
      .set(bearer(org.adminToken))
      .send({ roles: ['emperor'] })
      .expect(400);
    await t.http().patch(`/api/users/${id}`).set(bearer(org.adminToken)).send({ unitId: 999_999 }).expect(422);
    await t
      .http()
      .patch(`/api/users/${id}`)
      .set(bearer(org.adminToken))
      .set('content-type', 'application/json')
      .send('null')
      .expect(400);
    await t.http().patch(`/api/users/${id}`).set(bearer(org.tokens.boardRoot)).send({ active: false }).expect(403);
    const adminId = (await t.http().get('/api/users/me').set(bearer(org.adminToken)).expect(200)).body.id;
    for (const change of [{ active: false }, { roles: ['board'] }]) {
      const refused = await t.http().patch(`/api/users/${adminId}`).set(bearer(org.adminToken)).send(change);
      expect(refused.status).toBe(422);
      expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'user.self_lockout' })]);
    }
    expect(await counts(t)).toEqual(before);

    // An administrator of department A sees only its own department's users.
    await newUser('qt.so.a', org.departmentA, ['admin']);
    const departmentAdmin = await login(t, 'qt.so.a', 'mat-khau-dai-2026');
    await t.http().get(`/api/users/${id}`).set(bearer(departmentAdmin)).expect(404);
    await t.http().patch(`/api/users/${id}`).set(bearer(departmentAdmin)).send({ active: false }).expect(404);
  });

  it('makes a user change a password an administrator set before anything else, and ends older tokens', async () => {
    const id = await newUser('quen.mat.khau', org.departmentA, ['submitter']);
    const old = await login(t, 'quen.mat.khau', 'mat-khau-dai-2026');
    await t.http().put(`/api/users/${id}/password`).set(bearer(org.adminToken)).send({ password: 'short' }).expect(422);
    await t
      .http()
      .put(`/api/users/${id}/password`)
      .set(bearer(org.adminToken))
      .send({ password: 'tam-thoi-2026-x' })
      .expect(204);
    await t.http().get('/api/users/me').set(bearer(old)).expect(401);

    const signIn = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'quen.mat.khau', password: 'tam-thoi-2026-x' })
      .expect(200);
    expect(signIn.body.user.mustChangePassword).toBe(true);
    const temporary = signIn.body.accessToken as string;
    await t.http().get('/api/users/me').set(bearer(temporary)).expect(200);
    const blocked = await t.http().get('/api/nominations').set(bearer(temporary)).expect(403);
    expect(blocked.body).toMatchObject({ mustChangePassword: true });

    const change = (body: Record<string, unknown>) =>
      t.http().post('/api/users/me/password').set(bearer(temporary)).send(body);
    const wrong = await change({ currentPassword: 'not-it-at-all', newPassword: 'Hoa-ban-Tay-Bac-26' }).expect(422);
    expect(wrong.body.violations).toEqual([expect.objectContaining({ rule: 'password.current' })]);
    for (const weak of ['ngan-qua', 'quen.mat.khau', 'matkhau123']) {
      const refused = await change({ currentPassword: 'tam-thoi-2026-x', newPassword: weak }).expect(422);
      expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'password.weak' })]);
    }
    await change({ currentPassword: 'tam-thoi-2026-x', newPassword: 'Hoa-ban-Tay-Bac-26' }).expect(204);
    await t.http().get('/api/users/me').set(bearer(temporary)).expect(401);

    const fresh = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'quen.mat.khau', password: 'Hoa-ban-Tay-Bac-26' })
      .expect(200);
    expect(fresh.body.user.mustChangePassword).toBe(false);
    await t.http().get('/api/nominations').set(bearer(fresh.body.accessToken)).expect(200);
    const shown = await t.http().get(`/api/users/${id}`).set(bearer(org.adminToken)).expect(200);
    expect(shown.body.lastLoginAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const actions = (
      await t.http().get(`/api/audit?entityType=user&entityId=${id}`).set(bearer(org.adminToken)).expect(200)
    ).body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(['password.change', 'password.reset', 'create']);
  });

  it('renames the root, moves a unit with its subtree, refuses a cycle, and deactivates a unit for new nominations', async () => {
    const renamed = await t
      .http()
      .patch(`/api/units/${org.rootId}`)
      .set(bearer(org.adminToken))
      .send({ name: 'Ủy ban nhân dân tỉnh Điện Biên' })
      .expect(200);
    expect(renamed.body.name).toBe('Ủy ban nhân dân tỉnh Điện Biên');

    // Department B, with its people, moves under department A: A's board now reaches them.
    const person = await createPerson(t, org.tokens.submitterB, org.departmentB, 'Quàng Thị Mai');
    await t.http().get(`/api/people/${person}`).set(bearer(org.tokens.boardA)).expect(404);
    await t
      .http()
      .patch(`/api/units/${org.departmentB}`)
      .set(bearer(org.adminToken))
      .send({ parentId: org.departmentA })
      .expect(200);
    await t.http().get(`/api/people/${person}`).set(bearer(org.tokens.boardA)).expect(200);
    const cycle = await t
      .http()
      .patch(`/api/units/${org.departmentA}`)
      .set(bearer(org.adminToken))
      .send({ parentId: org.departmentB })
      .expect(422);
    expect(cycle.body.violations).toEqual([expect.objectContaining({ rule: 'unit.cycle' })]);
    await t.http().patch(`/api/units/${org.departmentA}`).set(bearer(org.adminToken)).send({ kind: 'x' }).expect(400);
    await t
      .http()
      .patch(`/api/units/${org.departmentA}`)
      .set(bearer(org.tokens.boardRoot))
      .send({ name: 'x' })
      .expect(403);
    // Moved back, so the later tests see the organisation as built.
    await t
      .http()
      .patch(`/api/units/${org.departmentB}`)
      .set(bearer(org.adminToken))
      .send({ parentId: org.rootId })
      .expect(200);
    await t.http().get(`/api/people/${person}`).set(bearer(org.tokens.boardA)).expect(404);

    await t
      .http()
      .patch(`/api/units/${org.departmentB}`)
      .set(bearer(org.adminToken))
      .send({ active: false })
      .expect(200);
    const refused = await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterB))
      .send({
        year: 2024,
        awardTypeCode: 'giay_khen',
        proposingUnitId: org.departmentB,
        personId: person,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ',
      })
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'unit.inactive' })]);
    const inactive = await t.http().get('/api/units?active=false').set(bearer(org.adminToken)).expect(200);
    expect(inactive.body.items.map((u: { id: number }) => u.id)).toEqual([org.departmentB]);
    await t
      .http()
      .patch(`/api/units/${org.departmentB}`)
      .set(bearer(org.adminToken))
      .send({ active: true })
      .expect(200);
    await nominate(t, org.tokens.submitterB, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentB,
      personId: person,
    });

    const moves = await t
      .http()
      .get(`/api/audit?entityType=unit&entityId=${org.departmentB}`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(moves.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'update',
      'deactivate',
      'move',
      'move',
      'create',
    ]);
    expect(moves.body.items[3].changes.parentId).toEqual({ from: org.rootId, to: org.departmentA });
  });

  it('merges a unit into another: its units, people, users and open nominations move; its history stays', async () => {
    const unit = async (code: string, name: string, kind: string, parentId: number) =>
      (await t.http().post('/api/units').set(bearer(org.adminToken)).send({ code, name, kind, parentId }).expect(201))
        .body.id as number;
    const old = await unit('SO-KHCN', 'Sở Khoa học và Công nghệ', 'department', org.rootId);
    const centre = await unit('TT-UDKH', 'Trung tâm Ứng dụng khoa học', 'agency', old);
    const userId = await newUser('vt.so.khcn', old, ['submitter']);
    const clerk = await login(t, 'vt.so.khcn', 'mat-khau-dai-2026');
    const personId = await createPerson(t, clerk, old, 'Vì Văn Khoa');
    const open = await nominate(t, clerk, { awardTypeCode: 'giay_khen', proposingUnitId: old, personId });
    const closed = await nominate(t, clerk, { awardTypeCode: 'lao_dong_tien_tien', proposingUnitId: old, personId });
    await t
      .http()
      .post(`/api/nominations/${closed.id}/events`)
      .set(bearer(clerk))
      .send({ type: 'WITHDRAW' })
      .expect(200);

    const merge = (id: number, body: Record<string, unknown>, token = org.adminToken) =>
      t.http().post(`/api/units/${id}/merge`).set(bearer(token)).send(body);
    const before = await counts(t);
    expect((await merge(old, { intoUnitId: old, effectiveOn: '2025-07-01' }).expect(422)).body.violations).toEqual([
      expect.objectContaining({ rule: 'unit.cycle' }),
    ]);
    await merge(old, { intoUnitId: centre, effectiveOn: '2025-07-01' }).expect(422);
    await merge(old, { intoUnitId: org.departmentA }).expect(400);
    await merge(old, { intoUnitId: org.departmentA, effectiveOn: '2025-07-01' }, org.tokens.boardRoot).expect(403);
    expect(await counts(t)).toEqual(before);

    const merged = await merge(old, { intoUnitId: org.departmentA, effectiveOn: '2025-07-01' }).expect(200);
    expect(merged.body).toEqual({
      unit: expect.objectContaining({ id: old, active: false, mergedIntoId: org.departmentA }),
      moved: { units: 1, people: 1, users: 1, nominations: 1 },
    });
    const get = (path: string) => t.http().get(path).set(bearer(org.adminToken)).expect(200);
    expect((await get(`/api/units/${centre}`)).body.parentId).toBe(org.departmentA);
    expect((await get(`/api/people/${personId}`)).body.unitId).toBe(org.departmentA);
    expect((await get(`/api/users/${userId}`)).body.unitId).toBe(org.departmentA);
    expect((await get(`/api/nominations/${open.id}`)).body.proposingUnitId).toBe(org.departmentA);
    expect((await get(`/api/nominations/${closed.id}`)).body.proposingUnitId).toBe(old);
    // Department A's board now reaches what moved, and the clerk keeps working from department A.
    await t.http().get(`/api/nominations/${open.id}`).set(bearer(org.tokens.boardA)).expect(200);
    await t.http().get(`/api/nominations/${open.id}`).set(bearer(clerk)).expect(200);
    await merge(old, { intoUnitId: org.departmentB, effectiveOn: '2025-07-02' }).expect(422);

    for (const [id, action] of [
      [old, 'merge'],
      [org.departmentA, 'merge.receive'],
    ] as const) {
      const history = await get(`/api/audit?entityType=unit&entityId=${id}`);
      expect(history.body.items[0]).toMatchObject({
        action,
        changes: expect.objectContaining({ fromUnitId: old, intoUnitId: org.departmentA, effectiveOn: '2025-07-01' }),
      });
    }
  });

  it('lists decisions, councils and council sessions in the caller’s scope', async () => {
    for (const path of ['/api/decisions?year=2024', '/api/councils', '/api/council-sessions?state=open']) {
      const list = await t.http().get(path).set(bearer(org.tokens.boardRoot)).expect(200);
      expect(list.body).toMatchObject({ items: expect.any(Array), total: expect.any(Number), page: 1 });
    }
    await t.http().get('/api/council-sessions?state=dreaming').set(bearer(org.tokens.boardRoot)).expect(400);
  });
});

describe('first run', () => {
  it('prints no document under the placeholder province name, and the province’s name once the administrator sets it', async () => {
    const t = await startApp();
    try {
      const admin = await login(t, 'admin', 'admin-password-1');
      const rootId = (await t.http().get('/api/users/me').set(bearer(admin)).expect(200)).body.unitId;
      const refused = await t.http().get('/api/reports/yearly?year=2024&format=html').set(bearer(admin)).expect(422);
      expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'province.name' })]);
      // Opened from a page's link, the same refusal is a page that says what to do, not the API's JSON.
      const browser = await signedIn(t, 'admin', 'admin-password-1');
      const page = await browser.get('/api/reports/yearly?year=2024&format=pdf').set('accept', 'text/html').expect(422);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('quản trị viên hãy đặt tên tỉnh (Quản trị → Đơn vị) trước khi in văn bản');
      expect(page.text).not.toContain('statusCode');
      await t
        .http()
        .patch(`/api/units/${rootId}`)
        .set(bearer(admin))
        .send({ name: 'Ủy ban nhân dân tỉnh Sơn La' })
        .expect(200);
      const report = await t.http().get('/api/reports/yearly?year=2024&format=html').set(bearer(admin)).expect(200);
      expect(report.text).toContain('Sơn La, ngày');
    } finally {
      await t.close();
    }
  });
});

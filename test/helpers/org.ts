import { ADMIN, bearer, login, type TestApp } from './test-app.js';

export interface Org {
  adminToken: string;
  rootId: number;
  departmentA: number;
  departmentB: number;
  communeOfA: number;
  tokens: { boardRoot: string; submitterA: string; submitterB: string; boardA: string };
  userIds: Record<string, number>;
}

const PASSWORD = 'password-123';

/**
 * A small organisation: the root (province) with two departments, a commune below department A, a province-wide board,
 * a board and a submitter of department A, and a submitter of department B.
 */
export async function buildOrg(t: TestApp): Promise<Org> {
  const adminToken = await login(t, ADMIN.username, ADMIN.password);
  const me = await t.http().get('/api/users/me').set(bearer(adminToken)).expect(200);
  const rootId = me.body.unitId as number;
  // The first run's root is a placeholder; documents need the province's name.
  await t
    .http()
    .patch(`/api/units/${rootId}`)
    .set(bearer(adminToken))
    .send({ name: 'Ủy ban nhân dân tỉnh Sơn La' })
    .expect(200);
  const unit = async (code: string, name: string, kind: string, parentId: number) =>
    (await t.http().post('/api/units').set(bearer(adminToken)).send({ code, name, kind, parentId }).expect(201)).body
      .id as number;
  const departmentA = await unit('DEP-A', 'Sở Nông nghiệp', 'department', rootId);
  const departmentB = await unit('DEP-B', 'Sở Y tế', 'department', rootId);
  const communeOfA = await unit('COM-A1', 'Xã Hua La', 'commune', departmentA);
  const userIds: Record<string, number> = {};
  const user = async (username: string, unitId: number, roles: string[]) => {
    const response = await t
      .http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ username, password: PASSWORD, displayName: username, unitId, roles })
      .expect(201);
    userIds[username] = response.body.id;
    return login(t, username, PASSWORD);
  };
  return {
    adminToken,
    rootId,
    departmentA,
    departmentB,
    communeOfA,
    tokens: {
      boardRoot: await user('board.root', rootId, ['board']),
      submitterA: await user('submitter.a', departmentA, ['submitter']),
      submitterB: await user('submitter.b', departmentB, ['submitter']),
      boardA: await user('board.a', departmentA, ['board']),
    },
    userIds,
  };
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { todayInVietnam } from '../src/common/time.js';
import { addWorkingDays } from '../src/common/working-days.js';
import { submittedDossier } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';
import { csrfOf, signedIn } from './helpers/web.js';

/**
 * The holiday calendar (issue #18): shipped through 2027, kept by the administrators, and read by every working-day
 * limit, so that a day added moves the limits that run over it.
 */
describe('the holiday calendar', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  const list = async (year: number) =>
    (await t.http().get(`/api/holidays?year=${year}`).set(bearer(org.tokens.submitterA)).expect(200)).body as {
      id: number;
      date: string;
      name: string;
    }[];

  it('starts with the shipped days, named, through 2027', async () => {
    const days = await list(2027);
    expect(days.map((day) => day.date)).toContain('2027-02-08');
    expect(days.find((day) => day.date === '2027-02-08')!.name).toBe('Tết Nguyên đán');
    expect(days.find((day) => day.date === '2027-09-02')!.name).toBe('Quốc khánh (2/9)');
    expect((await list(2024)).length).toBeGreaterThan(5);
  });

  it('lets administrators add and remove days, refusing a bad or repeated one, and moves the limits that run over them', async () => {
    const nomination = await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Lường Văn Nghỉ');
    const deadlines = async () =>
      (await t.http().get(`/api/nominations/${nomination}`).set(bearer(org.tokens.boardRoot)).expect(200)).body
        .deadlines as { kind: string; dueOn: string }[];
    const today = todayInVietnam();
    const before = new Set(
      [...(await list(Number(today.slice(0, 4)))), ...(await list(Number(today.slice(0, 4)) + 1))].map((d) => d.date),
    );
    expect((await deadlines())[0].dueOn).toBe(addWorkingDays(today, 5, before));
    const nextWorkingDay = addWorkingDays(today, 1, before);

    const add = (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/holidays').set(bearer(token)).send(body);
    await add(org.tokens.boardRoot, { date: nextWorkingDay, name: 'Nghỉ bù' }).expect(403);
    await add(org.adminToken, { date: '2027-02-30', name: 'Ngày không có' }).expect(400);
    await add(org.adminToken, { date: nextWorkingDay, name: ' ' }).expect(400);
    const added = (await add(org.adminToken, { date: nextWorkingDay, name: 'Nghỉ bù theo thông báo' }).expect(201))
      .body;
    expect(added).toEqual({ id: expect.any(Number), date: nextWorkingDay, name: 'Nghỉ bù theo thông báo' });
    await add(org.adminToken, { date: nextWorkingDay, name: 'Lần nữa' }).expect(409);
    expect((await deadlines())[0].dueOn).toBe(addWorkingDays(today, 5, new Set([...before, nextWorkingDay])));

    await t.http().delete(`/api/holidays/${added.id}`).set(bearer(org.adminToken)).expect(204);
    await t.http().delete(`/api/holidays/${added.id}`).set(bearer(org.adminToken)).expect(404);
    expect((await deadlines())[0].dueOn).toBe(addWorkingDays(today, 5, before));
  });

  it('keeps the calendar on an administrator’s page, a year at a time', async () => {
    const admin = await signedIn(t, 'admin', 'admin-password-1');
    const page = await admin.get('/admin/holidays?year=2027').expect(200);
    expect(page.text).toContain('Lịch nghỉ lễ, Tết năm 2027');
    expect(page.text).toContain('16/04/2027');
    const refused = await admin
      .post('/admin/holidays')
      .type('form')
      .send({ _csrf: csrfOf(page.text), date: '2027-02-08', name: 'Trùng' })
      .expect(409);
    expect(refused.text).toContain('đã có trong lịch nghỉ');
    const saved = await admin
      .post('/admin/holidays')
      .type('form')
      .send({ _csrf: csrfOf(page.text), date: '2027-12-31', name: 'Nghỉ cuối năm' })
      .expect(303);
    expect(saved.headers.location).toBe('/admin/holidays?year=2027&notice=notice.saved');
    expect((await admin.get('/admin/holidays?year=2027').expect(200)).text).toContain('Nghỉ cuối năm');
    const board = await signedIn(t, 'board.root', 'password-123');
    await board.get('/admin/holidays').expect(403);
  });
});

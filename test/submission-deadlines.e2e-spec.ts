import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HolidayCalendar } from '../src/calendar/holiday-calendar.js';
import { todayInVietnam, vietnameseDate } from '../src/common/time.js';
import { addWorkingDays } from '../src/common/working-days.js';
import { DeadlineReminders } from '../src/nominations/deadline-reminders.js';
import { completeDossier, createPerson, nominate, send } from './helpers/dossier.js';
import { createMovement } from './helpers/movements.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';
import { csrfOf, signedIn } from './helpers/web.js';

/**
 * Submission deadlines (issue #18): a movement's, else the yearly round's (ROUND_DEADLINES, off unless set). A first
 * submission after it is refused, unless the deciding board accepted the dossier late with a reason, which is logged.
 */
describe('submission deadlines', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    // The 2024 round closed on 15 January 2025; 2023 has no deadline, so old dossiers can still be entered.
    t = await startApp({ ROUND_DEADLINES: '2024:2025-01-15' });
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  async function draft(name: string, body: Record<string, unknown> = {}): Promise<{ id: number; version: number }> {
    const personId = await createPerson(t, org.tokens.submitterA, org.departmentA, name);
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'bang_khen_tinh',
      proposingUnitId: org.departmentA,
      personId,
      ...body,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    return { id: nomination.id, version: nomination.version };
  }

  const acceptLate = (token: string, id: number, body: Record<string, unknown>) =>
    t.http().post(`/api/nominations/${id}/accept-late`).set(bearer(token)).send(body);

  it('refuses a late first submission until the deciding board accepts it with a reason, and logs who did', async () => {
    const late = await draft('Hoàng Văn Muộn');
    const refused = await send(t, org.tokens.submitterA, late.id, { type: 'SUBMIT' }).expect(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({
        rule: 'submission.deadline',
        message: expect.stringContaining('Đã quá hạn nộp hồ sơ khen thưởng năm 2024 (15/01/2025)'),
      }),
    ]);
    // The submitter cannot accept it, nor department A's board (the province decides a Bằng khen of the province).
    await acceptLate(org.tokens.submitterA, late.id, { reason: 'x', version: late.version }).expect(403);
    await acceptLate(org.tokens.boardA, late.id, { reason: 'x', version: late.version }).expect(403);
    await acceptLate(org.tokens.boardRoot, late.id, { reason: ' ', version: late.version }).expect(400);
    await acceptLate(org.tokens.boardRoot, late.id, { reason: 'Giải trình', version: late.version + 5 }).expect(409);
    const reason = 'Sở gửi văn bản giải trình số 12/SNN: hồ sơ chờ kết quả bình xét';
    await acceptLate(org.tokens.boardRoot, late.id, { reason, version: late.version }).expect(200);
    await acceptLate(org.tokens.boardRoot, late.id, { reason, version: late.version + 1 }).expect(409);
    await send(t, org.tokens.submitterA, late.id, { type: 'SUBMIT' }).expect(200);

    const audit = await t
      .http()
      .get(`/api/audit?entityType=nomination&entityId=${late.id}`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'accept_late', reason, actor: { displayName: 'board.root' } });

    // A year without a deadline submits as before.
    const old = await draft('Hoàng Văn Cũ', { year: 2023 });
    await send(t, org.tokens.submitterA, old.id, { type: 'SUBMIT' }).expect(200);
  });

  it('takes a movement’s deadline for the nominations linked to it', async () => {
    const movement = await createMovement(t, org.tokens.boardRoot, {
      title: 'Thi đua chuyển đổi số năm 2025',
      kind: 'thematic',
      launchedByUnitId: org.rootId,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      submissionDeadline: '2025-11-30',
    }).expect(201);
    expect(movement.body.submissionDeadline).toBe('2025-11-30');
    const linked = await draft('Lò Thị Số', { year: 2025, movementId: movement.body.id });
    const refused = await send(t, org.tokens.submitterA, linked.id, { type: 'SUBMIT' }).expect(422);
    expect(refused.body.violations[0].message).toContain('Đã quá hạn nộp hồ sơ của phong trào (30/11/2025)');
    const free = await draft('Lò Thị Tự Do', { year: 2025 });
    await send(t, org.tokens.submitterA, free.id, { type: 'SUBMIT' }).expect(200);

    // On the page: the deadline, past, and for the province's board the form to accept it late.
    const board = await signedIn(t, 'board.root', 'password-123');
    const page = await board.get(`/nominations/${linked.id}`).expect(200);
    expect(page.text).toContain('Hạn nộp hồ sơ của phong trào: <strong>30/11/2025</strong> — đã quá hạn');
    const accepted = await board
      .post(`/nominations/${linked.id}/accept-late`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), version: String(linked.version), reason: 'Chậm do sáp nhập đơn vị' })
      .expect(303);
    expect(accepted.headers.location).toBe(`/nominations/${linked.id}?notice=notice.saved`);
    expect((await board.get(`/nominations/${linked.id}`).expect(200)).text).toContain(
      'Ban Thi đua - Khen thưởng đã chấp nhận nộp muộn',
    );
    const submitter = await signedIn(t, 'submitter.a', 'password-123');
    expect((await submitter.get(`/nominations/${linked.id}`).expect(200)).text).not.toContain('f-late-reason');
    await send(t, org.tokens.submitterA, linked.id, { type: 'SUBMIT' }).expect(200);
  });

  it('warns the submitters of a draft near or past its deadline, on their home page and in their inbox, once each', async () => {
    const holidays = await t.app.get(HolidayCalendar).days();
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const movementDue = async (title: string, submissionDeadline: string) =>
      (
        await createMovement(t, org.tokens.boardRoot, {
          title,
          kind: 'thematic',
          launchedByUnitId: org.rootId,
          startDate: `${year}-01-01`,
          endDate: `${year}-12-31`,
          submissionDeadline,
        }).expect(201)
      ).body.id;
    const dueOn = addWorkingDays(today, 3, holidays);
    const near = await draft('Cầm Văn Gần', { year, movementId: await movementDue('Thi đua gần hạn', dueOn) });
    const far = await draft('Cầm Văn Xa', {
      year,
      movementId: await movementDue('Thi đua còn xa', addWorkingDays(today, 20, holidays)),
    });

    const submitter = await signedIn(t, 'submitter.a', 'password-123');
    const home = (await submitter.get('/').expect(200)).text;
    const section = home.slice(home.indexOf('h-submission-due'), home.indexOf('h-needs'));
    expect(section).toContain('Cầm Văn Gần');
    expect(section).toContain(`3 (${vietnameseDate(dueOn)})`);
    expect(section).not.toContain('Cầm Văn Xa');

    const reminders = t.app.get(DeadlineReminders);
    const inboxOf = async (kind: string) =>
      (
        await t.http().get('/api/notifications?pageSize=100').set(bearer(org.tokens.submitterA)).expect(200)
      ).body.items.filter((item: { kind: string; link: string }) => item.kind === kind);
    await reminders.remind(today);
    await reminders.remind(today);
    const soon = await inboxOf('deadline_soon');
    expect(soon.map((item: { link: string }) => item.link)).toEqual([`/nominations/${near.id}`]);
    expect(soon[0].message).toContain(`Sắp đến hạn nộp hồ sơ (${vietnameseDate(dueOn)}, còn 3 ngày làm việc)`);
    // The day after the deadline: told once that it is past.
    await reminders.remind(addWorkingDays(dueOn, 1, holidays));
    await reminders.remind(addWorkingDays(dueOn, 2, holidays));
    const overdue = await inboxOf('deadline_overdue');
    expect(overdue.map((item: { link: string }) => item.link)).toEqual([`/nominations/${near.id}`]);
    expect(overdue[0].message).toContain('Đã quá hạn nộp hồ sơ');
    expect(far.id).toBeGreaterThan(near.id);
  });
});

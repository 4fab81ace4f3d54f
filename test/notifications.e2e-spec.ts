import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addWorkingDays } from '../src/common/working-days.js';
import { todayInVietnam, vietnameseDate } from '../src/common/time.js';
import { councilWithMembers, createDecision, sessionEvent, type CouncilMemberLogin } from './helpers/council.js';
import { completeDossier, createPerson, fromToday, nominate, rate, send, submittedDossier } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, e2eDatabase, startApp, type TestApp } from './helpers/test-app.js';
import { HolidayCalendar } from '../src/calendar/holiday-calendar.js';
import { DeadlineReminders } from '../src/nominations/deadline-reminders.js';
import { csrfOf, signedIn } from './helpers/web.js';

interface Item {
  id: number;
  kind: string;
  message: string;
  messageEn: string;
  link: string;
  read: boolean;
}

/**
 * Notifications (issue #18): each change tells whoever must act next, in the change's own transaction, in an inbox with
 * an unread count (api.md, "Notifications and deadlines").
 */
describe('notifications', () => {
  let t: TestApp;
  let org: Org;
  let members: CouncilMemberLogin[];
  let councilId: number;

  const inbox = async (token: string, query = ''): Promise<{ items: Item[]; total: number; unread: number }> =>
    (await t.http().get(`/api/notifications${query}`).set(bearer(token)).expect(200)).body;
  /** The newest notification of `kind` in the inbox of `token`, if any. */
  const newest = async (token: string, kind: string) => (await inbox(token)).items.find((item) => item.kind === kind);

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    ({ councilId, members } = await councilWithMembers(t, org, { count: 3 }));
  });
  afterAll(() => t.close());

  it('tells the deciding board of a submission, the submitters of a return with its reason, and the board of a resubmission; the board’s limits run from each receipt', async () => {
    // A Bằng khen of the province: the province's board decides, not department A's.
    const boardABefore = (await inbox(org.tokens.boardA)).total;
    const nomination = { id: await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Quàng Văn Báo') };
    const submitted = await newest(org.tokens.boardRoot, 'submitted');
    expect(submitted).toMatchObject({
      message: expect.stringContaining('Sở Nông nghiệp'),
      link: `/nominations/${nomination.id}`,
      read: false,
    });
    expect(submitted!.message).toContain('Quàng Văn Báo');
    // The board's limits run from the receipt: 5 working days to return the dossier, 20 to appraise it.
    const holidays = new Set(t.config.holidays);
    const today = todayInVietnam();
    const deadlines = async () =>
      (await t.http().get(`/api/nominations/${nomination.id}`).set(bearer(org.tokens.boardRoot)).expect(200)).body
        .deadlines;
    const running = [
      { kind: 'return', dueOn: addWorkingDays(today, 5, holidays), daysLeft: 5, overdue: false },
      { kind: 'appraisal', dueOn: addWorkingDays(today, 20, holidays), daysLeft: 20, overdue: false },
    ];
    expect(await deadlines()).toEqual(running);
    expect((await inbox(org.tokens.boardA)).total).toBe(boardABefore);

    const reason = 'Thiếu biên bản họp xét của Sở, bổ sung trong 5 ngày làm việc';
    await send(t, org.tokens.boardRoot, nomination.id, { type: 'RETURN', comment: reason }).expect(200);
    const returned = await newest(org.tokens.submitterA, 'returned');
    expect(returned).toMatchObject({ link: `/nominations/${nomination.id}` });
    expect(returned!.message).toContain(reason);
    expect(await newest(org.tokens.submitterB, 'returned')).toBeUndefined();
    // Back with the unit: no limit runs for the board.
    expect(await deadlines()).toEqual([]);

    await send(t, org.tokens.submitterA, nomination.id, { type: 'RESUBMIT' }).expect(200);
    expect(await newest(org.tokens.boardRoot, 'resubmitted')).toMatchObject({ link: `/nominations/${nomination.id}` });
    expect(await deadlines()).toEqual(running);
    const board = await signedIn(t, 'board.root', 'password-123');
    const page = await board.get(`/nominations/${nomination.id}`).expect(200);
    expect(page.text).toContain(
      `Hạn thẩm định: <strong>${vietnameseDate(running[1].dueOn)}</strong> (còn 20 ngày làm việc)`,
    );
  });

  it('tells the nearest board at or above the deciding unit: a department’s Giấy khen goes to its own board', async () => {
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lò Thị Khen');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    const rootBefore = (await inbox(org.tokens.boardRoot)).total;
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    expect((await inbox(org.tokens.boardA)).items[0]).toMatchObject({
      kind: 'submitted',
      link: `/nominations/${nomination.id}`,
    });
    expect((await inbox(org.tokens.boardRoot)).total).toBe(rootBefore);

    // The decision tells the proposing unit's submitters.
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    await createDecision(t, org.tokens.boardA, {
      number: '15/QĐ-SNN',
      signedOn: '2024-12-20',
      signerName: 'Lò Văn Mạnh',
      signerTitle: 'GIÁM ĐỐC',
      issuingUnitId: org.departmentA,
      nominationIds: [nomination.id],
    }).expect(201);
    const decided = await newest(org.tokens.submitterA, 'decision_issued');
    expect(decided).toMatchObject({ link: `/nominations/${nomination.id}` });
    expect(decided!.message).toContain('15/QĐ-SNN ngày 20/12/2024');
    expect(decided!.message).toContain('Lò Thị Khen');
  });

  it('tells the council’s members of a session planned and opened, and the board of a public comment', async () => {
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Cầm Văn Hội');
    await rate(t, org.tokens.submitterA, person, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'chien_si_thi_dua_tinh',
      proposingUnitId: org.departmentA,
      personId: person,
      achievements: 'Dẫn đầu phong trào',
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id, true);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardRoot, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);

    const notice = await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({
        title: 'Công khai đợt 1',
        startsOn: fromToday(-1),
        endsOn: fromToday(20),
        nominationIds: [nomination.id],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/public/notices/${notice.body.id}/comments`)
      .send({ nominationId: nomination.id, text: 'Đề nghị xem lại thành tích' })
      .expect(201);
    expect(await newest(org.tokens.boardRoot, 'public_comment')).toMatchObject({
      message: expect.stringContaining('Công khai đợt 1'),
      link: `/nominations/${nomination.id}`,
    });
    expect(await newest(org.tokens.boardA, 'public_comment')).toBeUndefined();

    const session = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(org.tokens.boardRoot))
      .send({
        councilId,
        title: 'Phiên họp xét CSTĐ tỉnh',
        meetingDate: fromToday(21),
        startsAt: '08:00',
        place: 'Phòng họp số 1',
        nominationIds: [nomination.id],
      })
      .expect(201);
    for (const member of members) {
      const planned = await newest(member.token, 'session_scheduled');
      expect(planned).toMatchObject({ link: `/council/sessions/${session.body.id}` });
      expect(planned!.message).toContain(`Phiên họp xét CSTĐ tỉnh`);
      expect(planned!.message).toContain('08:00, Phòng họp số 1');
    }
    const presentMemberIds = members.map((member) => member.id);
    await sessionEvent(t, members[0].token, session.body.id, { type: 'OPEN', presentMemberIds }).expect(200);
    for (const member of members) {
      expect(await newest(member.token, 'session_opened')).toMatchObject({
        link: `/council/sessions/${session.body.id}`,
      });
    }
  });

  it('marks one or all read, keeps the unread count, and hides one user’s notifications from another', async () => {
    const before = await inbox(org.tokens.boardRoot);
    expect(before.unread).toBeGreaterThanOrEqual(2);
    const [first] = before.items;
    await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(org.tokens.submitterB)).expect(404);
    await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(org.tokens.boardRoot)).expect(204);
    await t.http().post(`/api/notifications/${first.id}/read`).set(bearer(org.tokens.boardRoot)).expect(204);
    const after = await inbox(org.tokens.boardRoot);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items[0]).toMatchObject({ id: first.id, read: true });
    const unreadOnly = await inbox(org.tokens.boardRoot, '?unread=true');
    expect(unreadOnly.items.every((item) => !item.read)).toBe(true);
    expect(unreadOnly.total).toBe(after.unread);
    await t.http().get('/api/notifications?unread=maybe').set(bearer(org.tokens.boardRoot)).expect(400);
    await t.http().post('/api/notifications/read-all').set(bearer(org.tokens.boardRoot)).expect(204);
    expect((await inbox(org.tokens.boardRoot)).unread).toBe(0);
  });

  it('shows a returned dossier’s reason at the top of its page, and the inbox with its count in the header', async () => {
    const nomination = { id: await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Vì Thị Trả') };
    await send(t, org.tokens.boardRoot, nomination.id, { type: 'RETURN', comment: 'Sai năm sinh' }).expect(200);

    const submitter = await signedIn(t, 'submitter.a', 'password-123');
    const page = await submitter.get(`/nominations/${nomination.id}`).expect(200);
    const top = page.text.slice(page.text.indexOf('<h1>'), page.text.indexOf('class="grid"'));
    expect(top).toContain('role="alert"');
    expect(top).toContain('Hồ sơ bị trả lại bởi board.root');
    expect(top).toContain('Sai năm sinh');
    const { unread } = await inbox(org.tokens.submitterA);
    expect(page.text).toMatch(new RegExp(`href="/notifications"[^>]*>Thông báo <span class="count">${unread}</span>`));

    const list = await submitter.get('/notifications').expect(200);
    expect(list.text).toContain('Sai năm sinh');
    const item = (await inbox(org.tokens.submitterA)).items.find((entry) => entry.message.includes('Sai năm sinh'))!;
    const opened = await submitter
      .post(`/notifications/${item.id}/read`)
      .type('form')
      .send({ _csrf: csrfOf(list.text) })
      .expect(303);
    expect(opened.headers.location).toBe(`/nominations/${nomination.id}`);
    expect((await inbox(org.tokens.submitterA)).unread).toBe(unread - 1);
    // A page that is not a nomination's says nothing of returns.
    expect((await submitter.get('/nominations').expect(200)).text).not.toContain('Hồ sơ bị trả lại bởi');
  });

  it('lets a user give an e-mail address and turn e-mail off on the inbox page, refusing a bad address', async () => {
    const board = await signedIn(t, 'board.a', 'password-123');
    const page = await board.get('/notifications').expect(200);
    // No SMTP_URL here: the page says notifications stay in the inbox.
    expect(page.text).toContain('Máy chủ chưa được cấu hình gửi thư');
    const refused = await board
      .post('/notifications/settings')
      .type('form')
      .send({ _csrf: csrfOf(page.text), email: 'ban tdkt', emailNotifications: 'true' })
      .expect(400);
    expect(refused.text).toContain('aria-invalid="true"');
    expect(refused.text).toContain('value="ban tdkt"');
    await board
      .post('/notifications/settings')
      .type('form')
      .send({ _csrf: csrfOf(page.text), email: 'ban.snn@sonla.gov.vn' })
      .expect(303);
    expect((await t.http().get('/api/users/me/notifications').set(bearer(org.tokens.boardA)).expect(200)).body).toEqual(
      {
        email: 'ban.snn@sonla.gov.vn',
        emailNotifications: false,
        serverSendsEmail: false,
      },
    );
  });

  it('reminds the deciding board of limits due soon and past, once each, however often the job runs', async () => {
    const nomination = await submittedDossier(t, org.tokens.submitterA, org.departmentA, 'Điêu Thị Hạn');
    const reminders = t.app.get(DeadlineReminders);
    const holidays = await t.app.get(HolidayCalendar).days();
    const today = todayInVietnam();
    const mine = async (token: string) =>
      (await t.http().get('/api/notifications?pageSize=200').set(bearer(token)).expect(200)).body.items.filter(
        (item: Item) => item.link === `/nominations/${nomination}` && item.kind.startsWith('deadline_'),
      ) as Item[];

    // Three working days on, two are left of the five to return it; the twenty to appraise it are far off.
    await reminders.remind(addWorkingDays(today, 3, holidays));
    await reminders.remind(addWorkingDays(today, 3, holidays));
    const soon = await mine(org.tokens.boardRoot);
    expect(soon).toEqual([expect.objectContaining({ kind: 'deadline_soon' })]);
    expect(soon[0].message).toContain(
      `Sắp đến hạn trả lại hồ sơ không đủ điều kiện (${vietnameseDate(addWorkingDays(today, 5, holidays))}`,
    );

    // Nineteen working days on: the return limit is past, the appraisal limit near.
    await reminders.remind(addWorkingDays(today, 19, holidays));
    await reminders.remind(addWorkingDays(today, 19, holidays));
    const later = await mine(org.tokens.boardRoot);
    expect(later.map((item) => [item.kind, item.message.split(' (')[0]])).toEqual([
      ['deadline_soon', 'Sắp đến hạn thẩm định'],
      ['deadline_overdue', 'Đã quá hạn trả lại hồ sơ không đủ điều kiện'],
      ['deadline_soon', 'Sắp đến hạn trả lại hồ sơ không đủ điều kiện'],
    ]);
    expect(await mine(org.tokens.boardA)).toEqual([]);
    expect(await mine(org.tokens.submitterA)).toEqual([]);
  });
});

// Several instances only make sense on PostgreSQL; SQLite is one embedded file per app.
const describeOnPostgres = e2eDatabase() === 'postgres' ? describe : describe.skip;

describeOnPostgres('reminders from two app instances on one PostgreSQL', () => {
  it('reaches each board user once when both instances run the job at the same moment', async () => {
    const shared = { JWT_SECRET: 'a-secret-both-instances-share-0123456789' };
    const first = await startApp(shared);
    const second = await startApp(shared, { reset: false });
    try {
      const org = await buildOrg(first);
      const nomination = await submittedDossier(first, org.tokens.submitterA, org.departmentA, 'Lò Văn Hai');
      const holidays = await first.app.get(HolidayCalendar).days();
      const day = addWorkingDays(todayInVietnam(), 19, holidays);
      await Promise.all([first, second, first, second].map((app) => app.app.get(DeadlineReminders).remind(day)));
      const items = (
        await first.http().get('/api/notifications').set(bearer(org.tokens.boardRoot)).expect(200)
      ).body.items.filter((item: Item) => item.link === `/nominations/${nomination}`);
      expect(items.map((item: Item) => item.kind).sort()).toEqual(['deadline_overdue', 'deadline_soon', 'submitted']);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

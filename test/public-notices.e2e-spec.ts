import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallot, councilWithMembers, sessionEvent, type CouncilMemberLogin } from './helpers/council.js';
import { completeDossier, createPerson, fromToday, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';
import { signedIn } from './helpers/web.js';

/**
 * Public notice (issue #17): the board posts verified nominations for comment; anyone may comment while the notice is
 * open, within limits; the board answers; the minutes list the comments and their handling.
 */
describe('public notices and the public’s comments', () => {
  let t: TestApp;
  let org: Org;
  let members: CouncilMemberLogin[];
  let councilId: number;
  let nominationId: number;
  let noticeId: number;

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    ({ councilId, members } = await councilWithMembers(t, org, { count: 3 }));
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lường Thị Góp');
    await rate(t, org.tokens.submitterA, person, 2024, 'excellent');
    // CSTĐ tỉnh: voted by the council, and needs no notice of its own (it may still be posted).
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'chien_si_thi_dua_tinh',
      proposingUnitId: org.departmentA,
      personId: person,
      achievements: 'Dẫn đầu phong trào chuyển đổi số của Sở năm 2024',
    });
    nominationId = nomination.id;
    await completeDossier(t, org.tokens.submitterA, nominationId, true);
    await send(t, org.tokens.submitterA, nominationId, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardRoot, nominationId, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);
  });
  afterAll(() => t.close());

  it('posts verified nominations and shows the open notice to anyone, with what it posts', async () => {
    const draft = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'bang_khen_tinh',
      proposingUnitId: org.departmentA,
      personId: await createPerson(t, org.tokens.submitterA, org.departmentA, 'Chưa Thẩm Định'),
    });
    const notice = {
      title: 'Công khai danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
      startsOn: fromToday(-3),
      endsOn: fromToday(14),
    };
    const refused = await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({ ...notice, nominationIds: [nominationId, draft.id] })
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'public_notice.nomination_state' })]);
    await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.submitterA))
      .send({ ...notice, nominationIds: [nominationId] })
      .expect(403);
    const created = await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({ ...notice, nominationIds: [nominationId] })
      .expect(201);
    noticeId = created.body.id;
    expect(created.body).toMatchObject({ nominationIds: [nominationId], commentCount: 0 });

    const open = await t.http().get('/api/public/notices').expect(200);
    expect(open.body).toEqual([
      {
        id: noticeId,
        title: notice.title,
        startsOn: notice.startsOn,
        endsOn: notice.endsOn,
        items: [
          {
            nominationId,
            nomineeName: 'Lường Thị Góp',
            unitName: 'Sở Nông nghiệp',
            awardName: 'Chiến sĩ thi đua cấp tỉnh',
            achievements: 'Dẫn đầu phong trào chuyển đổi số của Sở năm 2024',
          },
        ],
      },
    ]);
    const page = await t.http().get(`/cong-khai/${noticeId}`).expect(200);
    expect(page.text).toContain('Lường Thị Góp');
    expect(page.text).toContain('Dẫn đầu phong trào chuyển đổi số');
  });

  it('takes comments within the window, refuses the rest, and limits how many one address sends', async () => {
    const closed = await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({ title: 'Đợt đã kết thúc', nominationIds: [nominationId], startsOn: '2024-11-04', endsOn: '2024-11-22' })
      .expect(201);
    await t.http().get(`/api/public/notices/${closed.body.id}`).expect(404);
    const comment = (body: Record<string, unknown>, id = noticeId) =>
      t.http().post(`/api/public/notices/${id}/comments`).send(body);

    const received = await comment({
      nominationId,
      text: 'Đề nghị làm rõ số liệu chuyển đổi số năm 2024',
      authorName: 'Một người dân',
    }).expect(201);
    expect(received.body).toEqual({ id: expect.any(Number), receivedAt: expect.any(String) });
    const tooLong = await comment({ nominationId, text: 'x'.repeat(5001) }).expect(400);
    expect(tooLong.body.details).toEqual([expect.objectContaining({ field: 'text' })]);
    await comment({ nominationId, text: '   ' }).expect(400);
    const outside = await comment({ nominationId, text: 'Muộn' }, closed.body.id).expect(422);
    expect(outside.body.violations).toEqual([expect.objectContaining({ rule: 'public_notice.closed' })]);
    const elsewhere = await comment({ nominationId: nominationId + 1000, text: 'Hồ sơ khác' }).expect(422);
    expect(elsewhere.body.violations).toEqual([expect.objectContaining({ rule: 'public_notice.nomination' })]);
    // Five requests in ten minutes from one address; the sixth is refused.
    const limited = await comment({ nominationId, text: 'Thêm một ý kiến' }).expect(429);
    expect(limited.body.message).toContain('quá nhiều ý kiến');

    const comments = await t
      .http()
      .get(`/api/public-notices/${noticeId}/comments`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(comments.body).toEqual([
      expect.objectContaining({ text: 'Đề nghị làm rõ số liệu chuyển đổi số năm 2024', answer: null }),
    ]);
    await t.http().get(`/api/public-notices/${noticeId}/comments`).set(bearer(org.tokens.boardA)).expect(404);
    const answered = await t
      .http()
      .post(`/api/public-notices/${noticeId}/comments/${received.body.id}/answer`)
      .set(bearer(org.tokens.boardRoot))
      .send({ answer: 'Đã đối chiếu báo cáo của Sở: số liệu đúng' })
      .expect(201);
    expect(answered.body).toMatchObject({ answer: 'Đã đối chiếu báo cáo của Sở: số liệu đúng' });
  });

  it('shows the comments on the nomination’s page, and lists them with their handling in the minutes', async () => {
    const board = await signedIn(t, 'board.root', 'password-123');
    const page = await board.get(`/nominations/${nominationId}`).expect(200);
    expect(page.text).toContain('Đề nghị làm rõ số liệu chuyển đổi số năm 2024');
    expect(page.text).toContain('Đã đối chiếu báo cáo của Sở: số liệu đúng');

    const session = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(org.tokens.boardRoot))
      .send({ councilId, title: 'Phiên họp xét CSTĐ tỉnh', meetingDate: fromToday(20), nominationIds: [nominationId] })
      .expect(201);
    const presentMemberIds = members.map((member) => member.id);
    // CSTĐ tỉnh needs no notice of its own: the council may meet while the notice is still open.
    await sessionEvent(t, members[0].token, session.body.id, { type: 'OPEN', presentMemberIds }).expect(200);
    for (const member of members)
      await castBallot(t, member.token, session.body.id, [[nominationId, 'approve']]).expect(201);
    await sessionEvent(t, members[0].token, session.body.id, { type: 'CLOSE' }).expect(200);
    const minutes = await t
      .http()
      .get(`/api/council-sessions/${session.body.id}/minutes`)
      .set(bearer(members[0].token))
      .expect(200);
    expect(minutes.text).toContain('Ý kiến góp ý qua công khai');
    expect(minutes.text).toContain('Đề nghị làm rõ số liệu chuyển đổi số năm 2024');
    expect(minutes.text).toContain('Đã đối chiếu báo cáo của Sở: số liệu đúng');
  });
});

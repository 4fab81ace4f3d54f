import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { completeDossier, nominate, send } from './helpers/dossier.js';
import { bearer, login, startApp, type TestApp } from './helpers/test-app.js';
import { csrfOf, signedIn as signInWeb } from './helpers/web.js';

const PASSWORD = 'demo@2024';

/** The web pages' sessions, CSRF protection, roles, escaping and errors, over HTTP (the browser journey is separate). */
describe('web pages: sessions, CSRF, roles and errors', () => {
  let t: TestApp;

  const signedIn = (username: string) => signInWeb(t, username, PASSWORD);

  async function nominationCount(): Promise<number> {
    const token = await login(t, 'ban.tdkt', PASSWORD);
    return (await t.http().get('/api/nominations').set(bearer(token)).expect(200)).body.total;
  }

  let unitId: string;

  beforeAll(async () => {
    t = await startApp({ DEMO_DATA: 'true' });
    const token = await login(t, 'sonn.vanthu', PASSWORD);
    unitId = String((await t.http().get('/api/users/me').set(bearer(token)).expect(200)).body.unitId);
  });
  afterAll(() => t.close());

  it('sends a visitor without a session to the login page, and keeps where they were going', async () => {
    await t
      .http()
      .get('/nominations?state=submitted')
      .expect(303)
      .expect('location', '/login?next=%2Fnominations%3Fstate%3Dsubmitted');
  });

  it('sets an httpOnly, SameSite=Lax session cookie, and never follows a login redirect to another site', async () => {
    const agent = request.agent(t.url);
    const page = await agent.get('/login?next=//evil.example/x').expect(200);
    expect(page.text).toContain('name="next" value="/"');
    const response = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfOf(page.text), username: 'sonn.vanthu', password: PASSWORD, next: 'https://evil.example/' })
      .expect(303)
      .expect('location', '/');
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('tdkt_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a form without its CSRF token and changes nothing', async () => {
    await t
      .http()
      .post('/login')
      .type('form')
      .send({ username: 'sonn.vanthu', password: PASSWORD })
      .expect(403)
      .expect('content-type', /text\/html/)
      .expect((response) => expect(response.text).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ'));
    const agent = await signedIn('sonn.vanthu');
    const before = await nominationCount();
    const form = { awardTypeCode: 'giay_khen', year: '2024', proposingUnitId: unitId, achievements: 'x' };
    await agent.post('/nominations').type('form').send(form).expect(403);
    await agent
      .post('/nominations')
      .type('form')
      .send({ ...form, _csrf: 'forged-token' })
      .expect(403);
    expect(await nominationCount()).toBe(before);
  });

  it('accepts the session cookie for reading the API (downloads) but never for changing anything', async () => {
    const agent = await signedIn('sonn.vanthu');
    const me = await agent.get('/api/users/me').expect(200);
    expect(me.body.username).toBe('sonn.vanthu');
    const before = await nominationCount();
    await agent
      .post('/api/nominations')
      .send({ awardTypeCode: 'giay_khen', year: 2024, proposingUnitId: Number(unitId), achievements: 'x' })
      .expect(401);
    expect(await nominationCount()).toBe(before);
  });

  it('shows a refused form again with the problems next to the fields, and nothing saved', async () => {
    const agent = await signedIn('sonn.vanthu');
    const page = await agent.get('/nominations/new').expect(200);
    const before = await nominationCount();
    const response = await agent
      .post('/nominations')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        awardTypeCode: 'giay_khen',
        year: '2024',
        proposingUnitId: unitId,
        achievements: '',
      })
      .expect(400);
    expect(response.text).toContain('class="errors"');
    expect(response.text).toContain('Dữ liệu không hợp lệ');
    expect(response.text).toMatch(/<span class="field-error" id="e-achievements">/);
    // One message for an empty field, in the page's language only: no "too long" for nothing, no English.
    expect(response.text).toContain('<span class="field-error" id="e-achievements">bắt buộc nhập</span>');
    expect(response.text).not.toMatch(/quá dài|\(required\)|must be|should not/);
    expect(response.text).toMatch(/<form method="post" novalidate action="\/nominations"/);
    expect(await nominationCount()).toBe(before);
  });

  it('answers pages a role may not open, and unknown pages, with a page a clerk can read', async () => {
    const agent = await signedIn('sonn.vanthu');
    const forbidden = await agent.get('/decisions').set('accept', 'text/html').expect(403);
    expect(forbidden.text).toContain('Không thực hiện được');
    expect(forbidden.text).toContain('Chức năng này dành cho: Ban Thi đua - Khen thưởng');
    await agent.get('/admin/users').expect(403);
    const missing = await agent.get('/khong-co-trang-nay').set('accept', 'text/html').expect(404);
    expect(missing.headers['content-type']).toMatch(/text\/html/);
    expect(missing.text).toContain('Không tìm thấy trang');
    expect(missing.text).not.toMatch(/at \w+ \(/);
    const api = await agent.get('/api/khong-co').set('accept', 'text/html').expect(404);
    expect(api.body.message).toBe('Không tìm thấy');
    // Signing out still works from an error page, and ends the session.
    const signOut = /name="_csrf" value="([^"]+)"/.exec(forbidden.text)![1];
    await agent.post('/logout').type('form').send({ _csrf: signOut }).expect(303).expect('location', '/login');
    await agent.get('/nominations').expect(303);
  });

  it('prints names containing markup as text', async () => {
    const token = await login(t, 'sonn.vanthu', PASSWORD);
    await t
      .http()
      .post('/api/people')
      .set(bearer(token))
      .send({
        fullName: '<script>alert(1)</script> Lò Văn A',
        position: 'x',
        unitId: Number(unitId),
        category: 'worker',
      })
      .expect(201);
    const agent = await signedIn('sonn.vanthu');
    const page = await agent.get('/nominations/new').expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Lò Văn A');
    expect(page.text).not.toContain('<script>alert(1)</script>');
  });

  it('switches to English and back, and keeps the page', async () => {
    const agent = await signedIn('ban.tdkt');
    await agent.get('/lang/en?next=%2Fnominations').expect(303).expect('location', '/nominations');
    expect((await agent.get('/nominations').expect(200)).text).toContain('<h1>Nominations</h1>');
    await agent.get('/lang/vi?next=https://evil.example').expect(303).expect('location', '/');
    expect((await agent.get('/nominations').expect(200)).text).toContain('<h1>Hồ sơ đề nghị khen thưởng</h1>');
  });

  it('lets a council member step aside from a nomination; the ballot then leaves it out', async () => {
    const submitter = await login(t, 'sonn.vanthu', PASSWORD);
    const board = await login(t, 'ban.tdkt', PASSWORD);
    const people = (await t.http().get('/api/people?pageSize=200').set(bearer(submitter)).expect(200)).body.items;
    const hoa = people.find((person: { fullName: string }) => person.fullName === 'Nguyễn Thị Hoa');
    const nomination = await nominate(t, submitter, {
      year: 2023,
      awardTypeCode: 'chien_si_thi_dua_tinh',
      proposingUnitId: Number(unitId),
      personId: hoa.id,
    });
    await completeDossier(t, submitter, nomination.id, true);
    await send(t, submitter, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, board, nomination.id, { type: 'VERIFY' }).expect(200);
    const councilId = (await t.http().get('/api/councils/1').set(bearer(board)).expect(200)).body.id;
    const session = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(board))
      .send({ councilId, title: 'Phiên họp bất thường', meetingDate: '2024-12-10', nominationIds: [nomination.id] })
      .expect(201);

    const member = await signedIn('uyvien.hd');
    const page = await member.get(`/council/sessions/${session.body.id}`).expect(200);
    expect(page.text).toContain(`data-recuse="${nomination.id}"`);
    await member
      .post(`/council/sessions/${session.body.id}/recusals`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), nominationId: String(nomination.id) })
      .expect(303);
    const after = await member.get(`/council/sessions/${session.body.id}`).expect(200);
    expect(after.text).toContain('Bạn đã xin không tham gia xét hồ sơ này');
    expect(after.text).not.toContain(`data-recuse="${nomination.id}"`);
    const view = await t.http().get(`/api/council-sessions/${session.body.id}`).set(bearer(board)).expect(200);
    expect(view.body.agenda[0].recusedMemberIds).toHaveLength(1);
  });

  it('lets a clerk add and correct an initiative on a person’s page, and only the board record a discipline', async () => {
    const token = await login(t, 'sonn.vanthu', PASSWORD);
    const people = (await t.http().get('/api/people?q=cam thi mai').set(bearer(token)).expect(200)).body.items;
    const personId = people[0].id as number;
    const clerk = await signedIn('sonn.vanthu');
    const form = async () => csrfOf((await clerk.get(`/people/${personId}`).expect(200)).text);
    const initiative = {
      title: 'Sổ tay số hóa hồ sơ thi đua',
      scope: 'grassroots',
      recognizedOn: '2024-10-01',
      recognizedBy: 'Hội đồng sáng kiến Sở',
    };
    await clerk
      .post(`/people/${personId}/initiatives`)
      .type('form')
      .send({ _csrf: await form(), ...initiative })
      .expect(303);
    const added = (await t.http().get(`/api/people/${personId}`).set(bearer(token)).expect(200)).body.initiatives;
    expect(added).toEqual([expect.objectContaining(initiative)]);
    const refused = await clerk
      .post(`/people/${personId}/initiatives/${added[0].id}`)
      .type('form')
      .send({ _csrf: await form(), ...initiative, scope: 'provincial' })
      .expect(400);
    expect(refused.text).toContain('bắt buộc nhập');
    await clerk
      .post(`/people/${personId}/initiatives/${added[0].id}`)
      .type('form')
      .send({ _csrf: await form(), ...initiative, scope: 'provincial', reason: 'Đã được tỉnh công nhận' })
      .expect(303);
    const corrected = (await t.http().get(`/api/people/${personId}`).set(bearer(token)).expect(200)).body.initiatives;
    expect(corrected[0].scope).toBe('provincial');
    const discipline = { level: 'reprimand', from: '2024-02-01', pendingInvestigation: 'false' };
    const forbidden = await clerk
      .post(`/people/${personId}/disciplines`)
      .type('form')
      .send({ _csrf: await form(), ...discipline })
      .expect(403);
    expect(forbidden.text).toContain('Bạn không có quyền sửa loại hồ sơ này.');
    const board = await signedIn('ban.tdkt');
    const boardForm = csrfOf((await board.get(`/people/${personId}`).expect(200)).text);
    await board
      .post(`/people/${personId}/disciplines`)
      .type('form')
      .send({ _csrf: boardForm, ...discipline })
      .expect(303);
    await board.get(`/people/${personId}/nonsense`).expect(404);
  });

  it('lets the board record an inspection of a unit on its page and end it with a reason; a submitter may not open it', async () => {
    const board = await signedIn('ban.tdkt');
    const page = (await board.get(`/units/${unitId}`).expect(200)).text;
    expect(page).toContain('Thanh tra, kiểm tra và kỷ luật người đứng đầu');
    const missing = await board
      .post(`/units/${unitId}/restrictions`)
      .type('form')
      .send({ _csrf: csrfOf(page), basis: 'inspection', startsOn: '2026-11-01' })
      .expect(400);
    expect(missing.text).toContain('bắt buộc nhập');
    await board
      .post(`/units/${unitId}/restrictions`)
      .type('form')
      .send({ _csrf: csrfOf(page), basis: 'inspection', startsOn: '2026-11-01', note: 'Thanh tra tài chính' })
      .expect(303);
    const recorded = (await board.get(`/units/${unitId}`).expect(200)).text;
    expect(recorded).toContain('Thanh tra tài chính');
    expect(recorded).toContain('Đang diễn ra');
    const id = /action="\/units\/\d+\/restrictions\/(\d+)"/.exec(recorded)![1];
    await board
      .post(`/units/${unitId}/restrictions/${id}`)
      .type('form')
      .send({ _csrf: csrfOf(recorded), endsOn: '2026-11-20', reason: 'Kết luận thanh tra: không vi phạm' })
      .expect(303);
    expect((await board.get(`/units/${unitId}`).expect(200)).text).not.toContain('Đang diễn ra');
    const clerk = await signedIn('sonn.vanthu');
    await clerk.get(`/units/${unitId}`).set('accept', 'text/html').expect(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { completeDossier, nominate, send } from './helpers/dossier.js';
import { bearer, login, startApp, type TestApp } from './helpers/test-app.js';
import { signedIn as signInWeb } from './helpers/web.js';
import { createDecision, sessionEvent } from './helpers/council.js';

const PASSWORD = 'demo@2024';
const USERS = ['admin.sonla', 'ban.tdkt', 'sonn.vanthu', 'xa.huala', 'chutich.hd', 'uyvien.hd'];
const DECISION_NUMBER = '125/QĐ-UBND';

/** What a page shows when a template read a field that is not there, or a helper hid one. */
const BROKEN = /\bNaN\b|\bundefined\b|\[object Object\]|\bnull\b/;

/**
 * Every page, for every demo user, in both languages, rendered from real data: a nomination taken through the council
 * to a signed decision, with the Son La movements. A page must never show a missing value.
 */
describe('web pages render real data without a missing value', () => {
  let t: TestApp;
  let nominationId: number;
  let sessionId: number;
  let decisionId: number;
  let movementId: number;
  let personId: number;

  const signedIn = (username: string, lang: 'vi' | 'en') => signInWeb(t, username, PASSWORD, lang);

  beforeAll(async () => {
    t = await startApp({ DEMO_DATA: 'true' });
    const submitter = await login(t, 'sonn.vanthu', PASSWORD);
    const board = await login(t, 'ban.tdkt', PASSWORD);
    const chair = await login(t, 'chutich.hd', PASSWORD);
    const member = await login(t, 'uyvien.hd', PASSWORD);
    const me = (await t.http().get('/api/users/me').set(bearer(submitter)).expect(200)).body;
    const people = (await t.http().get('/api/people?pageSize=100').set(bearer(submitter)).expect(200)).body.items;
    const hoa = people.find((person: { fullName: string }) => person.fullName === 'Nguyễn Thị Hoa');
    const nomination = await nominate(t, submitter, {
      awardTypeCode: 'chien_si_thi_dua_tinh',
      proposingUnitId: me.unitId,
      personId: hoa.id,
    });
    nominationId = nomination.id;
    personId = hoa.id;
    await completeDossier(t, submitter, nominationId, true);
    await send(t, submitter, nominationId, { type: 'SUBMIT' }).expect(200);
    // The demo person lacks the third grassroots year: the board verifies with a recorded reason, as it may.
    await send(t, board, nominationId, {
      type: 'VERIFY',
      override: true,
      comment: 'Đã xác minh hồ sơ năm 2024',
    }).expect(200);
    sessionId = (
      await t
        .http()
        .post('/api/council-sessions')
        .set(bearer(board))
        .send({
          councilId: 1,
          title: 'Phiên họp xét khen thưởng năm 2024',
          meetingDate: '2024-12-20',
          nominationIds: [nominationId],
        })
        .expect(201)
    ).body.id;
    const session = (await t.http().get(`/api/council-sessions/${sessionId}`).set(bearer(chair)).expect(200)).body;
    const presentMemberIds = session.members.map((m: { id: number }) => m.id);
    const event = (type: string, extra: Record<string, unknown> = {}) =>
      sessionEvent(t, chair, sessionId, { type, ...extra });
    await event('OPEN', { presentMemberIds }).expect(200);
    for (const token of [chair, member]) {
      await t
        .http()
        .post(`/api/council-sessions/${sessionId}/ballots`)
        .set(bearer(token))
        .send({ votes: [{ nominationId, choice: 'approve' }] })
        .expect(201);
    }
    await event('CLOSE').expect(200);
    decisionId = (
      await createDecision(t, board, {
        number: DECISION_NUMBER,
        signedOn: '2024-12-25',
        signerName: 'Nguyễn Đình Việt',
        signerTitle: 'CHỦ TỊCH',
        issuingUnitId: (await t.http().get('/api/users/me').set(bearer(board)).expect(200)).body.unitId,
        nominationIds: [nominationId],
      }).expect(201)
    ).body.id;
    movementId = (await t.http().get('/api/movements').set(bearer(board)).expect(200)).body.items[0].id;
  });
  afterAll(() => t.close());

  const pages = () => [
    '/',
    '/nominations',
    '/nominations?state=decided',
    '/nominations/new',
    `/nominations/${nominationId}`,
    '/council/sessions',
    '/council/sessions?state=closed&councilId=1',
    '/council/sessions/new',
    `/council/sessions/${sessionId}`,
    '/decisions',
    '/decisions?year=2024&q=nguyen dinh',
    '/decisions/new',
    `/decisions/${decisionId}`,
    '/movements',
    `/movements/${movementId}`,
    '/reports/yearly?year=2024',
    '/admin/units',
    '/admin/users',
    '/admin/people',
    '/people',
    '/people?q=nguyen thi hoa',
    `/people/${personId}`,
    '/admin/users/1',
    '/admin/users?q=van thu',
    '/admin/units/1',
    '/units/1',
    '/admin/audit',
    '/admin/audit?entityType=user',
    '/account/password',
  ];

  for (const lang of ['vi', 'en'] as const) {
    it(`shows no NaN, undefined, null or [object Object] on any page a user may open (${lang})`, async () => {
      let rendered = 0;
      for (const username of USERS) {
        const agent = await signedIn(username, lang);
        for (const path of pages()) {
          const response = await agent.get(path);
          // Pages outside a user's roles answer with an error page, which must be whole too.
          expect([200, 403, 404]).toContain(response.status);
          const text = response.text.replace(/<script[\s\S]*?<\/script>/g, '');
          const broken = BROKEN.exec(text);
          if (broken) {
            const around = text.slice(Math.max(0, broken.index - 200), broken.index + 60).replace(/\s+/g, ' ');
            throw new Error(`${username} ${path} (${lang}) shows "${broken[0]}": …${around}…`);
          }
          if (response.status === 200) rendered++;
        }
      }
      expect(rendered).toBeGreaterThan(50);
    });
  }

  it('offers in each user’s menu and links exactly the pages that let that user in', async () => {
    const offered: Record<string, string[]> = {};
    for (const username of USERS) {
      const agent = await signedIn(username, 'vi');
      const links = new Set<string>();
      for (const path of ['/', '/nominations', '/council/sessions', '/admin/people']) {
        const html = (await agent.get(path)).text;
        for (const [, href] of html.matchAll(
          /<a [^>]*href="(\/(?:nominations\/new|council\/sessions(?:\/new)?|decisions(?:\/new)?|reports\/yearly|admin\/units))"/g,
        ))
          links.add(href);
      }
      for (const path of [
        '/nominations/new',
        '/council/sessions/new',
        '/decisions',
        '/reports/yearly',
        '/admin/units',
      ]) {
        const status = (await agent.get(path)).status;
        // A page is linked if and only if it opens.
        expect({ username, path, linked: links.has(path) }).toEqual({ username, path, linked: status === 200 });
      }
      offered[username] = [...links].sort();
    }
    expect(offered['sonn.vanthu']).toContain('/nominations/new');
    expect(offered['ban.tdkt']).toEqual(
      expect.arrayContaining(['/council/sessions/new', '/decisions', '/reports/yearly']),
    );
    expect(offered['admin.sonla']).toContain('/admin/units');
  });

  it('finds users on the administration page ignoring diacritics', async () => {
    const agent = await signedIn('admin.sonla', 'vi');
    const page = (await agent.get('/admin/users?q=van thu').expect(200)).text;
    expect(page).toContain('>sonn.vanthu</a>');
    expect(page).not.toContain('>ban.tdkt</a>');
  });

  it('prints the number of every decision in the list, and a bar of a real width for every award in the report', async () => {
    const agent = await signedIn('ban.tdkt', 'vi');
    expect((await agent.get('/decisions').expect(200)).text).toContain(`>${DECISION_NUMBER}</a>`);
    const report = (await agent.get('/reports/yearly?year=2024').expect(200)).text;
    const widths = [...report.matchAll(/<rect x="260" y="[\d.]+" width="([^"]*)"/g)].map((match) => match[1]);
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(Number(width)).toBeGreaterThan(0);
    const nomination = (await agent.get(`/nominations/${nominationId}`).expect(200)).text;
    expect(nomination).toMatch(/<h1>[^<]*: Nguyễn Thị Hoa<\/h1>/);
    expect(nomination).toContain('(Luật TĐKT 2022 Điều 22)');
    // In English the same rules are told in English only.
    const english = (await (await signedIn('ban.tdkt', 'en')).get(`/nominations/${nominationId}`).expect(200)).text;
    expect(english).toContain('(Law 06/2022 Art 22)');
    expect(english).not.toContain('(Luật TĐKT 2022 Điều 22)');
  });

  it('narrows the decisions and the sessions by their filters, and refuses a bad filter with a readable page', async () => {
    const agent = await signedIn('ban.tdkt', 'vi');
    const decisions = async (query: string) => (await agent.get(`/decisions?${query}`).expect(200)).text;
    expect(await decisions('year=2024&q=nguyen dinh viet')).toContain(`>${DECISION_NUMBER}</a>`);
    expect(await decisions('q=nguyen dinh viet&year=2023')).not.toContain(`>${DECISION_NUMBER}</a>`);
    expect(await decisions('q=tran van')).not.toContain(`>${DECISION_NUMBER}</a>`);
    const sessions = async (query: string) => (await agent.get(`/council/sessions?${query}`).expect(200)).text;
    expect(await sessions('state=closed')).toContain(`/council/sessions/${sessionId}"`);
    expect(await sessions('state=planned')).not.toContain(`/council/sessions/${sessionId}"`);
    const refused = await agent.get('/decisions?year=hai-nghin').expect(400);
    expect(refused.text).toContain('<h1>');
    expect(refused.text).not.toMatch(/statusCode|year must/);
  });

  it('shows the province’s administrator the 2025 mergers the system recorded for its units', async () => {
    const admin = await login(t, 'admin.sonla', PASSWORD);
    const log = (await t.http().get('/api/audit?entityType=unit').set(bearer(admin)).expect(200)).body;
    const merges = log.items.filter((entry: { action: string }) => entry.action === 'merge');
    expect(merges.length).toBeGreaterThan(0);
    expect(merges[0]).toMatchObject({
      actor: null,
      changes: expect.objectContaining({ effectiveOn: expect.any(String) }),
    });
    const page = (await (await signedIn('admin.sonla', 'vi')).get('/admin/audit?entityType=unit').expect(200)).text;
    expect(page).toContain('Có hiệu lực từ');
  });

  it('records the Prime Minister’s decision on a forwarded nomination from the decision page, which then names who signed it', async () => {
    const submitter = await login(t, 'sonn.vanthu', PASSWORD);
    const board = await login(t, 'ban.tdkt', PASSWORD);
    const chair = await login(t, 'chutich.hd', PASSWORD);
    const member = await login(t, 'uyvien.hd', PASSWORD);
    const me = (await t.http().get('/api/users/me').set(bearer(submitter)).expect(200)).body;
    const national = await nominate(t, submitter, {
      awardTypeCode: 'chien_si_thi_dua_toan_quoc',
      proposingUnitId: me.unitId,
      personId,
    });
    await completeDossier(t, submitter, national.id, true);
    await send(t, submitter, national.id, { type: 'SUBMIT' }).expect(200);
    await send(t, board, national.id, { type: 'VERIFY', override: true, comment: 'Thành tích xuất sắc' }).expect(200);
    // CSTĐ toàn quốc is posted for comment for 10 working days before the council meets.
    await t
      .http()
      .post('/api/public-notices')
      .set(bearer(board))
      .send({
        title: 'Công khai CSTĐ toàn quốc',
        nominationIds: [national.id],
        startsOn: '2024-11-04',
        endsOn: '2024-11-22',
      })
      .expect(201);
    const session = (
      await t
        .http()
        .post('/api/council-sessions')
        .set(bearer(board))
        .send({ councilId: 1, title: 'Xét CSTĐ toàn quốc', meetingDate: '2024-12-22', nominationIds: [national.id] })
        .expect(201)
    ).body;
    const presentMemberIds = session.members.map((m: { id: number }) => m.id);
    await sessionEvent(t, chair, session.id, { type: 'OPEN', presentMemberIds }).expect(200);
    for (const token of [chair, member]) {
      await t
        .http()
        .post(`/api/council-sessions/${session.id}/ballots`)
        .set(bearer(token))
        .send({ votes: [{ nominationId: national.id, choice: 'approve' }] })
        .expect(201);
    }
    await sessionEvent(t, chair, session.id, { type: 'CLOSE' }).expect(200);
    await send(t, board, national.id, { type: 'FORWARD' }).expect(200);

    const agent = await signedIn('ban.tdkt', 'vi');
    const form = (await agent.get('/decisions/new').expect(200)).text;
    expect(form).toContain('Hoặc ghi nhận quyết định của cấp trên');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form)![1];
    const fields = {
      _csrf: csrf,
      number: '99/QĐ-TTg',
      signedOn: '2025-04-01',
      signerName: 'Phạm Minh Chính',
      signerTitle: 'THỦ TƯỚNG',
      issuingUnitId: String((await t.http().get('/api/users/me').set(bearer(board)).expect(200)).body.unitId),
      nominationIds: String(national.id),
    };
    const unnamed = await agent.post('/decisions').type('form').send(fields).expect(422);
    expect(unnamed.text).toContain('Ghi rõ cấp có thẩm quyền đã ký quyết định');
    const recorded = await agent
      .post('/decisions')
      .type('form')
      .send({ ...fields, higherAuthority: 'Thủ tướng Chính phủ' })
      .expect(303);
    const page = (await agent.get(recorded.headers.location).expect(200)).text;
    expect(page).toContain('Cấp ký quyết định: Thủ tướng Chính phủ');
    expect((await t.http().get(`/api/nominations/${national.id}`).set(bearer(board)).expect(200)).body.state).toBe(
      'decided',
    );
  });
});

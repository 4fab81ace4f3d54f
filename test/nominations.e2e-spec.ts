import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { completeDossier, createPerson, nominate, PDF, PNG, rate, send, upload } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';

describe('nominations: dossier, lifecycle, eligibility, history', () => {
  let t: TestApp;
  let org: Org;
  let person: number;
  beforeAll(async () => {
    t = await startApp({ ATTACHMENT_MAX_BYTES: '4096' });
    org = await buildOrg(t);
    person = await createPerson(t, org.tokens.submitterA, org.departmentA);
    await rate(t, org.tokens.submitterA, person, 2024, 'good');
  });
  afterAll(() => t.close());

  it('takes a unit-level title from draft through return, fix and resubmission to verified and approved, all in the history', async () => {
    const draft = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      nomineeKind: 'individual',
      decidingUnitId: org.departmentA,
      allowedEvents: ['SUBMIT', 'WITHDRAW'],
      requiredDossierParts: ['submission', 'achievement_report', 'review_minutes'],
    });

    const incomplete = await send(t, org.tokens.submitterA, draft.id, { type: 'SUBMIT' }).expect(422);
    expectErrorShape(incomplete.body, 422);
    expect(incomplete.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'dossier.submission',
      'dossier.achievement_report',
      'dossier.review_minutes',
    ]);

    await completeDossier(t, org.tokens.submitterA, draft.id);
    const submitted = await send(t, org.tokens.submitterA, draft.id, { type: 'SUBMIT', version: 1 }).expect(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      version: 2,
      ruleSet: '2025-07',
      submittedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(submitted.body.allowedEvents).toEqual(['WITHDRAW']);

    const noReason = await send(t, org.tokens.boardA, draft.id, { type: 'RETURN' }).expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'comment' })]);
    const returned = await send(t, org.tokens.boardA, draft.id, {
      type: 'RETURN',
      comment: 'Bổ sung số liệu thành tích',
    }).expect(200);
    expect(returned.body.state).toBe('returned');

    const stale = await t
      .http()
      .patch(`/api/nominations/${draft.id}`)
      .set(bearer(org.tokens.submitterA))
      .send({ achievements: 'x', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, state: 'returned', allowedEvents: ['RESUBMIT', 'WITHDRAW'] });
    const fixed = await t
      .http()
      .patch(`/api/nominations/${draft.id}`)
      .set(bearer(org.tokens.submitterA))
      .send({ achievements: 'Hoàn thành tốt nhiệm vụ; số liệu đã bổ sung', version: returned.body.version })
      .expect(200);
    expect(fixed.body).toMatchObject({
      achievements: 'Hoàn thành tốt nhiệm vụ; số liệu đã bổ sung',
      version: returned.body.version + 1,
    });

    await send(t, org.tokens.submitterA, draft.id, { type: 'RESUBMIT' }).expect(200);
    const verified = await send(t, org.tokens.boardA, draft.id, { type: 'VERIFY' }).expect(200);
    expect(verified.body.allowedEvents).toEqual(['APPROVE', 'RETURN', 'REJECT']);
    const approved = await send(t, org.tokens.boardA, draft.id, { type: 'APPROVE' }).expect(200);
    expect(approved.body.state).toBe('approved');

    const history = await t
      .http()
      .get(`/api/nominations/${draft.id}/history`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(
      history.body.map((h: { event: string; from: string; to: string }) => `${h.from}-${h.event}->${h.to}`),
    ).toEqual([
      'draft-SUBMIT->submitted',
      'submitted-RETURN->returned',
      'returned-RESUBMIT->submitted',
      'submitted-VERIFY->verified',
      'verified-APPROVE->approved',
    ]);
    expect(history.body[1]).toMatchObject({
      actor: { id: org.userIds['board.a'], displayName: 'board.a' },
      comment: 'Bổ sung số liệu thành tích',
    });
    expect(history.body[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('refuses events out of turn (409 with allowed events), by the wrong role (403), and system events from clients', async () => {
    // An ad hoc Giấy khen: no other nomination of the person is of that kind, and no automatic criterion applies.
    const draft = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
      category: 'ad_hoc',
    });
    const outOfTurn = await send(t, org.tokens.boardA, draft.id, { type: 'VERIFY' }).expect(409);
    expect(outOfTurn.body).toMatchObject({ statusCode: 409, error: 'Conflict', state: 'draft', allowedEvents: [] });
    await completeDossier(t, org.tokens.submitterA, draft.id);
    const wrongRole = await send(t, org.tokens.boardA, draft.id, { type: 'SUBMIT' }).expect(403);
    expectErrorShape(wrongRole.body, 403);
    await send(t, org.tokens.submitterA, draft.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.submitterA, draft.id, { type: 'VERIFY' }).expect(403);
    // The board judges what no rule checks, and says why (domain.md, "Eligibility without a rule").
    const unexplained = await send(t, org.tokens.boardA, draft.id, { type: 'VERIFY' }).expect(400);
    expect(unexplained.body.details).toEqual([
      expect.objectContaining({ field: 'comment', message: expect.stringContaining('Không có tiêu chí tự động') }),
    ]);
    await send(t, org.tokens.boardA, draft.id, { type: 'VERIFY', comment: 'Cứu người trong lũ' }).expect(200);
    await send(t, org.tokens.boardA, draft.id, { type: 'SCHEDULE' }).expect(409);
    await send(t, org.tokens.boardA, draft.id, { type: 'APPROVE' }).expect(200);
    await send(t, org.tokens.boardA, draft.id, { type: 'DECIDE' }).expect(403);
    expectErrorShape((await send(t, org.tokens.boardA, draft.id, { type: 'TELEPORT' }).expect(400)).body, 400);
  });

  it('hides other units’ nominations (404) and lists only the caller’s scope with filters', async () => {
    const mine = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
      year: 2023,
    });
    await t.http().get(`/api/nominations/${mine.id}`).set(bearer(org.tokens.submitterB)).expect(404);
    await send(t, org.tokens.submitterB, mine.id, { type: 'SUBMIT' }).expect(404);
    await t.http().get(`/api/nominations/${mine.id}/history`).set(bearer(org.tokens.submitterB)).expect(404);
    expect((await t.http().get('/api/nominations').set(bearer(org.tokens.submitterB)).expect(200)).body.total).toBe(0);
    const filtered = await t
      .http()
      .get('/api/nominations?year=2023&awardTypeCode=giay_khen&state=draft')
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(filtered.body.items.map((n: { id: number }) => n.id)).toEqual([mine.id]);
    expect(filtered.body.items[0].allowedEvents).toEqual([]);
    const nomineeOutside = await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterB))
      .send({
        year: 2024,
        awardTypeCode: 'giay_khen',
        proposingUnitId: org.departmentB,
        personId: person,
        achievements: 'x',
      })
      .expect(422);
    expect(nomineeOutside.body.violations).toEqual([expect.objectContaining({ rule: 'nominee.person' })]);
  });

  it('pages through the caller’s nominations newest first, with each filter and the total', async () => {
    const nominee = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lò Văn Panh');
    const ids: number[] = [];
    for (const year of [2019, 2019, 2019, 2020, 2020]) {
      const body = { awardTypeCode: 'giay_khen', proposingUnitId: org.departmentA, personId: nominee, year };
      ids.push((await nominate(t, org.tokens.submitterA, body)).id);
    }
    const list = async (query: string, token = org.tokens.boardRoot) =>
      (await t.http().get(`/api/nominations?${query}`).set(bearer(token)).expect(200)).body;
    const idsOf = (page: { items: { id: number }[] }) => page.items.map((item) => item.id);

    const first = await list('year=2019&pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(idsOf(first)).toEqual([ids[2], ids[1]]);
    const second = await list('year=2019&pageSize=2&page=2');
    expect(second).toMatchObject({ total: 3, page: 2 });
    expect(idsOf(second)).toEqual([ids[0]]);
    expect(second.items[0]).toMatchObject({ personId: nominee, proposingUnitId: org.departmentA, state: 'draft' });

    expect(idsOf(await list(`year=2020&proposingUnitId=${org.departmentA}`))).toEqual([ids[4], ids[3]]);
    expect((await list(`year=2019&proposingUnitId=${org.departmentB}`)).total).toBe(0);
    expect((await list('year=2019&awardTypeCode=bang_khen_tinh')).total).toBe(0);
    expect((await list('year=2019&movementId=1')).total).toBe(0);
    expect((await list('year=2019', org.tokens.submitterB)).total).toBe(0);
    expect((await list('year=2019', org.tokens.submitterA)).total).toBe(3);

    await completeDossier(t, org.tokens.submitterA, ids[4]);
    await send(t, org.tokens.submitterA, ids[4], { type: 'SUBMIT' }).expect(200);
    const submitted = await list('year=2020&state=submitted', org.tokens.boardA);
    expect(submitted.total).toBe(1);
    expect(submitted.items[0]).toMatchObject({
      id: ids[4],
      state: 'submitted',
      allowedEvents: ['RETURN', 'VERIFY', 'REJECT'],
    });
  });

  it('accepts collectives and households, and refuses a nominee kind the award is not for', async () => {
    const collective = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'tap_the_lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      nomineeUnitId: org.communeOfA,
    });
    expect(collective).toMatchObject({ nomineeKind: 'collective', nomineeUnitId: org.communeOfA });
    const household = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'bang_khen_tinh',
      category: 'ad_hoc',
      proposingUnitId: org.communeOfA,
      household: { headName: 'Lò Văn Pánh', address: 'Bản Hụm', communeUnitId: org.communeOfA },
    });
    expect(household).toMatchObject({
      nomineeKind: 'household',
      decidingUnitId: org.rootId,
      requiredDossierParts: ['submission', 'achievement_report'],
    });
    const wrongKind = await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterA))
      .send({
        year: 2024,
        awardTypeCode: 'co_thi_dua_tinh',
        proposingUnitId: org.departmentA,
        personId: person,
        achievements: 'x',
      })
      .expect(422);
    expect(wrongKind.body.violations).toEqual([expect.objectContaining({ rule: 'nominee.kind' })]);
    const two = await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterA))
      .send({
        year: 2024,
        awardTypeCode: 'giay_khen',
        proposingUnitId: org.departmentA,
        personId: person,
        nomineeUnitId: org.departmentA,
        achievements: 'x',
      })
      .expect(400);
    expectErrorShape(two.body, 400);
  });

  it('judges eligibility and lets the board pass failed rules only with a logged reason', async () => {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'chien_si_thi_dua_tinh',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    expect(nomination).toMatchObject({ decidingUnitId: org.rootId });
    const eligibility = await t
      .http()
      .get(`/api/nominations/${nomination.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(eligibility.body.eligible).toBe(false);
    expect(eligibility.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'chien_si_thi_dua_tinh.consecutive_grassroots',
      'chien_si_thi_dua_tinh.provincial_initiative',
    ]);
    await completeDossier(t, org.tokens.submitterA, nomination.id, true);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    // A department's board does not decide provincial titles; the province's board does.
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY' }).expect(403);
    const refused = await send(t, org.tokens.boardRoot, nomination.id, { type: 'VERIFY' }).expect(422);
    expect(refused.body.violations).toHaveLength(2);
    await send(t, org.tokens.boardRoot, nomination.id, { type: 'VERIFY', override: true }).expect(400);
    const passed = await send(t, org.tokens.boardRoot, nomination.id, {
      type: 'VERIFY',
      override: true,
      comment: 'Thành tích đột xuất đặc biệt, Hội đồng xem xét',
    }).expect(200);
    expect(passed.body).toMatchObject({ state: 'verified', allowedEvents: ['RETURN', 'REJECT'] });
    const approve = await send(t, org.tokens.boardRoot, nomination.id, { type: 'APPROVE' }).expect(409);
    expect(approve.body.allowedEvents).toEqual(['RETURN', 'REJECT']);
    const history = await t
      .http()
      .get(`/api/nominations/${nomination.id}/history`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(history.body.at(-1).details).toMatchObject({
      override: true,
      overriddenRules: expect.arrayContaining([
        expect.objectContaining({ rule: 'chien_si_thi_dua_tinh.consecutive_grassroots' }),
      ]),
    });
  });

  it('keeps one achievement to one form (Law Art 5): a second open nomination of the same kind fails VERIFY', async () => {
    const other = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Cầm Văn Minh');
    await rate(t, org.tokens.submitterA, other, 2024, 'excellent');
    const first = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: other,
    });
    const second = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: other,
    });
    const eligibility = await t
      .http()
      .get(`/api/nominations/${second.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(eligibility.body.violations).toEqual([expect.objectContaining({ rule: 'common.one_achievement_one_form' })]);
    await send(t, org.tokens.submitterA, first.id, { type: 'WITHDRAW' }).expect(200);
    const after = await t
      .http()
      .get(`/api/nominations/${second.id}/eligibility`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(after.body).toEqual({ eligible: true, ruleSet: '2025-07', violations: [] });
  });

  it('stores dossier files judged by content with their sha256, refuses other types (415) and files over the limit (413)', async () => {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: person,
    });
    const png = await upload(t, org.tokens.submitterA, nomination.id, 'other', PNG, 'anh.pdf').expect(201);
    expect(png.body).toMatchObject({
      kind: 'other',
      mediaType: 'image/png',
      fileName: 'anh.pdf',
      size: PNG.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const text = await upload(
      t,
      org.tokens.submitterA,
      nomination.id,
      'submission',
      Buffer.from('<html>not a pdf</html>'),
      'to-trinh.pdf',
    ).expect(415);
    expectErrorShape(text.body, 415);
    const big = await upload(
      t,
      org.tokens.submitterA,
      nomination.id,
      'submission',
      Buffer.concat([PDF, Buffer.alloc(8192)]),
      'big.pdf',
    ).expect(413);
    expectErrorShape(big.body, 413);
    await upload(t, org.tokens.submitterA, nomination.id, 'selfie').expect(400);
    await upload(t, org.tokens.submitterB, nomination.id, 'submission').expect(404);
    const list = await t
      .http()
      .get(`/api/nominations/${nomination.id}/attachments`)
      .set(bearer(org.tokens.boardA))
      .expect(200);
    expect(list.body).toHaveLength(1);
    const download = await t
      .http()
      .get(`/api/attachments/${png.body.id}`)
      .set(bearer(org.tokens.boardA))
      .buffer(true)
      .expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
    await t.http().get(`/api/attachments/${png.body.id}`).set(bearer(org.tokens.submitterB)).expect(404);
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    const late = await upload(t, org.tokens.submitterA, nomination.id, 'other').expect(409);
    expect(late.body.state).toBe('submitted');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDecision } from './helpers/council.js';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';

/** A clerk finds a person, corrects the person's details and records, and cannot touch what a decision wrote. */
describe('people and their records', () => {
  let t: TestApp;
  let org: Org;

  const person = async (id: number) =>
    (await t.http().get(`/api/people/${id}`).set(bearer(org.tokens.boardRoot)).expect(200)).body;

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('finds people by name ignoring case and Vietnamese diacritics, within the caller’s scope', async () => {
    const an = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lò Văn An');
    const duc = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Đỗ Minh Đức');
    await createPerson(t, org.tokens.submitterB, org.departmentB, 'Lò Thị Bích');
    const search = async (token: string, q: string) =>
      (
        await t
          .http()
          .get(`/api/people?q=${encodeURIComponent(q)}`)
          .set(bearer(token))
          .expect(200)
      ).body.items.map((p: { id: number }) => p.id);
    expect(await search(org.tokens.submitterA, 'lo van an')).toEqual([an]);
    expect(await search(org.tokens.submitterA, 'LÒ VĂN')).toEqual([an]);
    expect(await search(org.tokens.submitterA, 'do minh duc')).toEqual([duc]);
    // Department B's Lò Thị Bích is outside department A's scope.
    expect(await search(org.tokens.submitterA, 'lo')).toEqual([an]);
    expect((await search(org.tokens.boardRoot, 'lo')).length).toBe(2);
  });

  it('corrects a person’s details and transfers the person within the scope, audited', async () => {
    const id = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Nguyen Thi Hoa');
    const fixed = await t
      .http()
      .patch(`/api/people/${id}`)
      .set(bearer(org.tokens.submitterA))
      .send({ fullName: 'Nguyễn Thị Hoa', birthYear: 1985 })
      .expect(200);
    expect(fixed.body).toMatchObject({ fullName: 'Nguyễn Thị Hoa', birthYear: 1985, unitId: org.departmentA });
    expect(
      (await t.http().get('/api/people?q=nguyen thi hoa').set(bearer(org.tokens.submitterA)).expect(200)).body.total,
    ).toBe(1);
    // Department A may not move her out of its scope; the province's board may.
    await t
      .http()
      .patch(`/api/people/${id}`)
      .set(bearer(org.tokens.submitterA))
      .send({ unitId: org.departmentB })
      .expect(422);
    await t.http().patch(`/api/people/${id}`).set(bearer(org.tokens.submitterB)).send({ position: 'x' }).expect(404);
    await t.http().patch(`/api/people/${id}`).set(bearer(org.tokens.submitterA)).send({ gender: 'other' }).expect(400);
    for (const field of ['unitId', 'fullName', 'birthYear']) {
      await t
        .http()
        .patch(`/api/people/${id}`)
        .set(bearer(org.tokens.submitterA))
        .send({ [field]: null })
        .expect(400);
    }
    await t
      .http()
      .patch(`/api/people/${id}`)
      .set(bearer(org.tokens.boardRoot))
      .send({ unitId: org.departmentB })
      .expect(200);
    await t.http().get(`/api/people/${id}`).set(bearer(org.tokens.submitterA)).expect(404);
    const audit = await t
      .http()
      .get(`/api/audit?entityType=person&entityId=${id}`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['transfer', 'update', 'create']);
    expect(audit.body.items[0].changes.unitId).toEqual({ from: org.departmentA, to: org.departmentB });
  });

  it('corrects a wrong rating with a reason, which changes a nomination’s eligibility, and removes a record', async () => {
    const id = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Cầm Văn Sơn');
    await rate(t, org.tokens.submitterA, id, 2024, 'not_completed');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: id,
    });
    const eligible = async () =>
      (
        await t
          .http()
          .get(`/api/nominations/${nomination.id}/eligibility`)
          .set(bearer(org.tokens.submitterA))
          .expect(200)
      ).body.eligible;
    expect(await eligible()).toBe(false);

    const rating = (await person(id)).evaluations[0];
    const path = `/api/people/${id}/evaluations/${rating.id}`;
    await t.http().patch(path).set(bearer(org.tokens.submitterA)).send({ rating: 'good' }).expect(400);
    await t.http().patch(path).set(bearer(org.tokens.submitterA)).send({ rating: 'perfect', reason: 'x' }).expect(400);
    await t
      .http()
      .patch(path)
      .set(bearer(org.tokens.submitterB))
      .send({ rating: 'good', reason: 'Nhập nhầm' })
      .expect(404);
    const corrected = await t
      .http()
      .patch(path)
      .set(bearer(org.tokens.submitterA))
      .send({ rating: 'good', reason: 'Nhập nhầm mức xếp loại năm 2024' })
      .expect(200);
    expect(corrected.body).toMatchObject({ year: 2024, rating: 'good' });
    expect(await eligible()).toBe(true);

    await t.http().delete(path).set(bearer(org.tokens.submitterA)).expect(400);
    await t
      .http()
      .delete(`${path}?reason=${encodeURIComponent('Không có đánh giá năm 2024')}`)
      .set(bearer(org.tokens.submitterA))
      .expect(204);
    expect((await person(id)).evaluations).toEqual([]);
    expect(await eligible()).toBe(false);
    const audit = await t
      .http()
      .get(`/api/audit?entityType=person&entityId=${id}`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(audit.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'evaluation.delete', reason: 'Không có đánh giá năm 2024' }),
      expect.objectContaining({
        action: 'evaluation.correct',
        reason: 'Nhập nhầm mức xếp loại năm 2024',
        changes: { rating: { from: 'not_completed', to: 'good' } },
      }),
    ]);
  });

  it('shows an award a decision wrote in the person’s history, and refuses to correct or remove it there', async () => {
    const id = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Hà Thị Lan');
    await rate(t, org.tokens.submitterA, id, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: id,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, {
      type: 'VERIFY',
      comment: 'Thành tích tiêu biểu, đã xác minh',
    }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    await createDecision(t, org.tokens.boardA, {
      number: '07/QĐ-SNN',
      signedOn: '2025-01-15',
      signerName: 'Lường Văn Minh',
      signerTitle: 'GIÁM ĐỐC',
      issuingUnitId: org.departmentA,
      nominationIds: [nomination.id],
    }).expect(201);

    const award = (await person(id)).awards[0];
    expect(award).toMatchObject({ awardTypeCode: 'giay_khen', decisionNumber: '07/QĐ-SNN', source: 'decision' });
    const path = `/api/people/${id}/awards/${award.id}`;
    const refused = await t
      .http()
      .patch(path)
      .set(bearer(org.tokens.boardRoot))
      .send({ year: 2023, reason: 'Sửa năm' })
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'record.from_decision' })]);
    await t.http().delete(`${path}?reason=x`).set(bearer(org.tokens.boardRoot)).expect(422);

    // Revocation is the path: the award leaves the person's history, and the register keeps it marked revoked.
    await send(t, org.tokens.boardA, nomination.id, { type: 'REVOKE', comment: 'Kê khai không trung thực' }).expect(
      200,
    );
    expect((await person(id)).awards).toEqual([]);
  });
});

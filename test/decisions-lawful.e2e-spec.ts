import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { completeDossier, createPerson, nominate, rate, send, upload } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { createDecision } from './helpers/council.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';

/**
 * Decisions as the law has them (issue #15): money rounded up to 10,000 VND at the base salary of the signing date and
 * paid once per person and year, numbers per issuing unit and year, and only what the issuing unit may confer.
 */
describe('lawful decisions: money, numbers and conferring powers', () => {
  let t: TestApp;
  let org: Org;

  /** A nomination of a unit-level award (no council), proposed by `unitId`, approved by the board that decides it. */
  async function approved(awardTypeCode: string, unitId: number, personId: number): Promise<number> {
    const submitter = unitId === org.departmentB ? org.tokens.submitterB : org.tokens.submitterA;
    const nomination = await nominate(t, submitter, { awardTypeCode, proposingUnitId: unitId, personId });
    await completeDossier(t, submitter, nomination.id);
    await send(t, submitter, nomination.id, { type: 'SUBMIT' }).expect(200);
    const board = unitId === org.departmentA ? org.tokens.boardA : org.tokens.boardRoot;
    await send(t, board, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ điều kiện' }).expect(200);
    await send(t, board, nomination.id, { type: 'APPROVE' }).expect(200);
    return nomination.id;
  }

  async function person(unitId: number, fullName: string): Promise<number> {
    const token = unitId === org.departmentB ? org.tokens.submitterB : org.tokens.submitterA;
    const id = await createPerson(t, token, unitId, fullName);
    await rate(t, token, id, 2024, 'excellent');
    return id;
  }

  const decision = (number: string, issuingUnitId: number, signedOn: string, nominationIds: number[]) => ({
    number,
    signedOn,
    signerName: 'Lò Văn Mạnh',
    signerTitle: 'GIÁM ĐỐC',
    issuingUnitId,
    nominationIds,
  });

  beforeAll(async () => {
    // A province that pays 0.15 × the base salary for an individual Giấy khen and asks for no review minutes with a
    // Lao động tiên tiến (the decrees leave both to the province).
    t = await startApp({
      REWARD_MULTIPLE_GIAY_KHEN: '0.15',
      DOSSIER_PARTS: '{"lao_dong_tien_tien":["submission","achievement_report"]}',
    });
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('pays at the base salary of the signing date, rounded up to 10,000 VND, and one person only the higher award of a year', async () => {
    const hoa = await person(org.departmentA, 'Nguyễn Thị Hoa');
    const lao = await approved('lao_dong_tien_tien', org.departmentA, hoa);
    const giayKhen = await approved('giay_khen', org.departmentA, hoa);
    // Signed on 2024-06-20: the base salary was 1,800,000 VND (2,340,000 only from 2024-07-01).
    const first = await createDecision(
      t,
      org.tokens.boardA,
      decision('07/QĐ-SNN', org.departmentA, '2024-06-20', [giayKhen, lao]),
    ).expect(201);
    expect(first.body).toMatchObject({ baseSalaryVnd: 1_800_000, totalRewardVnd: 540_000 });
    // Giấy khen: 0.15 × 1,800,000 = 270,000; LĐTT: 0.3 × 1,800,000 = 540,000, the higher: only it is paid.
    expect(first.body.awards.map((award: { rewardVnd: number }) => award.rewardVnd)).toEqual([0, 540_000]);

    // After 2024-07-01: LĐTT 0.3 × 2,340,000 = 702,000, paid 710,000.
    const lan = await person(org.departmentA, 'Lò Thị Lan');
    const later = await approved('lao_dong_tien_tien', org.departmentA, lan);
    const second = await createDecision(
      t,
      org.tokens.boardA,
      decision('08/QĐ-SNN', org.departmentA, '2024-12-20', [later]),
    ).expect(201);
    expect(second.body).toMatchObject({ baseSalaryVnd: 2_340_000, totalRewardVnd: 710_000 });
    expect(second.body.awards[0]).toMatchObject({ rewardVnd: 710_000, rewardAmountVnd: 710_000 });
    // Each award carries its own unguessable verification code.
    const codes = [...first.body.awards, ...second.body.awards].map(
      (a: { verificationCode: string }) => a.verificationCode,
    );
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('asks for the dossier parts the province set, and submits without the others', async () => {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: await person(org.departmentA, 'Sùng Thị Dở'),
    });
    expect(nomination.requiredDossierParts).toEqual(['submission', 'achievement_report']);
    await upload(t, org.tokens.submitterA, nomination.id, 'submission').expect(201);
    await upload(t, org.tokens.submitterA, nomination.id, 'achievement_report').expect(201);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
  });

  it('numbers decisions per issuing unit and year: the same number in another unit or year, but not twice', async () => {
    const a = await approved('lao_dong_tien_tien', org.departmentA, await person(org.departmentA, 'Cầm Văn Một'));
    const b = await approved('lao_dong_tien_tien', org.departmentB, await person(org.departmentB, 'Cầm Văn Hai'));
    const a2 = await approved('lao_dong_tien_tien', org.departmentA, await person(org.departmentA, 'Cầm Văn Ba'));
    const again = await approved('lao_dong_tien_tien', org.departmentA, await person(org.departmentA, 'Cầm Văn Bốn'));
    await createDecision(t, org.tokens.boardA, decision('05/QĐ-S', org.departmentA, '2024-11-01', [a])).expect(201);
    await createDecision(t, org.tokens.boardRoot, decision('05/QĐ-S', org.departmentB, '2024-11-01', [b])).expect(201);
    await createDecision(t, org.tokens.boardA, decision('05/QĐ-S', org.departmentA, '2025-02-01', [a2])).expect(201);
    const clash = await createDecision(
      t,
      org.tokens.boardA,
      decision('05/QĐ-S', org.departmentA, '2024-12-01', [again]),
    ).expect(409);
    expect(clash.body.message).toContain('05/QĐ-S');
    const unpadded = await createDecision(
      t,
      org.tokens.boardA,
      decision('5/QĐ-S', org.departmentA, '2024-12-01', [again]),
    ).expect(400);
    expect(unpadded.body.details).toEqual([expect.objectContaining({ field: 'number' })]);
    expect((await t.http().get(`/api/nominations/${again}`).set(bearer(org.tokens.boardA))).body.state).toBe(
      'approved',
    );
  });

  it('refuses a Giấy khen in the provincial chairman’s decision, and a decision dated after today or before its year', async () => {
    const gk = await approved('giay_khen', org.departmentA, await person(org.departmentA, 'Hà Thị Năm'));
    const provincial = await createDecision(
      t,
      org.tokens.boardRoot,
      decision('10/QĐ-UBND', org.rootId, '2024-12-20', [gk]),
    ).expect(422);
    expect(provincial.body.violations).toEqual([
      expect.objectContaining({
        rule: 'decision.conferring_authority',
        messageEn: expect.stringContaining('Giấy khen'),
      }),
    ]);
    const future = await createDecision(
      t,
      org.tokens.boardA,
      decision('11/QĐ-SNN', org.departmentA, '2030-01-01', [gk]),
    ).expect(422);
    expect(future.body.violations).toEqual([expect.objectContaining({ rule: 'decision.signed_on' })]);
    const early = await createDecision(
      t,
      org.tokens.boardA,
      decision('12/QĐ-SNN', org.departmentA, '2023-12-31', [gk]),
    ).expect(422);
    expect(early.body.violations).toEqual([expect.objectContaining({ rule: 'decision.signed_on' })]);
    expect((await t.http().get(`/api/nominations/${gk}`).set(bearer(org.tokens.boardA))).body.state).toBe('approved');
    await createDecision(t, org.tokens.boardA, decision('13/QĐ-SNN', org.departmentA, '2024-12-20', [gk])).expect(201);
  });

  it('answers eligible null for a Giấy khen (the board judges), and refuses the decision while an investigation is pending on its date', async () => {
    const nam = await person(org.departmentA, 'Quàng Văn Nam');
    const gk = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId: nam,
    });
    const verdict = await t
      .http()
      .get(`/api/nominations/${gk.id}/eligibility`)
      .set(bearer(org.tokens.boardA))
      .expect(200);
    expect(verdict.body).toMatchObject({ eligible: null, violations: [], judgement: { message: expect.any(String) } });

    const lao = await approved('lao_dong_tien_tien', org.departmentA, nam);
    // An inspection opened on 2024-12-01, after the appraisal: no award while it is pending (Decree 152 Art 4(4)).
    await t
      .http()
      .post(`/api/people/${nam}/disciplines`)
      .set(bearer(org.tokens.boardA))
      .send({ level: 'reprimand', from: '2024-12-01', pendingInvestigation: true })
      .expect(201);
    const refused = await createDecision(
      t,
      org.tokens.boardA,
      decision('20/QĐ-SNN', org.departmentA, '2024-12-20', [lao]),
    ).expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'common.investigation' })]);
    // Signed before the inspection began, the decision stands.
    await createDecision(t, org.tokens.boardA, decision('19/QĐ-SNN', org.departmentA, '2024-11-20', [lao])).expect(201);
  });

  it('refuses a collective while an inspection against it is pending, and again once the board records its end', async () => {
    await t
      .http()
      .post(`/api/units/${org.communeOfA}/evaluations`)
      .set(bearer(org.tokens.boardA))
      .send({
        year: 2024,
        rating: 'good',
        members: {
          total: 10,
          completedTasks: 10,
          advancedWorkers: 8,
          grassrootsEmulationSoldiers: 1,
          disciplinedWarningOrAbove: 0,
          women: 4,
        },
        leadsCluster: false,
      })
      .expect(201);
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'tap_the_lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      nomineeUnitId: org.communeOfA,
    });
    const verdict = async () =>
      (await t.http().get(`/api/nominations/${nomination.id}/eligibility`).set(bearer(org.tokens.boardA)).expect(200))
        .body;
    expect((await verdict()).eligible).toBe(true);
    const inspection = await t
      .http()
      .post(`/api/units/${org.communeOfA}/restrictions`)
      .set(bearer(org.tokens.boardA))
      .send({ basis: 'inspection', startsOn: '2026-11-01', note: 'Thanh tra việc quản lý đất đai' })
      .expect(201);
    await t
      .http()
      .post(`/api/units/${org.communeOfA}/restrictions`)
      .set(bearer(org.tokens.submitterA))
      .send({ basis: 'inspection', startsOn: '2026-11-01', note: 'x' })
      .expect(403);
    expect(await verdict()).toMatchObject({
      eligible: false,
      violations: [expect.objectContaining({ rule: 'common.investigation' })],
    });
    await t
      .http()
      .patch(`/api/units/${org.communeOfA}/restrictions/${inspection.body.id}`)
      .set(bearer(org.tokens.boardA))
      .send({ endsOn: '2026-10-01', reason: 'Nhập nhầm' })
      .expect(422);
    await t
      .http()
      .patch(`/api/units/${org.communeOfA}/restrictions/${inspection.body.id}`)
      .set(bearer(org.tokens.boardA))
      .send({ endsOn: '2026-11-20', reason: 'Kết luận thanh tra số 12/KL-TTr: không vi phạm' })
      .expect(200);
    expect((await verdict()).eligible).toBe(true);
    const log = await t
      .http()
      .get(`/api/audit?entityType=unit&entityId=${org.communeOfA}`)
      .set(bearer(org.adminToken))
      .expect(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['restriction.create', 'restriction.update']),
    );
  });
});

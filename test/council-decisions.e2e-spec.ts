import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { binary, fallbackFonts, inspectPdf } from './helpers/pdf.js';
import { buildOrg, type Org } from './helpers/org.js';
import { bearer, expectErrorShape, startApp, type TestApp } from './helpers/test-app.js';
import {
  castBallot,
  councilWithMembers,
  createDecision,
  sessionEvent,
  type CouncilMemberLogin,
} from './helpers/council.js';

describe('council sessions, secret ballots and decisions', () => {
  let t: TestApp;
  let org: Org;
  let members: CouncilMemberLogin[];
  let councilId: number;

  /** A nomination verified by the right board (with an override where the test does not care about eligibility). */
  async function verified(awardTypeCode: string, fullName: string): Promise<number> {
    const person = await createPerson(t, org.tokens.submitterA, org.departmentA, fullName);
    await rate(t, org.tokens.submitterA, person, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode,
      proposingUnitId: org.departmentA,
      personId: person,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id, true);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    const board = nomination.decidingUnitId === org.rootId ? org.tokens.boardRoot : org.tokens.boardA;
    await send(t, board, nomination.id, { type: 'VERIFY', override: true, comment: 'Hồ sơ đặc biệt' }).expect(200);
    return nomination.id;
  }

  async function state(id: number): Promise<string> {
    return (await t.http().get(`/api/nominations/${id}`).set(bearer(org.tokens.boardRoot)).expect(200)).body.state;
  }

  let minutesOrdinal = 0;
  async function session(nominationIds: number[]) {
    const response = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(org.tokens.boardRoot))
      .send({
        councilId,
        title: 'Phiên họp xét khen thưởng năm 2024',
        meetingDate: '2024-12-20',
        startsAt: '14:00',
        place: 'Phòng họp số 1, Ủy ban nhân dân tỉnh',
        minutesNumber: `${String(++minutesOrdinal).padStart(2, '0')}/BB-HĐTĐKT`,
        nominationIds,
      })
      .expect(201);
    return response.body.id as number;
  }

  /** A session on one nomination: every member present, every member approves, closed. */
  async function approvedByEveryMember(nominationId: number): Promise<void> {
    const sessionId = await session([nominationId]);
    const presentMemberIds = members.map((m) => m.id);
    await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds }).expect(200);
    for (const member of members) await castBallot(t, member.token, sessionId, [[nominationId, 'approve']]).expect(201);
    await sessionEvent(t, members[0].token, sessionId, { type: 'CLOSE' }).expect(200);
  }

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    ({ councilId, members } = await councilWithMembers(t, org, { count: 10 }));
    const council = await t.http().get(`/api/councils/${councilId}`).set(bearer(org.tokens.boardRoot)).expect(200);
    expect(council.body.members).toHaveLength(10);
  });
  afterAll(() => t.close());

  it('passes 9 of 10 approvals against 90 %, fails 8 of 10, counting all members although only 9 attended', async () => {
    const a = await verified('chien_si_thi_dua_tinh', 'Nguyễn Văn A');
    const b = await verified('chien_si_thi_dua_tinh', 'Trần Thị B');
    const sessionId = await session([a, b]);
    expect(await state(a)).toBe('in_council');
    await castBallot(t, members[0].token, sessionId, [
      [a, 'approve'],
      [b, 'approve'],
    ]).expect(409);
    const present = members.slice(0, 9).map((m) => m.id);
    const opened = await sessionEvent(t, members[1].token, sessionId, {
      type: 'OPEN',
      presentMemberIds: present,
    }).expect(200);
    expect(opened.body).toMatchObject({ state: 'open', allowedEvents: ['CLOSE'] });
    for (let i = 0; i < 9; i++)
      await castBallot(t, members[i].token, sessionId, [
        [a, 'approve'],
        [b, i < 8 ? 'approve' : 'reject'],
      ]).expect(201);
    // The absent member's written opinion counts.
    await castBallot(t, members[9].token, sessionId, [
      [a, 'abstain'],
      [b, 'reject'],
    ]).expect(201);
    const again = await castBallot(t, members[3].token, sessionId, [
      [a, 'reject'],
      [b, 'reject'],
    ]).expect(409);
    expectErrorShape(again.body, 409);
    await castBallot(t, org.tokens.submitterA, sessionId, [
      [a, 'approve'],
      [b, 'approve'],
    ]).expect(403);
    await t.http().get(`/api/council-sessions/${sessionId}/results`).set(bearer(members[0].token)).expect(409);
    await sessionEvent(t, members[5].token, sessionId, { type: 'CLOSE' }).expect(403);
    await sessionEvent(t, members[0].token, sessionId, { type: 'CLOSE' }).expect(200);

    const results = await t
      .http()
      .get(`/api/council-sessions/${sessionId}/results`)
      .set(bearer(members[4].token))
      .expect(200);
    expect(results.body).toEqual([
      {
        nominationId: a,
        approve: 9,
        reject: 0,
        abstain: 1,
        members: 10,
        present: 9,
        share: 0.9,
        threshold: 0.9,
        passed: true,
      },
      {
        nominationId: b,
        approve: 8,
        reject: 2,
        abstain: 0,
        members: 10,
        present: 9,
        share: 0.8,
        threshold: 0.9,
        passed: false,
      },
    ]);
    expect(await state(a)).toBe('approved');
    expect(await state(b)).toBe('rejected');
    const history = await t.http().get(`/api/nominations/${a}/history`).set(bearer(org.tokens.boardRoot)).expect(200);
    expect(history.body.map((h: { event: string }) => h.event)).toEqual([
      'SUBMIT',
      'VERIFY',
      'SCHEDULE',
      'COUNCIL_APPROVE',
    ]);
    await sessionEvent(t, members[1].token, sessionId, { type: 'SIGN_MINUTES' }).expect(200);

    // The minutes: present and absent members, the absent member's written opinion, each tally against all members.
    const minutes = await t
      .http()
      .get(`/api/council-sessions/${sessionId}/minutes?format=html`)
      .set(bearer(members[0].token))
      .expect(200);
    expect(minutes.text).toContain('BIÊN BẢN');
    expect(minutes.text).toContain(
      'Thời gian: 14:00, ngày 20 tháng 12 năm 2024. Địa điểm: Phòng họp số 1, Ủy ban nhân dân tỉnh.',
    );
    expect(minutes.text).toContain('có mặt 9, vắng mặt 1; 1 ý kiến bằng văn bản');
    expect(minutes.text).toContain('Nguyễn Văn A');
    expect(minutes.text).toMatch(/<td class="number">90,0%<\/td><td class="number">90,0%<\/td>\s*<td>Đạt<\/td>/);
    expect(minutes.text).toMatch(/<td class="number">80,0%<\/td><td class="number">90,0%<\/td>\s*<td>Không đạt<\/td>/);
    const minutesPdf = inspectPdf(
      (
        await t
          .http()
          .get(`/api/council-sessions/${sessionId}/minutes?format=pdf`)
          .set(bearer(members[0].token))
          .buffer(true)
          .parse(binary as never)
          .expect(200)
      ).body as Buffer,
      'council-minutes',
    );
    expect(minutesPdf.text).toContain('Trần Thị');
    expect(fallbackFonts(minutesPdf)).toEqual([]);
    expect(minutesPdf.text).toContain('III. Kết quả bỏ phiếu kín');
    expect(minutesPdf.text).toMatch(/Số: \d{2}\/BB-HĐTĐKT/);
    expect(minutesPdf.text.replace(/\s+/g, ' ')).toContain('Hội đồng bỏ phiếu kín bằng phiếu điện tử trên hệ thống');
    // The agenda's conflict flags (members of the proposing unit who did not step aside) are in the minutes.
    const agenda = (await t.http().get(`/api/council-sessions/${sessionId}`).set(bearer(members[0].token)).expect(200))
      .body.agenda as { conflictOfInterestMemberIds: number[]; recusedMemberIds: number[] }[];
    const flagged = agenda.flatMap((item) =>
      item.conflictOfInterestMemberIds.filter((id) => !item.recusedMemberIds.includes(id)),
    );
    expect(minutesPdf.text.replace(/\s+/g, ' ')).toContain(
      flagged.length === 0
        ? 'Không có thành viên nào có liên quan đến đề nghị mà không xin rút khi xét.'
        : 'có liên quan đến đề nghị (cùng cơ quan, đơn vị đề nghị hoặc được đề nghị) nhưng không xin rút',
    );

    // Secrecy: no response and no table links a member to a choice.
    const responses = [
      (await t.http().get(`/api/council-sessions/${sessionId}`).set(bearer(members[0].token)).expect(200)).body,
      results.body,
      (await t.http().get(`/api/council-sessions/${sessionId}/history`).set(bearer(members[0].token)).expect(200)).body,
      history.body,
    ];
    for (const body of responses) expect(JSON.stringify(body)).not.toMatch(/"choice"|"votes"/);
    const sessionView = responses[0];
    expect(sessionView.ballotsCastBy).toEqual(members.map((m) => m.id).sort((x, y) => x - y));
    const dataSource = t.app.get(DataSource);
    for (const entity of dataSource.entityMetadatas) {
      const columns = entity.columns.map((column) => column.propertyName);
      const namesMember = columns.some((name) => /userId|memberId|actorId/i.test(name));
      const holdsChoice = columns.some((name) => /^(approve|reject|abstain|choice)$/.test(name));
      expect([entity.tableName, namesMember && holdsChoice]).toEqual([entity.tableName, false]);
    }
  });

  it('refuses to open without the quorum (2/3 to meet, 80 % to vote awards) and lets only the chair or secretary open', async () => {
    const c = await verified('chien_si_thi_dua_tinh', 'Lê Văn C');
    const sessionId = await session([c]);
    const seven = members.slice(0, 7).map((m) => m.id);
    const awardsQuorum = await sessionEvent(t, members[0].token, sessionId, {
      type: 'OPEN',
      presentMemberIds: seven,
    }).expect(422);
    expect(awardsQuorum.body.violations).toEqual([expect.objectContaining({ rule: 'council.quorum_awards' })]);
    const six = members.slice(0, 6).map((m) => m.id);
    const meeting = await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds: six }).expect(
      422,
    );
    expect(meeting.body.violations).toEqual([expect.objectContaining({ rule: 'council.quorum' })]);
    await sessionEvent(t, members[4].token, sessionId, {
      type: 'OPEN',
      presentMemberIds: members.map((m) => m.id),
    }).expect(403);
    await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds: [...six, 999999] }).expect(
      400,
    );
    const view = await t.http().get(`/api/council-sessions/${sessionId}`).set(bearer(members[0].token)).expect(200);
    expect(view.body).toMatchObject({ state: 'planned', version: 1 });
  });

  it('lets a member recuse from one nomination: the agenda shows it and the member’s ballot leaves that nomination out', async () => {
    const first = await verified('chien_si_thi_dua_tinh', 'Đinh Văn R');
    const second = await verified('chien_si_thi_dua_tinh', 'Mai Thị S');
    const sessionId = await session([first, second]);
    const recused = await t
      .http()
      .post(`/api/council-sessions/${sessionId}/recusals`)
      .set(bearer(members[2].token))
      .send({ nominationId: first })
      .expect(201);
    expect(
      recused.body.agenda.find((item: { nominationId: number }) => item.nominationId === first).recusedMemberIds,
    ).toEqual([members[2].id]);
    await t
      .http()
      .post(`/api/council-sessions/${sessionId}/recusals`)
      .set(bearer(org.tokens.submitterA))
      .send({ nominationId: first })
      .expect(404);
    await sessionEvent(t, members[0].token, sessionId, {
      type: 'OPEN',
      presentMemberIds: members.map((m) => m.id),
    }).expect(200);
    const refused = await castBallot(t, members[2].token, sessionId, [
      [first, 'approve'],
      [second, 'approve'],
    ]).expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'ballot.recused' })]);
    const incomplete = await castBallot(t, members[3].token, sessionId, [[first, 'approve']]).expect(422);
    expect(incomplete.body.violations).toEqual([expect.objectContaining({ rule: 'ballot.incomplete' })]);
    await castBallot(t, members[2].token, sessionId, [[second, 'approve']]).expect(201);
    // The minutes name who stepped aside from which nomination.
    await sessionEvent(t, members[0].token, sessionId, { type: 'CLOSE' }).expect(200);
    const minutes = await t
      .http()
      .get(`/api/council-sessions/${sessionId}/minutes?format=html`)
      .set(bearer(members[0].token))
      .expect(200);
    expect(minutes.text).toMatch(/<td>Ủy viên 2<\/td>\s*<\/tr>/);
  });

  it('refuses a session with a nomination that is not verified or not for this council, changing nothing', async () => {
    const ok = await verified('chien_si_thi_dua_tinh', 'Phạm Thị D');
    const unitLevel = await verified('lao_dong_tien_tien', 'Hoàng Văn E');
    const refused = await t
      .http()
      .post('/api/council-sessions')
      .set(bearer(org.tokens.boardRoot))
      .send({ councilId, title: 'x', meetingDate: '2024-12-21', nominationIds: [ok, unitLevel] })
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'council.nomination_council' })]);
    expect(await state(ok)).toBe('verified');
  });

  it('counts paper ballots the secretary enters, refuses sums above the members and ballots after them, and says so in the minutes', async () => {
    const a = await verified('chien_si_thi_dua_tinh', 'Phạm Văn Giấy');
    const sessionId = await session([a]);
    const presentMemberIds = members.map((m) => m.id);
    await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds }).expect(200);
    const paper = (token: string, tallies: Record<string, number>[]) =>
      t.http().post(`/api/council-sessions/${sessionId}/paper-tally`).set(bearer(token)).send({ tallies });
    await paper(members[5].token, [{ nominationId: a, approve: 9, reject: 1, abstain: 0 }]).expect(403);
    const tooMany = await paper(members[1].token, [{ nominationId: a, approve: 9, reject: 1, abstain: 1 }]).expect(422);
    expect(tooMany.body.violations).toEqual([expect.objectContaining({ rule: 'paper_tally.sum' })]);
    const entered = await paper(members[1].token, [{ nominationId: a, approve: 9, reject: 1, abstain: 0 }]).expect(200);
    expect(entered.body.paperTally).toBe(true);
    await castBallot(t, members[2].token, sessionId, [[a, 'approve']]).expect(409);
    await sessionEvent(t, members[1].token, sessionId, { type: 'CLOSE' }).expect(200);
    const results = await t
      .http()
      .get(`/api/council-sessions/${sessionId}/results`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(results.body).toEqual([expect.objectContaining({ nominationId: a, approve: 9, reject: 1, passed: true })]);
    expect(await state(a)).toBe('approved');
    const minutes = await t
      .http()
      .get(`/api/council-sessions/${sessionId}/minutes?format=html`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(minutes.text).toContain('bằng phiếu giấy');
    expect(minutes.text).not.toContain('phiếu điện tử');
  });

  it('cancels a session before it opens (the board), and gives its nominations back to be scheduled again', async () => {
    const b = await verified('chien_si_thi_dua_tinh', 'Lường Thị Hủy');
    const sessionId = await session([b]);
    expect(await state(b)).toBe('in_council');
    await sessionEvent(t, members[3].token, sessionId, { type: 'CANCEL' }).expect(403);
    const cancelled = await sessionEvent(t, org.tokens.boardRoot, sessionId, { type: 'CANCEL' }).expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', allowedEvents: [] });
    expect(await state(b)).toBe('verified');
    await sessionEvent(t, members[0].token, sessionId, {
      type: 'OPEN',
      presentMemberIds: members.map((m) => m.id),
    }).expect(409);
    // Back with the board, it can go to another session.
    await session([b]);
    expect(await state(b)).toBe('in_council');
  });

  it('records decisions all or nothing, numbers the register without gaps, refuses duplicate numbers, and revokes', async () => {
    const approvedTitle = await verified('chien_si_thi_dua_tinh', 'Đỗ Thị F');
    await approvedByEveryMember(approvedTitle);
    const notApproved = await verified('bang_khen_tinh', 'Vũ Văn G');

    const decision = {
      number: '123/QĐ-UBND',
      signedOn: '2025-01-10',
      signerName: 'Nguyễn Đình Việt',
      signerTitle: 'CHỦ TỊCH',
      issuingUnitId: org.rootId,
    };
    const partial = await createDecision(t, org.tokens.boardRoot, {
      ...decision,
      nominationIds: [approvedTitle, notApproved],
    }).expect(422);
    expect(partial.body.violations).toEqual([expect.objectContaining({ rule: 'decision.nomination_state' })]);
    expect(await state(approvedTitle)).toBe('approved');

    await send(t, org.tokens.boardRoot, notApproved, { type: 'APPROVE' }).expect(200);
    const created = await createDecision(t, org.tokens.boardRoot, {
      ...decision,
      nominationIds: [approvedTitle, notApproved],
    }).expect(201);
    // The rule set its nominations were judged under (pinned when they were submitted, today), not the signing date's.
    expect(created.body).toMatchObject({ number: '123/QĐ-UBND', ruleSet: '2025-07' });
    const listed = async (query: string) =>
      (await t.http().get(`/api/decisions?${query}`).set(bearer(org.tokens.boardRoot)).expect(200)).body.items.map(
        (d: { number: string }) => d.number,
      );
    expect(await listed('year=2025&q=123/qđ')).toEqual(['123/QĐ-UBND']);
    expect(await listed('year=2024')).toEqual([]);
    expect((await t.http().get('/api/decisions').set(bearer(org.tokens.submitterB)).expect(200)).body.items).toEqual(
      [],
    );
    expect(created.body.awards).toEqual([
      expect.objectContaining({
        nominationId: approvedTitle,
        nomineeName: 'Đỗ Thị F',
        goldenBookNumber: 1,
        registerNumber: 1,
        registerYear: 2025,
        rewardAmountVnd: 7_020_000,
        revoked: false,
      }),
      expect.objectContaining({
        nominationId: notApproved,
        goldenBookNumber: 2,
        registerNumber: 2,
        rewardAmountVnd: 2_340_000,
      }),
    ]);
    expect(await state(approvedTitle)).toBe('decided');

    const duplicate = await createDecision(t, org.tokens.boardRoot, {
      ...decision,
      nominationIds: [notApproved],
    }).expect(409);
    expectErrorShape(duplicate.body, 409);

    const another = await verified('bang_khen_tinh', 'Bùi Thị H');
    await send(t, org.tokens.boardRoot, another, { type: 'APPROVE' }).expect(200);
    const second = await createDecision(t, org.tokens.boardRoot, {
      ...decision,
      number: '124/QĐ-UBND',
      nominationIds: [another],
    }).expect(201);
    expect(second.body.awards[0]).toMatchObject({ goldenBookNumber: 1, registerNumber: 3 });

    // The decision and its certificates as documents, names and diacritics escaped and intact.
    const document = await t
      .http()
      .get(`/api/decisions/${created.body.id}/document?format=html`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(document.headers['content-type']).toContain('text/html');
    expect(document.text).toContain('Số: 123/QĐ-UBND');
    expect(document.text).toContain('ngày 10 tháng 01 năm 2025');
    expect(document.text).toContain('QUYẾT ĐỊNH');
    expect(document.text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    // The decrees of the nominations' rule set (2025-07), dated where a source gives the date, with their titles; the
    // province cites the local-government law in force on the signing date.
    expect(document.text).toContain(
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định',
    );
    expect(document.text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    expect(document.text).toContain('Xét đề nghị của Giám đốc Sở Nội vụ.');
    // The chairman's own power: "CHỦ TỊCH", never "TM. ỦY BAN NHÂN DÂN"; the subject names the awards.
    expect(document.text).not.toContain('TM. ỦY BAN NHÂN DÂN');
    expect(document.text).toContain('Về việc tặng danh hiệu thi đua và hình thức khen thưởng');
    expect(document.text).toContain('cho 1 cá nhân có tên trong danh sách');
    expect(document.text).toContain('I. Cá nhân');
    expect(document.text).toContain('Đỗ Thị F');
    expect(document.text).toContain('9.360.000');
    const certificates = await t
      .http()
      .get(`/api/decisions/${created.body.id}/certificates`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(certificates.text.match(/class="sheet"/g)).toHaveLength(2);
    expect(certificates.text).toContain('TẶNG DANH HIỆU');
    expect(certificates.text).toContain('Chiến sĩ thi đua cấp tỉnh');
    expect(certificates.text).toContain('Số sổ vàng: 1</div>');
    expect(certificates.text).toContain('Số vào sổ: 1/2025');
    // A Bằng khen names its item alone under "TẶNG"; the official is named above it.
    expect(certificates.text).toMatch(/<div class="award">Bằng khen<\/div>/);
    const one = await t
      .http()
      .get(`/api/nominations/${approvedTitle}/certificate?format=html`)
      .set(bearer(org.tokens.submitterA))
      .expect(200);
    expect(one.text.match(/class="sheet"/g)).toHaveLength(1);
    expect(one.text).toContain('Quyết định số 123/QĐ-UBND, ngày 10 tháng 01 năm 2025');
    const printed = await t
      .http()
      .get(`/api/decisions/${created.body.id}/certificates?format=pdf`)
      .set(bearer(org.tokens.boardRoot))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    const certificatesPdf = inspectPdf(printed.body as Buffer, 'certificates');
    expect(fallbackFonts(certificatesPdf)).toEqual([]);
    expect([certificatesPdf.pages, certificatesPdf.width, certificatesPdf.height]).toEqual([2, 842, 595]);
    expect(certificatesPdf.text).toContain('Đỗ Thị F');
    expect(certificatesPdf.text).toContain('CHIẾN SĨ THI ĐUA CẤP TỈNH');
    expect(certificatesPdf.text).toContain('Số sổ vàng: 2');
    const decisionPdf = inspectPdf(
      (
        await t
          .http()
          .get(`/api/decisions/${created.body.id}/document?format=pdf`)
          .set(bearer(org.tokens.boardRoot))
          .buffer(true)
          .parse(binary as never)
          .expect(200)
      ).body as Buffer,
      'decision',
    );
    expect([decisionPdf.width, decisionPdf.height]).toEqual([595, 842]);
    expect(fallbackFonts(decisionPdf)).toEqual([]);
    expect(decisionPdf.text).toContain('QUYẾT ĐỊNH');
    expect(decisionPdf.text).toContain('Số: 123/QĐ-UBND');
    await t
      .http()
      .get(`/api/nominations/${approvedTitle}/certificate?format=docx`)
      .set(bearer(org.tokens.submitterA))
      .expect(400);
    await t.http().get(`/api/nominations/${another}/certificate`).set(bearer(org.tokens.submitterB)).expect(404);

    await send(t, org.tokens.boardRoot, approvedTitle, { type: 'AWARD' }).expect(200);
    await send(t, org.tokens.boardRoot, approvedTitle, { type: 'REVOKE' }).expect(400);
    const revoked = await send(t, org.tokens.boardRoot, approvedTitle, {
      type: 'REVOKE',
      comment: 'Kê khai không trung thực (Luật TĐKT Điều 93)',
    }).expect(200);
    expect(revoked.body).toMatchObject({ state: 'revoked', allowedEvents: [] });
    const after = await t.http().get(`/api/decisions/${created.body.id}`).set(bearer(org.tokens.boardRoot)).expect(200);
    expect(after.body.awards[0]).toMatchObject({
      revoked: true,
      revokeReason: 'Kê khai không trung thực (Luật TĐKT Điều 93)',
    });
    await t.http().get(`/api/decisions/${created.body.id}`).set(bearer(org.tokens.submitterB)).expect(404);
    const afterRevocation = await t
      .http()
      .get(`/api/decisions/${created.body.id}/certificates`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(afterRevocation.text.match(/class="sheet"/g)).toHaveLength(1);
    await t.http().get(`/api/nominations/${approvedTitle}/certificate`).set(bearer(org.tokens.boardRoot)).expect(409);
  });

  it('forwards awards beyond the province and records the higher decision afterwards', async () => {
    const national = await verified('chien_si_thi_dua_toan_quoc', 'Ngô Văn K');
    // CSTĐ toàn quốc needs a public notice whose whole window ends before the council meets (on 2024-12-20).
    const sessionId = await session([national]);
    const presentMemberIds = members.map((m) => m.id);
    const gate = await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds }).expect(422);
    expect(gate.body.violations).toEqual([expect.objectContaining({ rule: 'public_notice' })]);
    const notice = {
      title: 'Công khai danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc',
      nominationIds: [national],
      startsOn: '2024-11-04',
    };
    // Monday 4 to Friday 8 November: 5 working days, fewer than 10.
    const short = await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({ ...notice, endsOn: '2024-11-08' })
      .expect(422);
    expect(short.body.violations).toEqual([expect.objectContaining({ rule: 'public_notice.window' })]);
    await t
      .http()
      .post('/api/public-notices')
      .set(bearer(org.tokens.boardRoot))
      .send({ ...notice, endsOn: '2024-11-22' })
      .expect(201);
    await sessionEvent(t, members[0].token, sessionId, { type: 'OPEN', presentMemberIds }).expect(200);
    for (const member of members) await castBallot(t, member.token, sessionId, [[national, 'approve']]).expect(201);
    await sessionEvent(t, members[0].token, sessionId, { type: 'CLOSE' }).expect(200);
    const early = await createDecision(t, org.tokens.boardRoot, {
      number: '88/QĐ-TTg',
      signedOn: '2025-04-01',
      signerName: 'Thủ tướng',
      signerTitle: 'THỦ TƯỚNG',
      issuingUnitId: org.rootId,
      nominationIds: [national],
    }).expect(422);
    expect(early.body.violations).toEqual([expect.objectContaining({ rule: 'decision.forward_first' })]);
    await send(t, org.tokens.boardRoot, national, { type: 'FORWARD' }).expect(200);
    const higher = {
      number: '88/QĐ-TTg',
      signedOn: '2025-04-01',
      signerName: 'Phạm Minh Chính',
      signerTitle: 'THỦ TƯỚNG',
      issuingUnitId: org.rootId,
      nominationIds: [national],
    };
    // The province records the Prime Minister's decision when it comes back, naming who signed it.
    const unnamed = await createDecision(t, org.tokens.boardRoot, higher).expect(422);
    expect(unnamed.body.violations).toEqual([expect.objectContaining({ rule: 'decision.higher_authority' })]);
    const recorded = await createDecision(t, org.tokens.boardRoot, {
      ...higher,
      higherAuthority: 'Thủ tướng Chính phủ',
    }).expect(201);
    expect(recorded.body).toMatchObject({ higherAuthority: 'Thủ tướng Chính phủ', issuingUnitId: org.rootId });
    expect(await state(national)).toBe('decided');
    await send(t, org.tokens.boardRoot, national, { type: 'AWARD' }).expect(200);
    expect(await state(national)).toBe('awarded');
  });
});

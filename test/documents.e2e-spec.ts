import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { createDecision } from './helpers/council.js';
import { buildOrg, type Org } from './helpers/org.js';
import { binary, fallbackFonts, inspectPdf, qrCodeOnPage } from './helpers/pdf.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';

/**
 * The documents a province signs (issue #16): the board's Tờ trình with its list, the decision that answers it and cites
 * it, both as HTML, PDF and Word, numbered pages from page 2, in one font.
 */
describe('documents: Tờ trình, decision and their Word files', () => {
  let t: TestApp;
  let org: Org;
  /** The decision whose certificates are printed, checked again by their QR codes. */
  let certified: { decisionId: number; nominationIds: number[] };

  async function approved(fullName: string, awardTypeCode = 'lao_dong_tien_tien'): Promise<number> {
    const personId = await createPerson(t, org.tokens.submitterA, org.departmentA, fullName);
    await rate(t, org.tokens.submitterA, personId, 2024, 'excellent');
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode,
      proposingUnitId: org.departmentA,
      personId,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    return nomination.id;
  }

  async function download(path: string, token: string) {
    const response = await t
      .http()
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    return { type: response.headers['content-type'], body: response.body as Buffer };
  }

  /** The text of a Word file's body, read back from its XML; the file is kept under test-artifacts/ to open. */
  function wordText(file: Buffer, artifact: string): { text: string; header: string } {
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync(`test-artifacts/${artifact}.docx`, file);
    const parts = unzipSync(new Uint8Array(file));
    const text = (name: string) =>
      strFromU8(parts[name])
        .replace(/<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '');
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name));
    return {
      text: text('word/document.xml'),
      header: headers.map((name) => strFromU8(parts[name])).join(''),
    };
  }

  const proposal = (nominationIds: number[], number = '03/TTr-SNN') => ({
    number,
    date: '2024-12-10',
    issuingUnitId: org.departmentA,
    signerName: 'Lò Văn Mạnh',
    signerTitle: 'Phó Giám đốc',
    nominationIds,
  });

  beforeAll(async () => {
    t = await startApp({
      PREPRINTED_OFFSET_MM: '2.5,-1',
      PUBLIC_URL: 'https://thiduakhenthuong.example.vn',
      PROVINCIAL_REGULATION:
        'Quyết định số 10/2024/QĐ-UBND ngày 20 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh ban hành Quy định về công tác thi đua, khen thưởng',
    });
    org = await buildOrg(t);
  });
  afterAll(() => t.close());

  it('records a Tờ trình of approved nominations only, numbered once per unit and year, and prints it in three formats', async () => {
    const names = ['Lò Thị Một', 'Cầm Văn Hai', 'Quàng Thị Ba'];
    const ids = [];
    for (const name of names) ids.push(await approved(name));
    const pendingPerson = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Hà Văn Chờ');
    const pending = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: pendingPerson,
    });

    const refused = await t
      .http()
      .post('/api/proposals')
      .set(bearer(org.tokens.boardA))
      .send(proposal([ids[0], pending.id]))
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'proposal.nomination_state' })]);
    await t.http().post('/api/proposals').set(bearer(org.tokens.submitterA)).send(proposal(ids)).expect(403);
    const unpadded = await t
      .http()
      .post('/api/proposals')
      .set(bearer(org.tokens.boardA))
      .send(proposal(ids, '3/TTr-SNN'))
      .expect(400);
    expect(unpadded.body.details).toEqual([expect.objectContaining({ field: 'number' })]);

    const created = await t
      .http()
      .post('/api/proposals')
      .set(bearer(org.tokens.boardA))
      .send(proposal(ids.slice(0, 2)))
      .expect(201);
    expect(created.body).toMatchObject({ number: '03/TTr-SNN', date: '2024-12-10', nominationIds: ids.slice(0, 2) });
    const clash = await t
      .http()
      .post('/api/proposals')
      .set(bearer(org.tokens.boardA))
      .send(proposal([ids[2]]))
      .expect(409);
    expect(clash.body.message).toContain('03/TTr-SNN');
    await t.http().get(`/api/proposals/${created.body.id}`).set(bearer(org.tokens.submitterB)).expect(404);

    const html = await t
      .http()
      .get(`/api/proposals/${created.body.id}/document`)
      .set(bearer(org.tokens.boardA))
      .expect(200);
    expect(html.text).toContain('TỜ TRÌNH');
    expect(html.text).toContain('Về việc đề nghị tặng danh hiệu Lao động tiên tiến');
    expect(html.text).toContain('Kính gửi: Giám đốc Sở Nông nghiệp.');

    const pdf = inspectPdf(
      (await download(`/api/proposals/${created.body.id}/document?format=pdf`, org.tokens.boardA)).body,
      'proposal',
    );
    expect(fallbackFonts(pdf)).toEqual([]);
    expect([pdf.width, pdf.height]).toEqual([595, 842]);
    expect(pdf.text).toContain('Số: 03/TTr-SNN');
    expect(pdf.text).toContain('Căn cứ Quyết định số 10/2024/QĐ-UBND');
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Tặng danh hiệu Lao động tiên tiến cho 2 cá nhân.');
    expect(flat).toContain('KT. GIÁM ĐỐC');
    expect(flat).toContain('(Kèm theo Tờ trình số 03/TTr-SNN ngày 10 tháng 12 năm 2024 của Sở Nông nghiệp)');
    expect(pdf.text).toContain('Cầm Văn Hai');

    const word = await download(`/api/proposals/${created.body.id}/document?format=docx`, org.tokens.boardA);
    expect(word.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { text } = wordText(word.body, 'proposal');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Số: 03/TTr-SNN');
    expect(text).toContain('Lò Thị Một');
    expect(text).toContain('Kính gửi: Giám đốc Sở Nông nghiệp.');
  });

  it('answers a Tờ trình with a decision that cites it, refusing nominations it did not ask for; numbers pages from page 2', async () => {
    const ids = [];
    for (const name of ['Điêu Thị Bốn', 'Lường Văn Năm', 'Mè Thị Sáu']) ids.push(await approved(name));
    const asked = await t
      .http()
      .post('/api/proposals')
      .set(bearer(org.tokens.boardA))
      .send(proposal(ids.slice(0, 2), '04/TTr-SNN'))
      .expect(201);
    const decision = (nominationIds: number[]) => ({
      number: '21/QĐ-SNN',
      signedOn: '2024-12-16',
      signerName: 'Lò Văn Mạnh',
      signerTitle: 'GIÁM ĐỐC',
      issuingUnitId: org.departmentA,
      proposalId: asked.body.id,
      nominationIds,
    });
    const unasked = await createDecision(t, org.tokens.boardA, decision(ids)).expect(422);
    expect(unasked.body.violations).toEqual([expect.objectContaining({ rule: 'decision.proposal' })]);
    expect((await t.http().get(`/api/nominations/${ids[2]}`).set(bearer(org.tokens.boardA))).body.state).toBe(
      'approved',
    );

    const created = await createDecision(t, org.tokens.boardA, decision(ids.slice(0, 2))).expect(201);
    expect(created.body.proposalId).toBe(asked.body.id);
    const pdf = inspectPdf(
      (await download(`/api/decisions/${created.body.id}/document?format=pdf`, org.tokens.boardA)).body,
      'decision-with-proposal',
    );
    expect(fallbackFonts(pdf)).toEqual([]);
    expect(pdf.text).toContain('Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Nông nghiệp;');
    expect(pdf.text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    // The nominations were judged under the 2025-07 rule set: its decrees, with dates where known, and titles.
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định');
    expect(flat).toContain('Căn cứ Nghị định số 129/2025/NĐ-CP của Chính phủ quy định phân định thẩm quyền');
    expect(flat).toContain(
      'Xét đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 04/TTr-SNN ngày 10 tháng 12 năm 2024.',
    );
    expect(flat).toContain('DANH SÁCH');
    expect(flat).toContain('(Kèm theo Quyết định số 21/QĐ-SNN ngày 16 tháng 12 năm 2024 của Giám đốc Sở Nông nghiệp)');
    // Decree 30/2020: no number on page 1, "2" at the top of page 2 (the annex).
    const pages = pdf.text.split('\f').map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    expect(pdf.pages).toBe(2);
    expect(pages[0][0]).not.toMatch(/^\d+$/);
    expect(pages[1][0]).toBe('2');

    const word = await download(`/api/decisions/${created.body.id}/document?format=docx`, org.tokens.boardA);
    const { text, header } = wordText(word.body, 'decision');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Điều 1. Tặng danh hiệu Lao động tiên tiến cho 2 cá nhân');
    expect(text).toContain('Xét đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 04/TTr-SNN');
    expect(text).toContain('Điêu Thị Bốn');
    // The page number is a field in the header of every page but the first.
    expect(header).toContain('PAGE');
    // Lao động tiên tiến comes with the decision only: no certificate to print, and the page offers none.
    const none = await t
      .http()
      .get(`/api/decisions/${created.body.id}/certificates?format=pdf`)
      .set(bearer(org.tokens.boardA))
      .expect(422);
    expect(none.body.violations).toEqual([expect.objectContaining({ rule: 'certificate.none' })]);
    expect(
      (await t.http().get(`/api/nominations/${ids[0]}`).set(bearer(org.tokens.boardA)).expect(200)).body
        .certificateAvailable,
    ).toBe(false);
    await t
      .http()
      .get(`/api/decisions/${created.body.id}/document?format=xlsx`)
      .set(bearer(org.tokens.boardA))
      .expect(400);
  });

  it('prints each certificate on its one A4 landscape page with the emblem, even at the longest inputs; a longer citation is refused', async () => {
    const person = await t
      .http()
      .post('/api/people')
      .set(bearer(org.tokens.submitterA))
      .send({
        // 194 characters: near the 200 the form allows.
        fullName: `Hoàng Thị ${'Ngọc Ánh '.repeat(20)}Cuối`,
        gender: 'female',
        position: `${`Phó Trưởng phòng ${'Kế hoạch - Tài chính, '.repeat(9)}`.slice(0, 180)} Cuối chức vụ`,
        unitId: org.departmentA,
        category: 'civil_servant',
      })
      .expect(201);
    await rate(t, org.tokens.submitterA, person.body.id, 2024, 'excellent');
    const base = { awardTypeCode: 'giay_khen', proposingUnitId: org.departmentA, personId: person.body.id };
    const tooLong = await t
      .http()
      .post('/api/nominations')
      .set(bearer(org.tokens.submitterA))
      .send({ ...base, year: 2024, category: 'merit', achievements: 'Thành tích', citation: 'x'.repeat(301) })
      .expect(400);
    expect(tooLong.body.details).toEqual([expect.objectContaining({ field: 'citation' })]);
    const citation =
      `${'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước, '.repeat(6)}`.slice(0, 290) + ' HẾT DÒNG';
    const nomination = await nominate(t, org.tokens.submitterA, { ...base, citation });
    expect(nomination).toMatchObject({ citation });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    const plain = await approved('Lò Văn Bảy', 'giay_khen');
    const created = await createDecision(t, org.tokens.boardA, {
      number: '31/QĐ-SNN',
      signedOn: '2024-12-20',
      signerName: 'Lò Văn Mạnh',
      signerTitle: 'Phó Giám đốc',
      issuingUnitId: org.departmentA,
      nominationIds: [nomination.id, plain],
    }).expect(201);
    certified = { decisionId: created.body.id, nominationIds: [nomination.id, plain] };
    const pdf = inspectPdf(
      (await download(`/api/decisions/${created.body.id}/certificates?format=pdf`, org.tokens.boardA)).body,
      'certificates-longest',
    );
    expect(fallbackFonts(pdf)).toEqual([]);
    expect([pdf.pages, pdf.width, pdf.height]).toEqual([2, 842, 595]);
    const [first, second] = pdf.text.split('\f').map((page) => page.replace(/\s+/g, ' '));
    // Nothing is cut: the end of the longest name and citation and the signature are on the award's own page.
    expect(first).toContain('HẾT DÒNG');
    expect(first).toContain('Cuối Phó Trưởng phòng');
    expect(first).toContain('Cuối chức vụ');
    expect(first).toContain('KT. GIÁM ĐỐC');
    expect(first).toContain('Lò Văn Mạnh');
    expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Without a citation the certificate prints the standard line, never the achievements summary.
    expect(second).toContain('Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024');
    expect(second).toContain('Số sổ vàng: 2');

    // On pre-printed blanks only the variable text prints, moved by the calibrated offset.
    const blanks = inspectPdf(
      (await download(`/api/decisions/${created.body.id}/certificates?format=pdf&layout=preprinted`, org.tokens.boardA))
        .body,
      'certificates-preprinted',
    );
    expect(fallbackFonts(blanks)).toEqual([]);
    expect([blanks.pages, blanks.width, blanks.height]).toEqual([2, 842, 595]);
    expect(blanks.text).toContain('Lò Văn Bảy');
    expect(blanks.text).toContain('Số sổ vàng: 2');
    expect(blanks.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(blanks.text).not.toContain('GIÁM ĐỐC SỞ NÔNG NGHIỆP');
    const calibration = inspectPdf(
      (await download('/api/certificates/calibration?format=pdf', org.tokens.boardA)).body,
      'certificate-calibration',
    );
    expect([calibration.pages, calibration.width, calibration.height]).toEqual([1, 842, 595]);
    expect(calibration.text.replace(/\s+/g, ' ')).toContain('x = 2.5 mm, y = -1 mm');
    await t
      .http()
      .get(`/api/decisions/${created.body.id}/certificates?layout=upside-down`)
      .set(bearer(org.tokens.boardA))
      .expect(400);
  });

  it('lets anyone check a printed certificate by its QR code: valid, then revoked; an unknown code reveals nothing', async () => {
    const decision = (await t.http().get(`/api/decisions/${certified.decisionId}`).set(bearer(org.tokens.boardA)))
      .body as { awards: { nominationId: number; verificationCode: string }[] };
    const code = decision.awards.find((award) => award.nominationId === certified.nominationIds[1])!.verificationCode;

    // The QR code printed on the certificate, read back from the PDF's image as a phone would.
    const printed = (
      await download(`/api/decisions/${certified.decisionId}/certificates?format=pdf`, org.tokens.boardA)
    ).body;
    expect(qrCodeOnPage(printed, 2)).toBe(`https://thiduakhenthuong.example.vn/verify/${code}`);

    const valid = await t.http().get(`/api/public/verify/${code}`).expect(200);
    expect(valid.body).toEqual({
      status: 'valid',
      awardName: 'Giấy khen',
      nomineeName: 'Lò Văn Bảy',
      decisionNumber: '31/QĐ-SNN',
      signedOn: '2024-12-20',
      issuer: 'Giám đốc Sở Nông nghiệp',
      revokedOn: null,
    });
    const page = await t.http().get(`/verify/${code}`).expect(200);
    expect(page.text).toContain('Khen thưởng còn hiệu lực.');
    expect(page.text).toContain('Lò Văn Bảy');

    await send(t, org.tokens.boardA, certified.nominationIds[1], { type: 'REVOKE', comment: 'Kê khai sai' }).expect(
      200,
    );
    const revoked = await t.http().get(`/api/public/verify/${code}`).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await t.http().get(`/verify/${code}`).expect(200)).text).toContain('Khen thưởng đã bị hủy bỏ.');

    // Unknown and malformed codes answer alike, and say nothing about why.
    const unknown = await t.http().get('/api/public/verify/AAAAAAAAAAAAAAAA').expect(404);
    const malformed = await t.http().get('/api/public/verify/x').expect(404);
    expect(unknown.body.message).toBe(malformed.body.message);
    expect(JSON.stringify(unknown.body)).not.toMatch(/Lò Văn|QĐ/);

    // Codes cannot be tried in bulk: 30 checks a minute per address.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 35; attempt++)
      statuses.push((await t.http().get('/api/public/verify/BBBBBBBBBBBBBBBB')).status);
    expect(statuses).toContain(429);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { createDecision } from './helpers/council.js';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { binary } from './helpers/pdf.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';

/**
 * The award register (issue #17): every award of the decisions and of the recorded history, found by name with or
 * without diacritics, by award, year, unit and decision number, scoped, and exported in the register's layout.
 */
describe('the award register', () => {
  let t: TestApp;
  let org: Org;
  let hoa: number;

  async function decided(personId: number, number: string, awardTypeCode = 'giay_khen'): Promise<number> {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode,
      proposingUnitId: org.departmentA,
      personId,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'VERIFY', override: true, comment: 'Đủ' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    await createDecision(t, org.tokens.boardA, {
      number,
      signedOn: '2024-12-20',
      signerName: 'Lò Văn Mạnh',
      signerTitle: 'GIÁM ĐỐC',
      issuingUnitId: org.departmentA,
      nominationIds: [nomination.id],
    }).expect(201);
    return nomination.id;
  }

  const search = (query: string, token = org.tokens.boardRoot) =>
    t.http().get(`/api/register?${query}`).set(bearer(token)).expect(200);

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    hoa = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Nguyễn Thị Hoà');
    await rate(t, org.tokens.submitterA, hoa, 2024, 'excellent');
    const manh = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Đặng Văn Mạnh');
    await rate(t, org.tokens.submitterA, manh, 2024, 'excellent');
    await decided(hoa, '11/QĐ-SNN');
    const revoked = await decided(manh, '12/QĐ-SNN');
    await send(t, org.tokens.boardA, revoked, { type: 'REVOKE', comment: 'Kê khai sai' }).expect(200);
    // An award from before the system, recorded by the board.
    await t
      .http()
      .post(`/api/people/${hoa}/awards`)
      .set(bearer(org.tokens.boardA))
      .send({ year: 2021, awardTypeCode: 'lao_dong_tien_tien', decisionNumber: '45/QĐ-SNN', decidedOn: '2022-01-10' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('finds a person’s awards by name with or without diacritics, from decisions and recorded history', async () => {
    for (const q of ['Nguyễn Thị Hoà', 'nguyen thi hoa', 'THI HOA', 'hoà']) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect([q, found.body.total]).toEqual([q, 2]);
    }
    const { body } = await search('q=nguyen%20thi%20hoa');
    expect(body.items).toEqual([
      {
        registerNumber: expect.stringMatching(/^\d+\/2024$/),
        awardTypeCode: 'giay_khen',
        year: 2024,
        nominee: { kind: 'individual', name: 'Nguyễn Thị Hoà', unitName: 'Sở Nông nghiệp' },
        decision: { number: '11/QĐ-SNN', signedOn: '2024-12-20' },
        status: 'valid',
        source: 'decision',
      },
      {
        registerNumber: null,
        awardTypeCode: 'lao_dong_tien_tien',
        year: 2021,
        nominee: { kind: 'individual', name: 'Nguyễn Thị Hoà', unitName: 'Sở Nông nghiệp' },
        decision: { number: '45/QĐ-SNN', signedOn: '2022-01-10' },
        status: 'valid',
        source: 'recorded',
      },
    ]);
    // A wildcard typed in the box is a character, not "anything".
    expect((await search('q=%25')).body.total).toBe(0);
  });

  it('filters by award, year, decision number and unit, shows revoked awards as revoked, and is scoped', async () => {
    expect((await search('awardTypeCode=lao_dong_tien_tien')).body.total).toBe(1);
    expect((await search('year=2024')).body.total).toBe(2);
    const byNumber = await search(`decisionNumber=${encodeURIComponent('12/QĐ-SNN')}`);
    expect(byNumber.body.items).toEqual([
      expect.objectContaining({ nominee: expect.objectContaining({ name: 'Đặng Văn Mạnh' }), status: 'revoked' }),
    ]);
    expect((await search(`unitId=${org.departmentA}`)).body.total).toBe(3);
    expect((await search(`unitId=${org.departmentB}`)).body.total).toBe(0);
    // Department B's submitter sees none of department A's register.
    expect((await search('', org.tokens.submitterB)).body.total).toBe(0);
    await t.http().get('/api/register?year=abc').set(bearer(org.tokens.boardRoot)).expect(400);
  });

  it('exports the register as a workbook in its layout, with labels', async () => {
    const response = await t
      .http()
      .get('/api/register?format=xlsx')
      .set(bearer(org.tokens.boardRoot))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sổ theo dõi khen thưởng')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Họ và tên / Tên tập thể');
    expect(sheet.rowCount).toBe(4);
    const rows: unknown[][] = [];
    sheet.eachRow((row, index) => index > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((row) => row[5])).toContain('Giấy khen');
    expect(rows.map((row) => row[9])).toContain('Đã hủy bỏ');
    expect(rows.flat()).not.toContain('giay_khen');
  });
});

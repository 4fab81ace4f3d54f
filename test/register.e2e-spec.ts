import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { createDecision } from './helpers/council.js';
import { completeDossier, createPerson, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { binary } from './helpers/pdf.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';
import { csrfOf, signedIn } from './helpers/web.js';

/**
 * The award register (issue #17): every award of the decisions and of the recorded history, found by name with or
 * without diacritics, by award, year, unit and decision number, scoped, and exported in the register's layout.
 */
describe('the award register', () => {
  let t: TestApp;
  let org: Org;
  let hoa: number;

  async function decided(
    nominee: { personId: number } | { nomineeUnitId: number },
    number: string,
    awardTypeCode = 'giay_khen',
  ): Promise<number> {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode,
      proposingUnitId: org.departmentA,
      ...nominee,
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
    await decided({ personId: hoa }, '11/QĐ-SNN');
    const revoked = await decided({ personId: manh }, '12/QĐ-SNN');
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

  it('keeps a collective’s own history, shown on its page', async () => {
    await decided({ nomineeUnitId: org.communeOfA }, '13/QĐ-SNN', 'tap_the_lao_dong_tien_tien');
    const history = await search(`nomineeUnitId=${org.communeOfA}`);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        awardTypeCode: 'tap_the_lao_dong_tien_tien',
        nominee: expect.objectContaining({ kind: 'collective', name: 'Xã Hua La' }),
        decision: expect.objectContaining({ number: '13/QĐ-SNN' }),
      }),
    ]);
    const page = await (await signedIn(t, 'board.root', 'password-123')).get(`/units/${org.communeOfA}`).expect(200);
    expect(page.text).toContain('Khen thưởng của tập thể');
    expect(page.text).toContain('13/QĐ-SNN');
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
    // The header, and the four awards so far (three of people, one of a collective).
    expect(sheet.rowCount).toBe(5);
    const rows: unknown[][] = [];
    sheet.eachRow((row, index) => index > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((row) => row[5])).toContain('Giấy khen');
    expect(rows.map((row) => row[9])).toContain('Đã hủy bỏ');
    expect(rows.flat()).not.toContain('giay_khen');
  });

  it('imports award history from a list: bad and ambiguous rows named and nothing imported, unknown people added once, a dry run, then once only', async () => {
    const template = await t
      .http()
      .get('/api/register/import-template')
      .set(bearer(org.tokens.boardA))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.load(template.body as ArrayBuffer);
    expect((templateBook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([
      'fullName',
      'unitCode',
      'birthYear',
      'year',
      'awardTypeCode',
      'decisionNumber',
      'decidedOn',
      'position',
    ]);
    // Two people of the same name in department A: a row must give the year of birth.
    const twinA = await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lò Văn Sinh');
    await createPerson(t, org.tokens.submitterA, org.departmentA, 'Lò Văn Sinh');
    await t.http().patch(`/api/people/${twinA}`).set(bearer(org.tokens.submitterA)).send({ birthYear: 1980 });

    const upload = (csv: string, dryRun = false) =>
      t
        .http()
        .post('/api/register/import')
        .set(bearer(org.tokens.boardA))
        .field('dryRun', String(dryRun))
        .attach('file', Buffer.from(csv), 'lich-su.csv');
    const header = 'fullName,unitCode,birthYear,year,awardTypeCode,decisionNumber,decidedOn';
    const bad = await upload(
      [
        header,
        'Nguyen Thi Hoa,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020',
        'Lò Văn Sinh,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020',
        'Người Lạ,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020',
        'Nguyễn Thị Hoà,NO-SUCH,,2019,giay_khen_sai,,32/13/2020',
        'Ai Đó,NO-SUCH,,2019,giay_khen,1/QĐ-X,15/01/2020',
      ].join('\n'),
    ).expect(422);
    const messages = bad.body.violations.map((v: { message: string }) => v.message);
    // An unknown person (row 4) is not a problem: they would be added.
    expect(messages).toEqual([
      expect.stringContaining('ghi thêm năm sinh'),
      expect.stringContaining('Dòng 5, cột awardTypeCode'),
      expect.stringContaining('Dòng 5, cột decisionNumber'),
      expect.stringContaining('Dòng 5, cột decidedOn'),
      expect.stringContaining('Dòng 6, cột unitCode'),
    ]);
    expect(messages[0]).toContain('Dòng 3');
    const before = (await search('')).body.total;
    expect(before).toBe(4);

    const good = [
      header + ',position',
      'nguyen thi hoa,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020,',
      'Lò Văn Sinh,dep-a,1980,2019,giay_khen,31/QĐ-SNN,2020-01-20,',
      // Someone retired before this system: added to the unit once, with both awards.
      'Cầm Thị Xuân,DEP-A,1962,2015,lao_dong_tien_tien,12/QĐ-SNN,10/01/2016,Kế toán trưởng',
      'cam thi xuan,DEP-A,1962,2016,giay_khen,20/QĐ-SNN,12/01/2017,Kế toán trưởng',
    ].join('\n');
    const newPeople = [{ row: 4, fullName: 'Cầm Thị Xuân', unitCode: 'DEP-A' }];
    expect((await upload(good, true).expect(201)).body).toEqual({
      rows: 4,
      created: 4,
      matched: 2,
      newPeople,
      errors: [],
    });
    expect((await search('')).body.total).toBe(before);
    const people = () => t.http().get('/api/people?q=cam%20thi%20xuan').set(bearer(org.tokens.boardA)).expect(200);
    expect((await people()).body.total).toBe(0);
    expect((await upload(good).expect(201)).body).toEqual({ rows: 4, created: 4, matched: 2, newPeople, errors: [] });
    // The same file again: everyone is found now, and nothing is added.
    expect((await upload(good).expect(201)).body).toEqual({
      rows: 4,
      created: 0,
      matched: 4,
      newPeople: [],
      errors: [],
    });
    expect((await people()).body.items).toEqual([
      expect.objectContaining({ fullName: 'Cầm Thị Xuân', birthYear: 1962, position: 'Kế toán trưởng' }),
    ]);
    const imported = await search('q=lo%20van%20sinh');
    expect(imported.body.items).toEqual([
      expect.objectContaining({ awardTypeCode: 'giay_khen', year: 2019, source: 'imported' }),
    ]);
    expect((await search('q=xuan')).body.items.map((item: { year: number }) => item.year)).toEqual([2016, 2015]);
    expect((await search('')).body.total).toBe(before + 4);

    // The same from the register's import page: checked first, every bad row named on the page.
    const board = await signedIn(t, 'board.a', 'password-123');
    const form = await board.get('/register/import').expect(200);
    const csrf = csrfOf(form.text);
    const checked = await board
      .post(`/register/import?_csrf=${encodeURIComponent(csrf)}`)
      .field('dryRun', 'true')
      .attach('file', Buffer.from(good), 'lich-su.csv')
      .expect(200);
    expect(checked.text).toContain('Đã kiểm tra, chưa nhập: 4 dòng, 4 tìm thấy người, 0 khen thưởng mới.');
    const stranger = await board
      .post(`/register/import?_csrf=${encodeURIComponent(csrf)}`)
      .field('dryRun', 'true')
      .attach(
        'file',
        Buffer.from([header, 'Người Lạ,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020'].join('\n')),
        'x.csv',
      )
      .expect(200);
    expect(stranger.text).toContain('Người sẽ được thêm vào đơn vị (1)');
    expect(stranger.text).toMatch(/<td>2<\/td><td>Người Lạ<\/td><td>DEP-A<\/td>/);
    const refused = await board
      .post(`/register/import?_csrf=${encodeURIComponent(csrf)}`)
      .attach(
        'file',
        Buffer.from([header, 'Lò Văn Sinh,DEP-A,,2019,lao_dong_tien_tien,30/QĐ-SNN,15/01/2020'].join('\n')),
        'x.csv',
      )
      .expect(422);
    expect(refused.text).toContain('Dòng 2, cột fullName');
  });

  it('imports units with their parents in any order, all or nothing, and the same file twice adds nothing', async () => {
    const upload = (csv: string) =>
      t.http().post('/api/units/import').set(bearer(org.adminToken)).attach('file', Buffer.from(csv), 'don-vi.csv');
    const header = 'code,name,kind,parentCode';
    const bad = await upload(
      [header, 'X-CHILD,Phòng Một,other,X-PARENT', 'X-BAD,Đơn vị sai,castle,DEP-A', 'DEP-A,Tên khác,department,'].join(
        '\n',
      ),
    ).expect(422);
    expect(bad.body.violations.map((v: { message: string }) => v.message)).toEqual([
      expect.stringContaining('Dòng 2, cột parentCode'),
      expect.stringContaining('Dòng 3, cột kind'),
      expect.stringContaining('Dòng 4, cột parentCode'),
    ]);
    const good = [
      header,
      'X-CHILD,Phòng Một,other,X-PARENT',
      'X-PARENT,Trung tâm Hai,agency,DEP-A',
      'DEP-B,Sở Y tế,department,' +
        (await t.http().get(`/api/units/${org.rootId}`).set(bearer(org.adminToken))).body.code,
    ].join('\n');
    expect((await upload(good).expect(201)).body).toEqual({ rows: 3, created: 2, matched: 1 });
    expect((await upload(good).expect(201)).body).toEqual({ rows: 3, created: 0, matched: 3 });
    const renamed = await upload([header, 'X-PARENT,Tên khác,agency,DEP-A'].join('\n')).expect(422);
    expect(renamed.body.violations[0].message).toContain('đã dùng cho đơn vị "Trung tâm Hai"');
    const units = (await t.http().get('/api/units?pageSize=200').set(bearer(org.adminToken))).body.items as {
      code: string;
      parentId: number;
      id: number;
    }[];
    const parent = units.find((unit) => unit.code === 'X-PARENT')!;
    expect(units.find((unit) => unit.code === 'X-CHILD')!.parentId).toBe(parent.id);
    expect(parent.parentId).toBe(org.departmentA);

    // The same from the administrator's units page.
    const admin = await signedIn(t, 'admin', 'admin-password-1');
    const csrf = csrfOf((await admin.get('/admin/units').expect(200)).text);
    const page = await admin
      .post(`/admin/units/import?_csrf=${encodeURIComponent(csrf)}`)
      .attach('file', Buffer.from(good), 'don-vi.csv')
      .expect(200);
    expect(page.text).toContain('Đã nhập danh sách đơn vị: 3 dòng, 0 đơn vị mới, 3 đơn vị đã có.');
    const refused = await admin
      .post(`/admin/units/import?_csrf=${encodeURIComponent(csrf)}`)
      .attach('file', Buffer.from([header, 'X-BAD,Đơn vị sai,castle,DEP-A'].join('\n')), 'x.csv')
      .expect(422);
    expect(refused.text).toContain('Dòng 2, cột kind');
  });
});

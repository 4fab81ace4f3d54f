import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { completeDossier, nominate, rate, send } from './helpers/dossier.js';
import { buildOrg, type Org } from './helpers/org.js';
import { binary, fallbackFonts, inspectPdf } from './helpers/pdf.js';
import { bearer, startApp, type TestApp } from './helpers/test-app.js';
import { addTarget, createMovement, movementEvent, reportProgress } from './helpers/movements.js';
import { createDecision } from './helpers/council.js';

describe('the yearly report', () => {
  let t: TestApp;
  let org: Org;
  let injected: number;

  async function person(unitId: number, fullName: string, category: string) {
    const response = await t
      .http()
      .post('/api/people')
      .set(bearer(org.tokens.submitterA))
      .send({ fullName, position: 'x', unitId, category })
      .expect(201);
    await rate(t, org.tokens.submitterA, response.body.id, 2024, 'excellent');
    return response.body.id as number;
  }

  /** A Giấy khen of department A, decided by department A's board. */
  async function decided(
    personId: number,
    number: string,
    achievements = 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
    year = 2024,
    signedOn = '2024-12-20',
  ) {
    const nomination = await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'giay_khen',
      proposingUnitId: org.departmentA,
      personId,
      achievements,
      // The certificate prints the citation: the same text, so that markup in it reaches the certificate.
      citation: achievements,
      year,
    });
    await completeDossier(t, org.tokens.submitterA, nomination.id);
    await send(t, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, {
      type: 'VERIFY',
      comment: 'Thành tích tiêu biểu, đã xác minh',
    }).expect(200);
    await send(t, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
    await createDecision(t, org.tokens.boardA, {
      number,
      signedOn,
      signerName: 'Giám đốc',
      signerTitle: 'GIÁM ĐỐC',
      issuingUnitId: org.departmentA,
      nominationIds: [nomination.id],
    }).expect(201);
    return nomination.id;
  }

  beforeAll(async () => {
    t = await startApp();
    org = await buildOrg(t);
    // A unit name with markup: every format must show it as text.
    await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'HTML', name: 'Đội <b>sản xuất</b> số 1', kind: 'other', parentId: org.departmentA })
      .expect(201);
    const farmer = await person(org.departmentA, 'Lò Văn Nông', 'farmer');
    const worker = await person(org.departmentA, 'Cầm Thị Công', 'worker');
    const clerk = await person(org.departmentA, 'Nguyễn Văn Văn', 'civil_servant');
    await decided(farmer, '01/QĐ-SNN');
    await rate(t, org.tokens.submitterA, clerk, 2023, 'excellent');
    await decided(clerk, '09/QĐ-SNN', 'Hoàn thành xuất sắc nhiệm vụ năm 2023', 2023, '2023-12-20');
    // A 2023 achievement decided in 2024 is a 2024 award: awards count in the year their decision was signed.
    const late = await person(org.departmentA, 'Hà Thị Muộn', 'civil_servant');
    await rate(t, org.tokens.submitterA, late, 2023, 'excellent');
    await decided(late, '10/QĐ-SNN', 'Hoàn thành xuất sắc nhiệm vụ năm 2023', 2023, '2024-01-15');
    injected = await decided(worker, '02/QĐ-SNN', 'Sáng kiến <img src=x onerror=alert(1)> "tiết kiệm" & hiệu quả');
    const revoked = await decided(clerk, '03/QĐ-SNN');
    await send(t, org.tokens.boardA, revoked, { type: 'REVOKE', comment: 'Kê khai không trung thực' }).expect(200);
    await nominate(t, org.tokens.submitterA, {
      awardTypeCode: 'lao_dong_tien_tien',
      proposingUnitId: org.departmentA,
      personId: clerk,
    });

    const movement = await createMovement(t, org.tokens.boardRoot, {
      title: 'Phong trào thi đua năm 2024',
      kind: 'regular',
      launchedByUnitId: org.rootId,
      startDate: '2024-01-03',
      endDate: '2024-12-31',
    }).expect(201);
    await addTarget(t, org.tokens.boardRoot, movement.body.id, {
      code: 'T01',
      name: 'Tốc độ tăng trưởng kinh tế',
      unit: '%',
      targetValue: 7.5,
      direction: 'at_least',
      assigneeUnitId: org.rootId,
    }).expect(201);
    await movementEvent(t, org.tokens.boardRoot, movement.body.id, { type: 'LAUNCH' }).expect(200);
    const targets = await t
      .http()
      .get(`/api/movements/${movement.body.id}/targets`)
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    await reportProgress(t, org.tokens.boardRoot, targets.body[0].id, { period: '2024', value: 7.8 }).expect(201);
  });
  afterAll(() => t.close());

  it('counts movements, targets, nominations by state and awards, excluding revoked awards', async () => {
    const response = await t.http().get('/api/reports/yearly?year=2024').set(bearer(org.tokens.boardRoot)).expect(200);
    const report = response.body;
    expect(report).toMatchObject({
      year: 2024,
      movements: { launched: 1, concluded: 0 },
      targets: [{ code: 'T01', targetValue: 7.5, latestValue: 7.8, achievementRate: 1.04, achieved: true }],
      nominations: { total: 4 },
      awards: {
        // The farmer's and the worker's 2024 awards, and the 2023 achievement decided in 2024.
        total: 3,
        byAwardType: { giay_khen: 3 },
        byUnit: [{ unitId: org.departmentA, name: 'Sở Nông nghiệp', count: 3 }],
        individuals: 3,
        directLabourers: 2,
        directLabourerShare: 0.6667,
        revoked: 1,
      },
      processing: {
        appraised: 3,
        medianWorkingDays: 0,
        overdue: 0,
        limitWorkingDays: 20,
        returnedLate: 0,
        returnLimitWorkingDays: 5,
      },
    });
    expect(report.nominations.byState).toMatchObject({ decided: 2, revoked: 1, draft: 1, approved: 0 });
    expect(report.previousYear).toMatchObject({
      year: 2023,
      movementsLaunched: 0,
      // Nominations by their year (two for 2023); awards by their decision's (one signed in 2023).
      nominations: 2,
      awards: 1,
      individuals: 1,
      directLabourerShare: 0,
    });
    // Form 0601.N classifies the one launched movement: by the province (column 3), a whole year (07), regular (12).
    const code = (form: { rows: { code: string; values: number[] }[] }, wanted: string) =>
      form.rows.find((row) => row.code === wanted)!.values;
    expect(code(report.forms.f0601, '01')).toEqual([report.movements.launched, 0, 1, 0]);
    expect([code(report.forms.f0601, '07')[0], code(report.forms.f0601, '12')[0]]).toEqual([1, 1]);
    expect(report.forms.receivingUnit).toBe('Bộ Nội vụ');
    // A Giấy khen is conferred by the department head: neither a state-level nor a province-level award.
    expect(code(report.forms.f0602, '01')[0]).toBe(0);
    expect(code(report.forms.f0603, '01')[0]).toBe(0);
    expect(Object.values(report.nominations.byState).reduce((a: number, b) => a + (b as number), 0)).toBe(
      report.nominations.total,
    );
  });

  it('scopes the report to the caller’s unit: another department sees none of it', async () => {
    const other = await t.http().get('/api/reports/yearly?year=2024').set(bearer(org.tokens.boardA)).expect(200);
    expect(other.body.awards.total).toBe(3);
    expect(other.body.movements.launched).toBe(0);
    await t.http().get('/api/reports/yearly?year=2024').set(bearer(org.tokens.submitterA)).expect(403);
    await t.http().get('/api/reports/yearly?year=2024&format=pdfx').set(bearer(org.tokens.boardRoot)).expect(400);
    await t.http().get('/api/reports/yearly').set(bearer(org.tokens.boardRoot)).expect(400);
  });

  it('shows the same numbers in the workbook, one sheet per section', async () => {
    const json = (await t.http().get('/api/reports/yearly?year=2024').set(bearer(org.tokens.boardRoot)).expect(200))
      .body;
    const response = await t
      .http()
      .get('/api/reports/yearly?year=2024&format=xlsx')
      .set(bearer(org.tokens.boardRoot))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('bao-cao-thi-dua-khen-thuong-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Chỉ tiêu',
      'Đề nghị',
      'Khen thưởng',
      'Theo đơn vị',
      'Biểu 0601.N',
      'Biểu 0602.N',
      'Biểu 0603.N',
      'So sánh năm trước',
    ]);
    // Each form as on paper: its header, then row 01 with its code and the same numbers as the JSON; labels, no codes.
    const form0601 = workbook.getWorksheet('Biểu 0601.N')!;
    const cells: unknown[][] = [];
    form0601.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells[0][0]).toBe('Biểu số: 0601.N/BNV-TĐKT');
    expect(cells.some((row) => row[0] === 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023')).toBe(true);
    expect(cells.find((row) => row[1] === '01')).toEqual([
      'Tổng số',
      '01',
      ...json.forms.f0601.rows.find((row: { code: string }) => row.code === '01').values,
    ]);
    expect(cells.some((row) => row[0] === 'Người lập biểu')).toBe(true);
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        expect(
          (row.values as unknown[]).filter((value) => ['draft', 'decided', 'giay_khen'].includes(String(value))),
        ).toEqual([]),
      );
    const compared = workbook.getWorksheet('So sánh năm trước')!;
    expect(compared.getRow(1).getCell(3).value).toBe('Năm 2023');
    expect(compared.getRow(5).getCell(1).value).toBe('Khen thưởng đã có quyết định');
    expect(compared.getRow(5).getCell(2).value).toBe(json.awards.total);
    expect(compared.getRow(5).getCell(3).value).toBe(json.previousYear.awards);
    expect(compared.getRow(5).getCell(4).value).toBe(json.awards.total - json.previousYear.awards);
    const summary = new Map<string, unknown>();
    workbook
      .getWorksheet('Tổng hợp')!
      .eachRow((row, index) => index > 1 && summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('Tổng số khen thưởng')).toBe(json.awards.total);
    expect(summary.get('Tổng số đề nghị')).toBe(json.nominations.total);
    expect(summary.get('Tỷ lệ người lao động trực tiếp')).toBe(json.awards.directLabourerShare);
    let byState = 0;
    workbook.getWorksheet('Đề nghị')!.eachRow((row, index) => index > 1 && (byState += Number(row.getCell(2).value)));
    expect(byState).toBe(json.nominations.total);
    let byType = 0;
    workbook
      .getWorksheet('Khen thưởng')!
      .eachRow((row, index) => index > 1 && (byType += Number(row.getCell(2).value)));
    expect(byType).toBe(json.awards.total);
    expect(workbook.getWorksheet('Chỉ tiêu')!.getRow(2).getCell(6).value).toBe(7.8);
  });

  it('renders the HTML report in the official layout with the same numbers, escaping every name', async () => {
    await t
      .http()
      .post('/api/units')
      .set(bearer(org.adminToken))
      .send({ code: 'X2', name: 'Tổ <script>alert(1)</script>', kind: 'other', parentId: org.rootId })
      .expect(201);
    const response = await t
      .http()
      .get('/api/reports/yearly?year=2024&format=html')
      .set(bearer(org.tokens.boardRoot))
      .expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.text;
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html).toContain('Kết quả phong trào thi đua và công tác khen thưởng năm 2024');
    expect(html).toMatch(/Tổng số khen thưởng đã có quyết định: <strong>3<\/strong>/);
    expect(html).toContain('Giấy khen');
    expect(html).toContain('66,7%');
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('Biểu số: 0601.N/BNV-TĐKT');
    expect(html).toContain('SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC');
    expect(html).toContain('Biểu số: 0603.N/BNV-TĐKT');
    expect(html).toMatch(
      /Khen thưởng đã có quyết định<\/td><td class="number">3<\/td><td class="number">1<\/td><td class="number">\+2</,
    );
    expect(html).not.toContain('<script>');
  });

  it('prints the same report to an A4 PDF with Vietnamese text intact', async () => {
    const response = await t
      .http()
      .get('/api/reports/yearly?year=2024&format=pdf')
      .set(bearer(org.tokens.boardRoot))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = inspectPdf(response.body as Buffer, 'yearly-report');
    expect(fallbackFonts(pdf)).toEqual([]);
    expect([pdf.width, pdf.height]).toEqual([595, 842]);
    expect(pdf.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pdf.text).toContain('Tốc độ tăng trưởng');
    expect(pdf.text).toContain('Sở Nông nghiệp');
    // Each form on its own A4 landscape page, whole: header, table and signatures together, never cut.
    const pages = pdf.text.split('\f');
    for (const symbol of ['0601.N/BNV-TĐKT', '0602.N/BNV-TĐKT', '0603.N/BNV-TĐKT']) {
      const index = pages.findIndex((page) => page.includes(`Biểu số: ${symbol}`));
      expect([symbol, index >= 0]).toEqual([symbol, true]);
      expect([symbol, pdf.pageSizes[index]]).toEqual([symbol, [842, 595]]);
      expect([symbol, pages[index].includes('Người lập biểu'), pages[index].includes('Tổng số')]).toEqual([
        symbol,
        true,
        true,
      ]);
    }
  });

  it('prints markup in a citation as text on the certificate, never as HTML', async () => {
    const certificate = await t
      .http()
      .get(`/api/nominations/${injected}/certificate?format=html`)
      .set(bearer(org.tokens.boardA))
      .expect(200);
    expect(certificate.text).toContain(
      'Sáng kiến &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &quot;tiết kiệm&quot; &amp; hiệu quả',
    );
    expect(certificate.text).not.toContain('<img src=x');
    expect(certificate.text).toContain('TẶNG');
    expect(certificate.text).toContain('Cầm Thị Công');
  });
});

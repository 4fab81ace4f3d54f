import { describe, expect, it } from '@jest/globals';
import type { YearlyReport } from '../reports/yearly-report.service.js';
import { form0601, form0602, form0603 } from '../reports/statistical-forms.js';
import { yearlyReportModel } from '../reports/yearly-report.views.js';
import { DocumentRenderer } from './renderer.js';

/**
 * Snapshot tests of each official document from fixed view models: a change to a template's layout, wording or escaping
 * shows up as a reviewed snapshot diff. Strict mode also fails here when a template reads a field the model lacks.
 */
const renderer = new DocumentRenderer();
const decision = {
  number: '125/QĐ-UBND',
  signedOn: '2024-01-03',
  signerName: 'Nguyễn Đình Việt',
  signerTitle: 'Chủ tịch',
};
const header = {
  issuingBodyParent: '',
  issuingBody: 'Ủy ban nhân dân tỉnh Sơn La',
  documentNumber: decision.number,
  place: 'Sơn La',
  dateIso: decision.signedOn,
};

describe('document templates', () => {
  it('certificate: one landscape page per award, title awards say TẶNG DANH HIỆU, markup escaped', () => {
    const html = renderer.render('certificate', {
      certificates: [
        {
          official: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
          award: { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'form' },
          recipient: { name: 'Lò Thị Mai', position: 'Chuyên viên', unit: 'Sở Nông nghiệp và Môi trường' },
          compact: false,
          citation: 'Đã có thành tích xuất sắc trong phong trào thi đua <b>năm 2024</b>',
          flags: false,
          flag: false,
          issuer: 'Ủy ban nhân dân tỉnh Sơn La',
          year: 2024,
          signature: { lead: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
          decision,
          goldenBookNumber: 1,
          register: '17/2025',
          qr: '',
          place: 'Sơn La',
        },
        {
          official: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
          award: { name: 'Tập thể Lao động xuất sắc', kind: 'title' },
          recipient: { name: 'Phòng Kế hoạch - Tài chính', position: '', unit: '' },
          compact: true,
          citation: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
          flags: true,
          flag: false,
          issuer: 'Ủy ban nhân dân tỉnh Sơn La',
          year: 2024,
          signature: { lead: '', title: 'CHỦ TỊCH' },
          decision,
          goldenBookNumber: 2,
          register: '18/2025',
          qr: 'data:image/svg+xml;base64,PHN2Zy8+',
          place: 'Sơn La',
        },
        {
          compact: false,
          official: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
          award: { name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', kind: 'title' },
          recipient: { name: 'Sở Y tế', position: '', unit: '' },
          citation: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024',
          flags: false,
          flag: true,
          issuer: 'Ủy ban nhân dân tỉnh Sơn La',
          year: 2024,
          signature: { lead: '', title: 'CHỦ TỊCH' },
          decision,
          goldenBookNumber: 3,
          register: '19/2025',
          qr: '',
          place: 'Sơn La',
        },
      ],
    });
    expect(html.match(/class="sheet( compact| flag-sheet)?"/g)).toHaveLength(3);
    // The emblem on each certificate; the red flags on both sides of it only where the model has them.
    expect(html.match(/class="emblem"/g)).toHaveLength(2);
    // A Cờ thi đua prints as the flag with its words, not as a certificate.
    expect(html).toContain('<div class="flag-recipient">SỞ Y TẾ</div>');
    expect(html).toContain('ĐƠN VỊ DẪN ĐẦU PHONG TRÀO THI ĐUA NĂM 2024');
    expect(html.match(/<svg class="flag/g)).toHaveLength(2);
    expect(html).toContain('&lt;b&gt;năm 2024&lt;/b&gt;');
    expect(html).toMatchSnapshot();
  });

  it('administrative document: Decree 30 layout with legal bases, articles, signature block and annex by nominee kind', () => {
    const html = renderer.render('administrative', {
      title: 'Quyết định số 125/QĐ-UBND',
      header,
      kind: 'QUYẾT ĐỊNH',
      subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      addressee: '',
      legalBases: [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02 tháng 01 năm 2024.',
      ],
      opening: 'QUYẾT ĐỊNH:',
      paragraphs: [
        {
          label: 'Điều 1.',
          text: 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân và 1 hộ gia đình có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc.',
        },
        { label: 'Điều 2.', text: 'Tiền thưởng <theo> quy định.' },
      ],
      recipients: ['- Như Điều 3;', '- Lưu: VT, NV.'],
      signature: { lead: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Đình Việt' },
      annex: {
        heading: 'DANH SÁCH',
        subheading: 'Được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        reference:
          '(Kèm theo Quyết định số 125/QĐ-UBND ngày 03 tháng 01 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Sơn La)',
        columns: ['STT', 'Họ và tên / Tên tập thể', 'Số sổ vàng'],
        numeric: [true, false, true],
        widths: [10, 70, 20],
        sections: [
          { title: 'I. Cá nhân', rows: [['1', 'Lò Thị Mai', '1']] },
          { title: 'II. Hộ gia đình', rows: [['1', 'Hộ ông (bà) Cầm Văn Sơn', '2']] },
        ],
      },
    });
    expect(html).toContain('Số: 125/QĐ-UBND');
    expect(html).toContain('<td class="number">2</td>');
    expect(html).toContain('Tiền thưởng &lt;theo&gt; quy định.');
    expect(html).toMatchSnapshot();
  });

  it('council minutes: present and absent members, each tally against the threshold, signatures', () => {
    const html = renderer.render('council-minutes', {
      header: {
        ...header,
        issuingBodyParent: 'Ủy ban nhân dân tỉnh Sơn La',
        issuingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh',
        documentNumber: '',
      },
      session: {
        title: 'Phiên họp xét khen thưởng năm 2024',
        meetingDate: '2024-12-10',
        startsAt: '14:00',
        place: 'Phòng họp số 1, Ủy ban nhân dân tỉnh',
        paperTally: false,
      },
      council: { name: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn La' },
      members: {
        total: 10,
        presentCount: 9,
        absentCount: 1,
        writtenOpinions: 1,
        present: [
          { ordinal: 1, displayName: 'Nguyễn Đình Việt', role: 'Chủ tịch Hội đồng' },
          { ordinal: 2, displayName: 'Hoàng Văn Nam', role: 'Thư ký' },
        ],
        absent: [{ ordinal: 1, displayName: 'Quàng Thị Hương', wrote: true }],
      },
      results: [
        {
          ordinal: 1,
          nominee: 'Lò Thị Mai',
          award: 'Chiến sĩ thi đua cấp tỉnh',
          approve: 9,
          reject: 1,
          abstain: 0,
          recused: '',
          share: 0.9,
          threshold: 0.9,
          passed: true,
        },
        {
          ordinal: 2,
          nominee: 'Sở Xây dựng',
          award: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
          approve: 8,
          reject: 1,
          abstain: 1,
          share: 0.8,
          threshold: 0.9,
          passed: false,
          recused: 'Quàng Thị Hương',
        },
      ],
      comments: [
        {
          ordinal: 1,
          text: 'Đề nghị xem xét lại thành tích',
          author: 'Không ghi tên',
          answer: 'Đã xác minh: thành tích đúng',
        },
      ],
      conflicts: [{ ordinal: 1, members: 'Nguyễn Văn A' }],
      chair: 'Nguyễn Đình Việt',
      secretary: 'Hoàng Văn Nam',
    });
    expect(html).toContain('Không đạt');
    // Sections numbered without a gap, the chair and secretary named at the opening, recusals named.
    expect(html).toContain('III. Kết quả bỏ phiếu kín');
    expect(html).toContain(
      'Thời gian: 14:00, ngày 10 tháng 12 năm 2024. Địa điểm: Phòng họp số 1, Ủy ban nhân dân tỉnh.',
    );
    expect(html).toContain('Chủ trì: Nguyễn Đình Việt, Chủ tịch Hội đồng. Thư ký: Hoàng Văn Nam.');
    expect(html).toContain('<td>Quàng Thị Hương</td>');
    expect(html).toMatchSnapshot();
  });

  it('yearly report: every section, the forms of Circular 02/2023 and the comparison with the previous year', () => {
    const report: YearlyReport = {
      year: 2024,
      unit: { id: 1, name: 'Tỉnh Sơn La' },
      generatedOn: '2024-12-15',
      movements: { launched: 1, concluded: 0 },
      targets: [
        {
          movementId: 1,
          code: 'T01',
          name: 'Tốc độ tăng trưởng kinh tế (GRDP)',
          unit: '%',
          targetValue: 7.5,
          latestValue: 7.8,
          achievementRate: 1.04,
          achieved: true,
        },
      ],
      nominations: { total: 3, byState: { draft: 1, decided: 2 } },
      awards: {
        total: 2,
        byAwardType: { bang_khen_tinh: 2 },
        byUnit: [{ unitId: 2, name: 'Sở Nông nghiệp và Môi trường', count: 2 }],
        individuals: 2,
        collectives: 0,
        households: 0,
        directLabourers: 1,
        directLabourerShare: 0.5,
        revoked: 0,
      },
      processing: {
        appraised: 2,
        medianWorkingDays: 4,
        overdue: 0,
        limitWorkingDays: 20,
        returnedLate: 1,
        returnLimitWorkingDays: 5,
      },
      forms: {
        receivingUnit: 'Bộ Nội vụ',
        f0601: form0601([
          {
            launchingUnitKind: 'province',
            kind: 'regular',
            scope: 'province',
            startDate: '2024-01-01',
            endDate: '2024-12-31',
          },
        ]),
        f0602: form0602([]),
        f0603: form0603([
          {
            awardTypeCode: 'bang_khen_tinh',
            nomineeKind: 'individual',
            personCategory: 'farmer',
            nomineeUnitKind: null,
            category: 'merit',
            count: 2,
          },
        ]),
      },
      previousYear: {
        year: 2023,
        movementsLaunched: 1,
        movementsConcluded: 1,
        nominations: 5,
        awards: 3,
        individuals: 3,
        collectives: 0,
        households: 0,
        directLabourerShare: 0,
      },
    };
    const html = renderer.render(
      'yearly-report',
      yearlyReportModel(report, { body: 'Ủy ban nhân dân tỉnh Sơn La', place: 'Sơn La' }),
    );
    expect(html).toContain('Biểu số: 0603.N/BNV-TĐKT');
    expect(html).toContain('Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo');
    expect(html).toContain('Đơn vị nhận báo cáo: <strong>Bộ Nội vụ</strong>');
    expect(html).toContain('−1');
    expect(html).toMatchSnapshot();
  });
});

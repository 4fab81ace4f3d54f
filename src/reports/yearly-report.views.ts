import { findAwardType } from '../award-types/catalogue.js';
import { DURATION_BUCKETS } from '../movements/classification.js';
import { MOVEMENT_KINDS, MOVEMENT_SCOPES } from '../movements/movement.entity.js';
import { NOMINATION_CATEGORIES } from '../nominations/nomination.entity.js';
import { RECIPIENT_TYPES, type AwardFormRow } from './statistical-forms.js';
import type { YearlyReport } from './yearly-report.service.js';

export const STATE_LABELS: Record<string, string> = {
  draft: 'Nháp',
  submitted: 'Đã trình, chờ thẩm định',
  returned: 'Trả lại để bổ sung',
  verified: 'Đã thẩm định',
  in_council: 'Đang xét tại Hội đồng',
  approved: 'Được chấp thuận',
  rejected: 'Không được chấp thuận',
  withdrawn: 'Đơn vị rút hồ sơ',
  forwarded: 'Đã trình cấp trên',
  decided: 'Đã có quyết định',
  awarded: 'Đã trao tặng',
  revoked: 'Đã hủy bỏ quyết định',
};

const LEVEL_LABELS: Record<string, string> = {
  province: 'Cấp tỉnh',
  department: 'Sở, ban, ngành, đoàn thể',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  other: 'Khác',
};
const SCOPE_LABELS: Record<string, string> = {
  national: 'Toàn quốc',
  province: 'Toàn tỉnh',
  cluster: 'Cụm, khối thi đua',
  unit: 'Trong cơ quan, đơn vị',
};
const DURATION_LABELS: Record<string, string> = {
  under_1_year: 'Dưới 1 năm',
  '1_year': '1 năm',
  '1_to_3_years': 'Trên 1 đến dưới 3 năm',
  '3_to_5_years': 'Từ 3 đến dưới 5 năm',
  '5_years_or_more': 'Từ 5 năm trở lên',
};
const MOVEMENT_KIND_LABELS: Record<string, string> = {
  regular: 'Thường xuyên',
  thematic: 'Theo đợt, chuyên đề',
  special: 'Đặc biệt',
};
const RECIPIENT_LABELS: Record<string, string> = {
  enterprise: 'Doanh nghiệp',
  leader: 'Cán bộ lãnh đạo, quản lý',
  direct_labourer: 'Công nhân, nông dân, người lao động trực tiếp',
};
const CATEGORY_LABELS: Record<string, string> = {
  merit: 'Công trạng',
  ad_hoc: 'Đột xuất',
  thematic: 'Theo chuyên đề',
  dedication: 'Quá trình cống hiến',
  foreign: 'Đối ngoại',
};

/** A statistical form as a plain table: the HTML section and the workbook sheet print the same cells. */
export interface FormTable {
  code: string;
  title: string;
  headers: string[];
  rows: (string | number)[][];
  totals: number[];
}

function table(code: string, title: string, headers: string[], rows: (string | number)[][]): FormTable {
  const totals = headers.slice(1).map((_, column) => rows.reduce((sum, row) => sum + Number(row[column + 1]), 0));
  return { code, title, headers, rows, totals };
}

function awardFormTable(code: string, title: string, rows: AwardFormRow[]): FormTable {
  return table(
    code,
    title,
    [
      'Hình thức, danh hiệu',
      'Tổng số',
      'Cá nhân',
      'Tập thể',
      'Hộ gia đình',
      ...RECIPIENT_TYPES.map((type) => RECIPIENT_LABELS[type]),
      ...NOMINATION_CATEGORIES.map((category) => CATEGORY_LABELS[category]),
    ],
    rows.map((row) => [
      row.name,
      row.total,
      row.individuals,
      row.collectives,
      row.households,
      ...RECIPIENT_TYPES.map((type) => row.byRecipient[type]),
      ...NOMINATION_CATEGORIES.map((category) => row.byCategory[category]),
    ]),
  );
}

/** Forms 0601.N, 0602.N and 0603.N of Circular 02/2023/TT-BNV as tables. */
export function formTables(report: YearlyReport): FormTable[] {
  return [
    table(
      '0601.N',
      'Phong trào thi đua',
      [
        'Cấp phát động',
        'Tổng số',
        ...MOVEMENT_SCOPES.map((scope) => SCOPE_LABELS[scope]),
        ...DURATION_BUCKETS.map((bucket) => DURATION_LABELS[bucket]),
        ...MOVEMENT_KINDS.map((kind) => MOVEMENT_KIND_LABELS[kind]),
      ],
      report.forms.f0601.map((row) => [
        LEVEL_LABELS[row.level],
        row.total,
        ...MOVEMENT_SCOPES.map((scope) => row.byScope[scope]),
        ...DURATION_BUCKETS.map((bucket) => row.byDuration[bucket]),
        ...MOVEMENT_KINDS.map((kind) => row.byKind[kind]),
      ]),
    ),
    awardFormTable('0602.N', 'Khen thưởng cấp Nhà nước', report.forms.f0602),
    awardFormTable('0603.N', 'Khen thưởng cấp tỉnh', report.forms.f0603),
  ];
}

/** This year's headline figures beside the previous year's, with the change. */
export function comparison(report: YearlyReport) {
  const previous = report.previousYear;
  const lines: [string, number | null, number | null][] = [
    ['Phong trào đã phát động', report.movements.launched, previous.movementsLaunched],
    ['Phong trào đã sơ kết, tổng kết', report.movements.concluded, previous.movementsConcluded],
    ['Đề nghị khen thưởng', report.nominations.total, previous.nominations],
    ['Khen thưởng đã có quyết định', report.awards.total, previous.awards],
    ['Khen thưởng cá nhân', report.awards.individuals, previous.individuals],
    ['Khen thưởng tập thể', report.awards.collectives, previous.collectives],
    ['Khen thưởng hộ gia đình', report.awards.households, previous.households],
  ];
  return lines.map(([label, current, before]) => ({
    label,
    current,
    previous: before,
    change: current !== null && before !== null ? current - before : null,
  }));
}

function awardTypeName(code: string): string {
  return findAwardType(code)?.name ?? code;
}

/** The model of templates/documents/yearly-report.hbs: the report itself plus labels and a bar chart's geometry. */
export function yearlyReportModel(report: YearlyReport, province: { body: string; place: string }) {
  const awardTypes = Object.entries(report.awards.byAwardType)
    .map(([code, count]) => ({ code, name: awardTypeName(code), count }))
    .sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...awardTypes.map((type) => type.count));
  return {
    report,
    header: {
      issuingBodyParent: province.body,
      issuingBody: 'Sở Nội vụ',
      documentNumber: '',
      place: province.place,
      dateIso: report.generatedOn,
    },
    states: Object.entries(report.nominations.byState).map(([state, count]) => ({
      label: STATE_LABELS[state] ?? state,
      count,
    })),
    awardTypes,
    forms: formTables(report),
    comparison: comparison(report),
    chart: {
      height: awardTypes.length * 22 + 8,
      bars: awardTypes.map((type, index) => {
        const width = Math.round((type.count / max) * 300);
        return {
          label: type.name,
          count: type.count,
          y: index * 22 + 4,
          textY: index * 22 + 16,
          width,
          valueX: 266 + width,
        };
      }),
    },
  };
}

/** The same report as a workbook: one sheet per section, the same numbers as the JSON. */
export async function yearlyReportWorkbook(report: YearlyReport): Promise<Buffer> {
  // Loaded on first use: exceljs adds 15 MB to every process that imports it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Hệ thống thi đua, khen thưởng';
  const summary = workbook.addWorksheet('Tổng hợp');
  summary.columns = [
    { header: 'Chỉ số', key: 'label', width: 60 },
    { header: 'Giá trị', key: 'value', width: 16 },
  ];
  summary.addRows([
    { label: 'Năm', value: report.year },
    { label: 'Đơn vị', value: report.unit.name },
    { label: 'Phong trào đã phát động', value: report.movements.launched },
    { label: 'Phong trào đã tổng kết', value: report.movements.concluded },
    { label: 'Tổng số đề nghị', value: report.nominations.total },
    { label: 'Tổng số khen thưởng', value: report.awards.total },
    { label: 'Khen thưởng cá nhân', value: report.awards.individuals },
    { label: 'Khen thưởng tập thể', value: report.awards.collectives },
    { label: 'Khen thưởng hộ gia đình', value: report.awards.households },
    { label: 'Cá nhân là công nhân, nông dân, người lao động trực tiếp', value: report.awards.directLabourers },
    { label: 'Tỷ lệ người lao động trực tiếp', value: report.awards.directLabourerShare },
    { label: 'Quyết định đã hủy bỏ', value: report.awards.revoked },
    { label: 'Hồ sơ đã thẩm định', value: report.processing.appraised },
    { label: 'Thời gian thẩm định trung vị (ngày làm việc)', value: report.processing.medianWorkingDays },
    { label: `Hồ sơ quá hạn ${report.processing.limitWorkingDays} ngày làm việc`, value: report.processing.overdue },
  ]);
  const targets = workbook.addWorksheet('Chỉ tiêu');
  targets.columns = [
    { header: 'Phong trào', key: 'movementId', width: 12 },
    { header: 'Mã', key: 'code', width: 8 },
    { header: 'Chỉ tiêu', key: 'name', width: 60 },
    { header: 'Đơn vị tính', key: 'unit', width: 18 },
    { header: 'Kế hoạch', key: 'targetValue', width: 12 },
    { header: 'Thực hiện', key: 'latestValue', width: 12 },
    { header: 'Tỷ lệ', key: 'achievementRate', width: 10 },
    { header: 'Đạt', key: 'achieved', width: 10 },
  ];
  targets.addRows(
    report.targets.map((target) => ({
      ...target,
      achieved: target.achieved === null ? '' : target.achieved ? 'Đạt' : 'Chưa đạt',
    })),
  );
  const states = workbook.addWorksheet('Đề nghị');
  states.columns = [
    { header: 'Trạng thái', key: 'state', width: 16 },
    { header: 'Diễn giải', key: 'label', width: 36 },
    { header: 'Số đề nghị', key: 'count', width: 12 },
  ];
  states.addRows(
    Object.entries(report.nominations.byState).map(([state, count]) => ({
      state,
      label: STATE_LABELS[state] ?? state,
      count,
    })),
  );
  const awards = workbook.addWorksheet('Khen thưởng');
  awards.columns = [
    { header: 'Mã', key: 'code', width: 32 },
    { header: 'Hình thức, danh hiệu', key: 'name', width: 50 },
    { header: 'Số lượng', key: 'count', width: 12 },
  ];
  awards.addRows(
    Object.entries(report.awards.byAwardType).map(([code, count]) => ({ code, name: awardTypeName(code), count })),
  );
  const units = workbook.addWorksheet('Theo đơn vị');
  units.columns = [
    { header: 'Mã đơn vị', key: 'unitId', width: 12 },
    { header: 'Đơn vị', key: 'name', width: 50 },
    { header: 'Số khen thưởng', key: 'count', width: 16 },
  ];
  units.addRows(report.awards.byUnit);
  for (const form of formTables(report)) {
    const sheet = workbook.addWorksheet(`Biểu ${form.code}`);
    sheet.addRow(form.headers);
    sheet.addRows(form.rows);
    sheet.addRow(['Tổng cộng', ...form.totals]).font = { bold: true };
    sheet.getColumn(1).width = 40;
  }
  const compared = workbook.addWorksheet('So sánh năm trước');
  compared.columns = [
    { header: 'Chỉ số', key: 'label', width: 40 },
    { header: `Năm ${report.year}`, key: 'current', width: 14 },
    { header: `Năm ${report.previousYear.year}`, key: 'previous', width: 14 },
    { header: 'Tăng, giảm', key: 'change', width: 14 },
  ];
  compared.addRows(comparison(report));
  for (const sheet of workbook.worksheets) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import { findAwardType } from '../award-types/catalogue.js';
import { FORM_CIRCULAR, FORM_RECEIPT_DAY, type FormRow, type StatisticalForm } from './statistical-forms.js';
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

/**
 * A form's column headings as printed: each group over its columns (a column alone spans both heading rows), then the
 * codes row, where columns that share a code (collective / individual) print it once over both.
 */
function formHeadings(form: StatisticalForm) {
  const groups: { label: string; single: boolean; leaves: string[] }[] = [];
  for (const column of form.columns.slice(1)) {
    const last = groups[groups.length - 1];
    if (column.group === null) groups.push({ label: column.label, single: true, leaves: [] });
    else if (last && !last.single && last.label === column.group)
      last.leaves.push(column.label.replace(`${column.group}: `, ''));
    else groups.push({ label: column.group, single: false, leaves: [column.label.replace(`${column.group}: `, '')] });
  }
  const codes: { code: string; span: number }[] = [];
  for (const column of form.columns) {
    const last = codes[codes.length - 1];
    if (last && last.code === column.code) last.span++;
    else codes.push({ code: column.code, span: 1 });
  }
  return { groups: groups.map((group) => ({ ...group, span: group.leaves.length })), codes };
}

/** "- Toàn quốc", "+ Doanh nhân": the row's label as the form prints it, by its depth. */
function formRowLabel(row: FormRow): string {
  if (row.depth === 1) return `- ${row.label}`;
  if (row.depth === 2 && !row.label.startsWith('Trong đó')) return `+ ${row.label}`;
  return row.label;
}

/**
 * A form as the template and the workbook print it: header (Biểu số, the circular, the reporting and receiving units,
 * the receipt day, the unit of measure), headings, rows and the footer's signatures.
 */
export function formView(form: StatisticalForm, report: YearlyReport) {
  return {
    ...form,
    circular: FORM_CIRCULAR,
    receiptDay: FORM_RECEIPT_DAY,
    reportingUnit: report.unit.name,
    receivingUnit: report.forms.receivingUnit,
    year: report.year,
    perRowUnit: form.unitOfMeasure === '',
    headings: formHeadings(form),
    lines: form.rows.map((row) => ({ ...row, text: formRowLabel(row), cells: row.values.map((value) => value) })),
    width: form.columns.length + (form.unitOfMeasure === '' ? 3 : 2),
  };
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
    forms: [report.forms.f0601, report.forms.f0602, report.forms.f0603].map((form) => formView(form, report)),
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
    {
      label: `Hồ sơ trả lại quá hạn ${report.processing.returnLimitWorkingDays} ngày làm việc`,
      value: report.processing.returnedLate,
    },
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
    { header: 'Trạng thái', key: 'label', width: 36 },
    { header: 'Số đề nghị', key: 'count', width: 12 },
  ];
  states.addRows(
    Object.entries(report.nominations.byState).map(([state, count]) => ({
      label: STATE_LABELS[state] ?? state,
      count,
    })),
  );
  const awards = workbook.addWorksheet('Khen thưởng');
  awards.columns = [
    { header: 'Hình thức, danh hiệu', key: 'name', width: 50 },
    { header: 'Số lượng', key: 'count', width: 12 },
  ];
  awards.addRows(
    Object.entries(report.awards.byAwardType).map(([code, count]) => ({ name: awardTypeName(code), count })),
  );
  const units = workbook.addWorksheet('Theo đơn vị');
  units.columns = [
    { header: 'Đơn vị', key: 'name', width: 50 },
    { header: 'Số khen thưởng', key: 'count', width: 16 },
  ];
  units.addRows(report.awards.byUnit);
  for (const form of [report.forms.f0601, report.forms.f0602, report.forms.f0603])
    formSheet(workbook, formView(form, report));
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

/** A form as a worksheet, laid out as on paper: header lines, the column headings and codes, the rows, the footer. */
function formSheet(workbook: import('exceljs').Workbook, form: ReturnType<typeof formView>): void {
  const sheet = workbook.addWorksheet(`Biểu ${form.form}`);
  const bold = { bold: true };
  sheet.addRow([`Biểu số: ${form.symbol}`, '', '', `Đơn vị báo cáo: ${form.reportingUnit}`]).font = bold;
  sheet.addRow([form.circular, '', '', `Đơn vị nhận báo cáo: ${form.receivingUnit}`]);
  sheet.addRow([`Ngày nhận báo cáo: ${form.receiptDay}`]);
  sheet.addRow([form.title]).font = bold;
  sheet.addRow([`Năm báo cáo: ${form.year}`]);
  if (!form.perRowUnit) sheet.addRow([`Đơn vị tính: ${form.unitOfMeasure}`]);
  const lead = form.perRowUnit ? ['', 'Mã số', 'Đơn vị tính'] : ['', 'Mã số'];
  sheet.addRow([...lead, ...form.columns.map((column) => column.label)]).font = bold;
  sheet.addRow([
    ...(form.perRowUnit ? ['A', 'B', 'C'] : ['A', 'B']),
    ...form.columns.map((column) => column.code),
  ]).font = bold;
  for (const line of form.lines) {
    const row = sheet.addRow([line.text, line.code, ...(form.perRowUnit ? [line.unit] : []), ...line.values]);
    if (line.heading || line.code === '01') row.font = bold;
  }
  sheet.addRow([]);
  sheet.addRow(['Người lập biểu', '', '', 'Thủ trưởng đơn vị']).font = bold;
  sheet.addRow(['(Ký, họ tên)', '', '', '(Ký, họ tên, đóng dấu)']).font = { italic: true };
  sheet.getColumn(1).width = 60;
}

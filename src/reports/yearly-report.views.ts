import ExcelJS from 'exceljs';
import { findAwardType } from '../award-types/catalogue.js';
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
  const workbook = new ExcelJS.Workbook();
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
  for (const sheet of workbook.worksheets) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

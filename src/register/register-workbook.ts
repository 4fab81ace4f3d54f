import { AWARD_TYPE_CODES, findAwardType } from '../award-types/catalogue.js';
import { HISTORY_COLUMNS } from './award-history-import.js';
import type { RegisterEntryView } from './register.dto.js';

const KINDS: Record<string, string> = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' };
const SOURCES: Record<string, string> = {
  decision: 'Quyết định trên hệ thống',
  recorded: 'Ghi nhận từ trước',
  imported: 'Nhập từ danh sách',
};

/** The register as a workbook in its paper layout: one row per award, labels and never internal codes. */
export async function registerWorkbook(entries: readonly RegisterEntryView[]): Promise<Buffer> {
  // Loaded on first use: exceljs adds 15 MB to every process that imports it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Hệ thống thi đua, khen thưởng';
  const sheet = workbook.addWorksheet('Sổ theo dõi khen thưởng');
  sheet.columns = [
    { header: 'STT', key: 'ordinal', width: 7 },
    { header: 'Số vào sổ', key: 'registerNumber', width: 12 },
    { header: 'Họ và tên / Tên tập thể', key: 'name', width: 32 },
    { header: 'Đối tượng', key: 'kind', width: 12 },
    { header: 'Đơn vị', key: 'unitName', width: 32 },
    { header: 'Hình thức, danh hiệu', key: 'award', width: 40 },
    { header: 'Năm', key: 'year', width: 8 },
    { header: 'Quyết định số', key: 'decisionNumber', width: 16 },
    { header: 'Ngày ký', key: 'signedOn', width: 12 },
    { header: 'Tình trạng', key: 'status', width: 12 },
    { header: 'Nguồn', key: 'source', width: 22 },
  ];
  sheet.addRows(
    entries.map((entry, index) => ({
      ordinal: index + 1,
      registerNumber: entry.registerNumber ?? '',
      name: entry.nominee.name,
      kind: KINDS[entry.nominee.kind] ?? entry.nominee.kind,
      unitName: entry.nominee.unitName,
      award: findAwardType(entry.awardTypeCode)?.name ?? entry.awardTypeCode,
      year: entry.year,
      decisionNumber: entry.decision.number ?? '',
      signedOn: entry.decision.signedOn ? entry.decision.signedOn.split('-').reverse().join('/') : '',
      status: entry.status === 'valid' ? 'Còn hiệu lực' : 'Đã hủy bỏ',
      source: SOURCES[entry.source] ?? entry.source,
    })),
  );
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template of award-history imports: the header row of its columns and one example row. */
export async function historyTemplate(): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet('Lịch sử khen thưởng');
  sheet.addRow([...HISTORY_COLUMNS]).font = { bold: true };
  sheet.addRow([
    'Nguyễn Thị Hoa',
    'SL-SNN',
    1985,
    2021,
    'lao_dong_tien_tien',
    '45/QĐ-SNN',
    '10/01/2022',
    'Chuyên viên',
  ]);
  sheet.columns.forEach((column) => (column.width = 22));
  // The notes are on a sheet of their own: the import reads the first sheet only.
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.addRow(['Mỗi dòng: một khen thưởng của một cá nhân, tìm theo họ tên ở đơn vị có mã unitCode.']);
  notes.addRow([
    'Người chưa có trong đơn vị thì được thêm vào (chức vụ: cột position); kiểm tra trước để xem danh sách.',
  ]);
  notes.addRow(['Năm sinh (birthYear) không bắt buộc: ghi khi đơn vị có hai người cùng tên.']);
  notes.addRow(['Ngày quyết định (decidedOn): dd/mm/yyyy.']);
  notes.addRow(['Mã hình thức (awardTypeCode):', AWARD_TYPE_CODES.join(', ')]);
  notes.getColumn(1).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

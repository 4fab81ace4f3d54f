import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

export type SheetRow = Record<string, string>;

/** XLSX files are ZIP archives: they start with "PK\x03\x04". Anything else is read as CSV text (UTF-8, BOM allowed). */
function isZip(content: Buffer): boolean {
  return content.length > 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows keyed by the header row's names (trimmed, lower-cased).
 * Row numbers in messages are the spreadsheet's own: the header is row 1, the first data row is row 2.
 */
export async function readSpreadsheet(content: Buffer): Promise<SheetRow[]> {
  if (isZip(content)) {
    // Loaded on first use: exceljs adds 15 MB to every process that imports it.
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const header: string[] = [];
    sheet
      .getRow(1)
      .eachCell({ includeEmpty: true }, (cell, column) => (header[column] = cellText(cell.value).toLowerCase()));
    const rows: SheetRow[] = [];
    for (let number = 2; number <= sheet.rowCount; number++) {
      const row: SheetRow = {};
      sheet.getRow(number).eachCell({ includeEmpty: true }, (cell, column) => {
        if (header[column]) row[header[column]] = cellText(cell.value);
      });
      if (Object.values(row).some((value) => value !== '')) rows.push(row);
      else rows.push({});
    }
    while (rows.length > 0 && Object.keys(rows[rows.length - 1]).length === 0) rows.pop();
    return rows;
  }
  const records: SheetRow[] = parse(content, {
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: false,
    trim: true,
    relax_column_count: true,
  });
  while (records.length > 0 && Object.values(records[records.length - 1]).every((value) => value === '')) records.pop();
  return records;
}

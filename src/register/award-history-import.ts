import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { isCalendarDate } from '../common/dto-helpers.js';
import { foldForSearch } from '../common/fold.js';
import type { SheetRow } from '../files/spreadsheet.js';

/** The columns of the award-history template, as its header row names them. */
export const HISTORY_COLUMNS = [
  'fullName',
  'unitCode',
  'birthYear',
  'year',
  'awardTypeCode',
  'decisionNumber',
  'decidedOn',
  'position',
] as const;

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
  messageEn: string;
}

/** A row that names a person, an award and its decision, checked on its own. */
export interface HistoryRow {
  row: number;
  fullName: string;
  unitCode: string;
  birthYear: number | null;
  year: number;
  awardTypeCode: string;
  decisionNumber: string;
  decidedOn: string;
  /** The person's position, for one the import adds (optional). */
  position: string;
}

/** "10/01/2022" or "2022-01-10" → "2022-01-10"; anything else → null. */
export function historyDate(text: string): string | null {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}`
    : text;
  return isCalendarDate(iso) ? iso : null;
}

/**
 * Checks one row of an award-history list on its own (the person and the unit are matched afterwards): every problem is
 * named with its row and column, so that the clerk fixes the file in one go.
 */
export function checkHistoryRow(sheetRow: SheetRow, row: number): HistoryRow | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const value = (column: string) => (sheetRow[column.toLowerCase()] ?? '').trim();
  const problem = (field: string, message: string, messageEn: string) =>
    problems.push({ row, field, message, messageEn });
  const fullName = value('fullName');
  if (!fullName || fullName.length > 200)
    problem('fullName', 'họ tên bắt buộc, tối đa 200 ký tự', 'required, at most 200 characters');
  const unitCode = value('unitCode');
  if (!unitCode) problem('unitCode', 'mã đơn vị bắt buộc', 'required');
  const birthYearText = value('birthYear');
  const birthYear = birthYearText ? Number(birthYearText) : null;
  if (birthYearText && !(Number.isInteger(birthYear) && birthYear! >= 1900 && birthYear! <= 2100))
    problem('birthYear', 'năm sinh không hợp lệ', 'not a year of birth');
  const year = Number(value('year'));
  if (!(Number.isInteger(year) && year >= 1945 && year <= 2200))
    problem('year', 'năm khen thưởng không hợp lệ', 'not a year');
  const awardTypeCode = value('awardTypeCode');
  if (!AWARD_TYPE_CODES.includes(awardTypeCode))
    problem(
      'awardTypeCode',
      `mã hình thức không có trong danh mục (${awardTypeCode || 'trống'})`,
      'not in the catalogue',
    );
  const decisionNumber = value('decisionNumber');
  if (!decisionNumber || decisionNumber.length > 60)
    problem('decisionNumber', 'số quyết định bắt buộc, tối đa 60 ký tự', 'required, at most 60 characters');
  const decidedOn = historyDate(value('decidedOn'));
  if (!decidedOn) problem('decidedOn', 'ngày quyết định dạng dd/mm/yyyy', 'a date like 10/01/2022');
  const position = value('position');
  if (position.length > 200) problem('position', 'chức vụ tối đa 200 ký tự', 'at most 200 characters');
  if (problems.length > 0) return problems;
  return { row, fullName, unitCode, birthYear, year, awardTypeCode, decisionNumber, decidedOn: decidedOn!, position };
}

/** The people of a unit a row may name: by folded name, and by year of birth when the row gives one. */
export function matchPerson<P extends { searchName: string; birthYear: number | null }>(
  candidates: readonly P[],
  row: Pick<HistoryRow, 'fullName' | 'birthYear'>,
): P[] {
  const name = foldForSearch(row.fullName);
  return candidates.filter(
    (person) => person.searchName === name && (row.birthYear === null || person.birthYear === row.birthYear),
  );
}

/**
 * The statistical forms of Circular 02/2023/TT-BNV (biểu mẫu thống kê ngành Nội vụ) that the yearly report carries, in
 * their official rows, columns and codes: 0601.N movements, 0602.N state-level awards and 0603.N ministry- and
 * province-level awards. Each form is one table of numbers that every format prints as it is (JSON, HTML, PDF, XLSX).
 * Pure functions over grouped rows, so the classification is tested without a database.
 *
 * Rows, columns and codes as a working provincial system prints them (law-notes.md §5, LPM's TT022023 forms): 0601.N
 * rows 01–12 by columns 1 = 2 + 3 + 4; 0603.N rows 01–17 by columns 1 = 2 + 3 + 4 + 5; 0602.N rows 01–03 and 06–21 (that
 * system leaves 04 and 05 unused) by columns 1 to 9, split collective / individual.
 */
import { AWARD_TYPE_CODES, findAwardType } from '../award-types/catalogue.js';
import { durationBucket, launchingLevel } from '../movements/classification.js';
import type { MOVEMENT_KINDS, MOVEMENT_SCOPES } from '../movements/movement.entity.js';
import type { NominationCategory, NomineeKind } from '../nominations/nomination.entity.js';
import type { UnitKind } from '../units/unit-kinds.js';

export const FORM_CIRCULAR = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023';
export const FORM_RECEIPT_DAY = 'Ngày 15 tháng 12 năm báo cáo';

/** A column of numbers: its code ("1", "2" …), its heading, and the group heading above it where there is one. */
export interface FormColumn {
  code: string;
  label: string;
  group: string | null;
}

/** A row: a coded line of numbers, or a heading ("1. Chia theo …") with no numbers and no code. */
export interface FormRow {
  code: string;
  label: string;
  heading: boolean;
  /** 0 for the total and headings, 1 for "- …", 2 for "+ …" and "Trong đó: …". */
  depth: number;
  /** Đơn vị tính of the row (forms 0602 and 0603), or "" where the form has one unit for all. */
  unit: string;
  values: number[];
}

export interface StatisticalForm {
  /** "0601.N" */
  form: string;
  /** "0601.N/BNV-TĐKT" */
  symbol: string;
  title: string;
  /** One unit of measure for the whole form ("Phong trào"), or "" where each row has its own. */
  unitOfMeasure: string;
  columns: FormColumn[];
  rows: FormRow[];
}

export interface MovementRow {
  launchingUnitKind: UnitKind;
  kind: (typeof MOVEMENT_KINDS)[number];
  scope: (typeof MOVEMENT_SCOPES)[number];
  startDate: string;
  endDate: string;
}

/** A row to build: its code, label, depth and unit, and which items it counts (null for a heading). */
type RowSpec<T> = [code: string, label: string, depth: number, unit: string, matches: ((item: T) => boolean) | null];

function buildRows<T>(
  specs: RowSpec<T>[],
  items: readonly T[],
  columnOf: (item: T) => number[],
  width: number,
): FormRow[] {
  return specs.map(([code, label, depth, unit, matches]) => {
    if (!matches) return { code: '', label, heading: true, depth: 0, unit: '', values: [] };
    const values = new Array<number>(width).fill(0);
    for (const item of items) {
      if (!matches(item)) continue;
      // An award row stands for `count` awards; a movement for one.
      const weight = (item as { count?: number }).count ?? 1;
      // Column 0 is the total; the item also counts in each leaf column it belongs to.
      values[0] += weight;
      for (const column of columnOf(item)) values[column] += weight;
    }
    return { code, label, heading: false, depth, unit, values };
  });
}

/** Column 3 takes the province and its departments (sở, ban, ngành); column 4 every other unit (as LPM maps them). */
function launchingColumn(kind: UnitKind): number {
  const level = launchingLevel(kind);
  return level === 'province' || level === 'department' ? 2 : 3;
}

/** Form 0601.N: the movements launched, by scope, duration and method, split by the level that launched them. */
export function form0601(movements: readonly MovementRow[]): StatisticalForm {
  const is =
    <K extends keyof MovementRow>(key: K, ...values: MovementRow[K][]) =>
    (movement: MovementRow) =>
      values.includes(movement[key]);
  const lasts = (bucket: string) => (movement: MovementRow) =>
    durationBucket(movement.startDate, movement.endDate) === bucket;
  const specs: RowSpec<MovementRow>[] = [
    ['01', 'Tổng số', 0, '', () => true],
    ['', '1. Chia theo phạm vi tổ chức thi đua', 0, '', null],
    ['02', 'Toàn quốc', 1, '', is('scope', 'national')],
    ['03', 'Bộ, ban, ngành, đoàn thể, địa phương', 1, '', is('scope', 'province')],
    ['04', 'Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', 1, '', is('scope', 'cluster')],
    ['05', 'Cơ quan, tổ chức, đơn vị', 1, '', is('scope', 'unit')],
    ['', '2. Chia theo thời hạn thi đua', 0, '', null],
    ['06', 'Dưới 1 năm', 1, '', lasts('under_1_year')],
    ['07', '1 năm', 1, '', lasts('1_year')],
    ['08', 'Từ 1 năm đến dưới 3 năm', 1, '', lasts('1_to_3_years')],
    ['09', 'Từ 3 năm đến dưới 5 năm', 1, '', lasts('3_to_5_years')],
    ['10', 'Từ 5 năm trở lên', 1, '', lasts('5_years_or_more')],
    ['', '3. Chia theo phương thức tổ chức phong trào thi đua', 0, '', null],
    // A special campaign (theo đợt) is organised like a thematic one.
    ['11', 'Thi đua theo chuyên đề', 1, '', is('kind', 'thematic', 'special')],
    ['12', 'Thi đua thường xuyên hằng năm', 1, '', is('kind', 'regular')],
  ];
  return {
    form: '0601.N',
    symbol: '0601.N/BNV-TĐKT',
    title: 'SỐ PHONG TRÀO THI ĐUA',
    unitOfMeasure: 'Phong trào',
    columns: [
      { code: '1=(2+3+4)', label: 'Tổng số', group: null },
      {
        code: '2',
        label: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)',
        group: 'Chia theo cấp chủ trì phát động thi đua',
      },
      {
        code: '3',
        label: 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
        group: 'Chia theo cấp chủ trì phát động thi đua',
      },
      { code: '4', label: 'Cơ quan, tổ chức, đơn vị', group: 'Chia theo cấp chủ trì phát động thi đua' },
    ],
    rows: buildRows(specs, movements, (movement) => [launchingColumn(movement.launchingUnitKind)], 4),
  };
}

/** One group of awards counted in forms 0602.N and 0603.N. */
export interface AwardRow {
  awardTypeCode: string;
  nomineeKind: NomineeKind;
  personCategory: string | null;
  nomineeUnitKind: string | null;
  category: NominationCategory;
  count: number;
}

export type AwardLevel = 'state' | 'province' | 'unit';

/** State-level awards go up to the Prime Minister or the President; the provincial chairman confers the rest above units. */
export function awardLevel(awardTypeCode: string): AwardLevel {
  const route = findAwardType(awardTypeCode)?.route;
  if (route === 'council_forward') return 'state';
  if (route === 'council' || route === 'board_chairman') return 'province';
  return 'unit';
}

const DIRECT_LABOUR = new Set(['worker', 'farmer', 'direct_labourer']);

/** "Người trực tiếp công tác, lao động … (công nhân, nông dân …)": the individuals forms 0602 and 0603 count apart. */
export function isDirectLabourer(row: Pick<AwardRow, 'nomineeKind' | 'personCategory'>): boolean {
  return row.nomineeKind === 'individual' && row.personCategory !== null && DIRECT_LABOUR.has(row.personCategory);
}

const person = (category: string) => (row: AwardRow) =>
  row.nomineeKind === 'individual' && row.personCategory === category;
const byCategory = (category: NominationCategory) => (row: AwardRow) => row.category === category;

/** The rows forms 0602.N and 0603.N share, by recipient then by method, with their codes and units. */
function recipientAndMethodRows(codes: string[], recipientHeading: string, methodHeading: string): RowSpec<AwardRow>[] {
  const [collective, enterprise, household, individual, senior, department, business, leader, direct] = codes;
  const [regular, thematic, adHoc, foreign, dedication, service, resistance] = codes.slice(9);
  return [
    ['', recipientHeading, 0, '', null],
    [collective, 'Tập thể', 1, 'Tập thể', (row: AwardRow) => row.nomineeKind === 'collective'],
    [
      enterprise,
      'Trong đó: Doanh nghiệp',
      2,
      'Doanh nghiệp',
      (row: AwardRow) => row.nomineeKind === 'collective' && row.nomineeUnitKind === 'enterprise',
    ],
    [household, 'Hộ gia đình', 1, 'Hộ', (row: AwardRow) => row.nomineeKind === 'household'],
    [individual, 'Cá nhân', 1, 'Người', (row: AwardRow) => row.nomineeKind === 'individual'],
    [senior, 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', 2, 'Người', person('senior_leader')],
    [department, 'Lãnh đạo cấp vụ, sở, ngành và tương đương', 2, 'Người', person('department_leader')],
    [business, 'Doanh nhân', 2, 'Người', person('businessperson')],
    [leader, 'Các cấp lãnh đạo khác từ phó trưởng phòng trở lên', 2, 'Người', person('leader')],
    [
      direct,
      'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân …)',
      2,
      'Người',
      isDirectLabourer,
    ],
    ['', methodHeading, 0, '', null],
    [regular, 'Thường xuyên', 1, '', byCategory('merit')],
    [thematic, 'Chuyên đề', 1, '', byCategory('thematic')],
    [adHoc, 'Đột xuất', 1, '', byCategory('ad_hoc')],
    [foreign, 'Đối ngoại', 1, '', byCategory('foreign')],
    [dedication, 'Cống hiến', 1, '', byCategory('dedication')],
    [service, 'Niên hạn', 1, '', byCategory('length_of_service')],
    [resistance, 'Kháng chiến', 1, '', byCategory('resistance')],
  ];
}

/** A column of an award form: which awards it counts (by type, and by collective or individual where it is split). */
interface AwardColumn extends FormColumn {
  counts: (row: AwardRow) => boolean;
}

const isType =
  (test: (code: string) => boolean, who?: 'collective' | 'individual') =>
  (row: AwardRow): boolean =>
    test(row.awardTypeCode) && (who === undefined || (who === 'individual') === (row.nomineeKind === 'individual'));

function awardTable(
  columns: AwardColumn[],
  specs: RowSpec<AwardRow>[],
  awards: readonly AwardRow[],
): Pick<StatisticalForm, 'columns' | 'rows'> {
  return {
    columns: columns.map(({ code, label, group }) => ({ code, label, group })),
    rows: buildRows(
      specs,
      awards,
      (award) => columns.flatMap((column, index) => (index > 0 && column.counts(award) ? [index] : [])),
      columns.length,
    ),
  };
}

/** Form 0603.N: awards of the province (and ministry) level — Bằng khen, CSTĐ tỉnh, Cờ thi đua tỉnh, commemorative medals. */
export function form0603(awards: readonly AwardRow[]): StatisticalForm {
  const counted = awards.filter(
    (award) =>
      ['bang_khen_tinh', 'chien_si_thi_dua_tinh', 'co_thi_dua_tinh'].includes(award.awardTypeCode) ||
      /^(ky_niem_chuong|huy_hieu)/.test(award.awardTypeCode),
  );
  const group = 'Chia ra';
  const columns: AwardColumn[] = [
    { code: '1', label: 'Tổng số', group: null, counts: () => true },
    { code: '2', label: 'Bằng khen', group, counts: isType((code) => code === 'bang_khen_tinh') },
    {
      code: '3',
      label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh',
      group,
      counts: isType((code) => code === 'chien_si_thi_dua_tinh'),
    },
    {
      code: '4',
      label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
      group,
      counts: isType((code) => code === 'co_thi_dua_tinh'),
    },
    {
      code: '5',
      label: 'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
      group,
      counts: isType((code) => /^(ky_niem_chuong|huy_hieu)/.test(code)),
    },
  ];
  const specs: RowSpec<AwardRow>[] = [
    ['01', 'Tổng số', 0, '', () => true],
    ...recipientAndMethodRows(
      ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17'],
      '1. Chia theo đối tượng khen thưởng',
      '2. Chia theo phương thức khen thưởng',
    ),
  ];
  return {
    form: '0603.N',
    symbol: '0603.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    unitOfMeasure: '',
    ...awardTable(columns, specs, counted),
  };
}

/** Form 0602.N: state-level awards the province proposed, split collective / individual by form. */
export function form0602(awards: readonly AwardRow[]): StatisticalForm {
  const counted = awards.filter((award) => awardLevel(award.awardTypeCode) === 'state');
  const orders = [...new Set(counted.map((award) => award.awardTypeCode).filter((code) => /^huan_chuong/.test(code)))];
  // Every order the catalogue has gets its pair of columns, counted or not.
  const orderCodes = [...new Set([...AWARD_TYPE_CODES.filter((code) => /^huan_chuong/.test(code)), ...orders])].sort();
  const named = new Set(['co_thi_dua_chinh_phu', 'bang_khen_thu_tuong', 'chien_si_thi_dua_toan_quoc']);
  const pair = (code: string, label: string, group: string, test: (award: string) => boolean): AwardColumn[] => [
    { code, label: `${label}: Tập thể`, group, counts: isType(test, 'collective') },
    { code, label: `${label}: Cá nhân`, group, counts: isType(test, 'individual') },
  ];
  const none = () => false;
  const columns: AwardColumn[] = [
    { code: '1', label: 'Tổng số', group: null, counts: () => true },
    ...orderCodes.flatMap((code) =>
      pair('2', findAwardType(code)?.name ?? code, 'Các loại huân chương, huy chương', (award) => award === code),
    ),
    { code: '3', label: 'Giải thưởng Hồ Chí Minh: Cá nhân', group: null, counts: none },
    { code: '4', label: 'Giải thưởng Nhà nước: Cá nhân', group: null, counts: none },
    ...pair('5', 'Danh hiệu vinh dự Nhà nước', 'Danh hiệu vinh dự Nhà nước', none),
    {
      code: '6',
      label: 'Cờ thi đua của Chính phủ: Tập thể',
      group: null,
      counts: isType((code) => code === 'co_thi_dua_chinh_phu'),
    },
    ...pair(
      '7',
      'Bằng khen của Thủ tướng Chính phủ',
      'Bằng khen của Thủ tướng Chính phủ',
      (code) => code === 'bang_khen_thu_tuong',
    ),
    {
      code: '8',
      label: 'Chiến sĩ thi đua toàn quốc: Cá nhân',
      group: null,
      counts: isType((code) => code === 'chien_si_thi_dua_toan_quoc'),
    },
    ...pair(
      '9',
      'Các hình thức khen thưởng khác',
      'Các hình thức khen thưởng khác',
      (code) => !named.has(code) && !/^huan_chuong/.test(code),
    ),
  ];
  const specs: RowSpec<AwardRow>[] = [
    ['01', 'Tổng số', 0, '', () => true],
    ['', '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng', 0, '', null],
    ['02', 'Bộ, ban, ngành, đoàn thể Trung ương', 1, 'Bộ, ngành', () => false],
    // Everything this system forwards is proposed by the province.
    ['03', 'Tỉnh, thành phố trực thuộc Trung ương', 1, 'Tỉnh, TP', () => true],
    ...recipientAndMethodRows(
      ['06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21'],
      '2. Chia theo đối tượng khen thưởng',
      '3. Chia theo phương thức khen thưởng',
    ),
  ];
  return {
    form: '0602.N',
    symbol: '0602.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    unitOfMeasure: '',
    ...awardTable(columns, specs, counted),
  };
}

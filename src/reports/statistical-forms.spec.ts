import { describe, expect, it } from '@jest/globals';
import { awardLevel, form0601, form0602, form0603, type AwardRow, type StatisticalForm } from './statistical-forms.js';

/** A row's numbers by its code ("01", "02" …). */
function row(form: StatisticalForm, code: string): number[] {
  const found = form.rows.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no row ${code} in ${form.form}`);
  return found.values;
}

/** Every coded row's total is the sum of its columns (column 1 = 2 + 3 + …). */
function expectColumnsAddUp(form: StatisticalForm): void {
  for (const line of form.rows.filter((candidate) => !candidate.heading)) {
    expect([line.code, line.values.slice(1).reduce((a, b) => a + b, 0)]).toEqual([line.code, line.values[0]]);
  }
}

describe('form 0601.N (Circular 02/2023/TT-BNV): movements, rows 01–12 by launching level', () => {
  const form = form0601([
    {
      launchingUnitKind: 'province',
      kind: 'regular',
      scope: 'province',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    },
    {
      launchingUnitKind: 'province',
      kind: 'thematic',
      scope: 'province',
      startDate: '2021-01-01',
      endDate: '2025-12-31',
    },
    { launchingUnitKind: 'agency', kind: 'thematic', scope: 'unit', startDate: '2024-03-01', endDate: '2024-06-30' },
    { launchingUnitKind: 'commune', kind: 'special', scope: 'cluster', startDate: '2023-01-01', endDate: '2025-06-30' },
  ]);

  it('has the official codes, columns 1 = 2 + 3 + 4 and the unit "Phong trào"', () => {
    expect(form.rows.filter((line) => !line.heading).map((line) => line.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    expect(form.columns.map((column) => column.code)).toEqual(['1=(2+3+4)', '2', '3', '4']);
    expect([form.symbol, form.unitOfMeasure]).toEqual(['0601.N/BNV-TĐKT', 'Phong trào']);
    expectColumnsAddUp(form);
  });

  it('counts the province and its departments in column 3, communes and others in column 4', () => {
    expect(row(form, '01')).toEqual([4, 0, 3, 1]);
    // By scope, by duration and by method, each adds up to the total.
    expect(row(form, '03')).toEqual([2, 0, 2, 0]);
    expect(row(form, '04')).toEqual([1, 0, 0, 1]);
    expect(row(form, '05')).toEqual([1, 0, 1, 0]);
    expect([row(form, '06')[0], row(form, '07')[0], row(form, '08')[0], row(form, '10')[0]]).toEqual([1, 1, 1, 1]);
    // A special campaign is counted with the thematic ones.
    expect([row(form, '11')[0], row(form, '12')[0]]).toEqual([3, 1]);
  });
});

describe('forms 0602.N and 0603.N: state-level and province-level awards', () => {
  const award = (overrides: Partial<AwardRow>): AwardRow => ({
    awardTypeCode: 'bang_khen_tinh',
    nomineeKind: 'individual',
    personCategory: 'civil_servant',
    nomineeUnitKind: null,
    category: 'merit',
    count: 1,
    ...overrides,
  });

  it('splits awards by the level that confers them; Tập thể LĐXS and unit-level awards belong to neither form', () => {
    expect(awardLevel('huan_chuong_lao_dong_hang_ba')).toBe('state');
    expect(awardLevel('bang_khen_tinh')).toBe('province');
    expect(awardLevel('giay_khen')).toBe('unit');
    const awards = [
      award({ awardTypeCode: 'giay_khen', count: 7 }),
      award({ awardTypeCode: 'tap_the_lao_dong_xuat_sac', nomineeKind: 'collective', count: 2 }),
      award({ awardTypeCode: 'bang_khen_thu_tuong' }),
      award({ awardTypeCode: 'chien_si_thi_dua_tinh', count: 3 }),
    ];
    expect(row(form0602(awards), '01')[0]).toBe(1);
    expect(row(form0603(awards), '01')).toEqual([3, 0, 3, 0, 0]);
  });

  it('0603.N: rows 01–17 by recipient and method, in the columns Bằng khen, CSTĐ, Cờ thi đua, Huy hiệu', () => {
    const form = form0603([
      award({ personCategory: 'farmer', count: 3 }),
      award({ personCategory: 'worker', count: 2, category: 'ad_hoc' }),
      award({ personCategory: 'senior_leader', count: 1, category: 'dedication' }),
      award({ personCategory: 'businessperson', count: 1, category: 'foreign' }),
      award({ nomineeKind: 'collective', personCategory: null, nomineeUnitKind: 'enterprise', count: 4 }),
      award({ awardTypeCode: 'co_thi_dua_tinh', nomineeKind: 'collective', personCategory: null, count: 2 }),
      award({ nomineeKind: 'household', personCategory: null, count: 6, category: 'thematic' }),
    ]);
    expect(form.rows.filter((line) => !line.heading).map((line) => line.code)).toEqual(
      Array.from({ length: 17 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(row(form, '01')).toEqual([19, 17, 0, 2, 0]);
    expect(row(form, '02')).toEqual([6, 4, 0, 2, 0]); // collectives
    expect(row(form, '03')).toEqual([4, 4, 0, 0, 0]); // of which enterprises
    expect(row(form, '04')[0]).toBe(6); // households
    expect(row(form, '05')[0]).toBe(7); // individuals
    expect([row(form, '06')[0], row(form, '08')[0], row(form, '10')[0]]).toEqual([1, 1, 5]);
    // By method: regular, thematic, ad hoc, foreign, dedication, length of service, resistance.
    expect(['11', '12', '13', '14', '15', '16', '17'].map((code) => row(form, code)[0])).toEqual([9, 6, 2, 1, 1, 0, 0]);
    expect(form.rows.find((line) => line.code === '04')!.unit).toBe('Hộ');
    expectColumnsAddUp(form);
  });

  it('0602.N: the province submits everything; each form is split collective / individual', () => {
    const form = form0602([
      award({ awardTypeCode: 'bang_khen_thu_tuong', count: 2 }),
      award({ awardTypeCode: 'bang_khen_thu_tuong', nomineeKind: 'collective', personCategory: null, count: 1 }),
      award({ awardTypeCode: 'chien_si_thi_dua_toan_quoc', personCategory: 'department_leader', count: 1 }),
      award({ awardTypeCode: 'co_thi_dua_chinh_phu', nomineeKind: 'collective', personCategory: null, count: 1 }),
      award({ awardTypeCode: 'huan_chuong_lao_dong_hang_ba', category: 'resistance', count: 1 }),
    ]);
    const labels = form.columns.map((column) => column.label);
    const at = (label: string) => labels.indexOf(label);
    const total = row(form, '01');
    expect(total[0]).toBe(6);
    expect(total[at('Bằng khen của Thủ tướng Chính phủ: Tập thể')]).toBe(1);
    expect(total[at('Bằng khen của Thủ tướng Chính phủ: Cá nhân')]).toBe(2);
    expect(total[at('Chiến sĩ thi đua toàn quốc: Cá nhân')]).toBe(1);
    expect(total[at('Cờ thi đua của Chính phủ: Tập thể')]).toBe(1);
    expect(total[at('Huân chương Lao động hạng Ba: Cá nhân')]).toBe(1);
    expect([row(form, '02')[0], row(form, '03')[0]]).toEqual([0, 6]);
    expect([row(form, '06')[0], row(form, '09')[0], row(form, '11')[0], row(form, '21')[0]]).toEqual([2, 4, 1, 1]);
    expectColumnsAddUp(form);
  });
});

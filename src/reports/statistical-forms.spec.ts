import { describe, expect, it } from '@jest/globals';
import { awardForm, awardLevel, form0601, type AwardRow } from './statistical-forms.js';

describe('form 0601.N (Circular 02/2023/TT-BNV): movements by launching level, scope, duration and kind', () => {
  it('classifies each movement once in every dimension, so each dimension adds up to the total', () => {
    const rows = form0601([
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
      { launchingUnitKind: 'commune', kind: 'special', scope: 'unit', startDate: '2023-01-01', endDate: '2025-06-30' },
    ]);
    const province = rows.find((row) => row.level === 'province')!;
    expect(province).toMatchObject({
      total: 2,
      byScope: { province: 2, national: 0 },
      byDuration: { '1_year': 1, '5_years_or_more': 1 },
      byKind: { regular: 1, thematic: 1 },
    });
    // An agency launches at department level.
    expect(rows.find((row) => row.level === 'department')).toMatchObject({
      total: 1,
      byDuration: { under_1_year: 1 },
    });
    expect(rows.find((row) => row.level === 'commune')).toMatchObject({ byDuration: { '1_to_3_years': 1 } });
    for (const row of rows) {
      for (const dimension of [row.byScope, row.byDuration, row.byKind]) {
        expect(Object.values(dimension).reduce((a, b) => a + b, 0)).toBe(row.total);
      }
    }
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

  it('splits awards by the level that confers them; unit-level awards belong to neither form', () => {
    expect(awardLevel('huan_chuong_lao_dong_hang_ba')).toBe('state');
    expect(awardLevel('bang_khen_thu_tuong')).toBe('state');
    expect(awardLevel('bang_khen_tinh')).toBe('province');
    expect(awardLevel('chien_si_thi_dua_tinh')).toBe('province');
    expect(awardLevel('giay_khen')).toBe('unit');
    const rows = [award({ awardTypeCode: 'giay_khen', count: 7 }), award({ awardTypeCode: 'bang_khen_thu_tuong' })];
    expect(awardForm(rows, 'state').map((row) => row.awardTypeCode)).toEqual(['bang_khen_thu_tuong']);
    expect(awardForm(rows, 'province')).toEqual([]);
  });

  it('counts recipients: farmers and workers as direct labourers, leaders, enterprises among collectives, households apart', () => {
    const [row] = awardForm(
      [
        award({ personCategory: 'farmer', count: 3 }),
        award({ personCategory: 'worker', count: 2, category: 'ad_hoc' }),
        award({ personCategory: 'leader', count: 1 }),
        award({ nomineeKind: 'collective', personCategory: null, nomineeUnitKind: 'enterprise', count: 4 }),
        award({ nomineeKind: 'collective', personCategory: null, nomineeUnitKind: 'department', count: 5 }),
        award({ nomineeKind: 'household', personCategory: null, count: 6, category: 'thematic' }),
      ],
      'province',
    );
    expect(row).toMatchObject({
      awardTypeCode: 'bang_khen_tinh',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      total: 21,
      individuals: 6,
      collectives: 9,
      households: 6,
      byRecipient: { direct_labourer: 5, leader: 1, enterprise: 4 },
      byCategory: { merit: 13, ad_hoc: 2, thematic: 6, dedication: 0, foreign: 0 },
    });
  });
});

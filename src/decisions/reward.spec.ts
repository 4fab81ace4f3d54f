import { describe, expect, it } from '@jest/globals';
import { findAwardType } from '../award-types/catalogue.js';
import { baseSalaryOn, payableAmounts, rewardAmountVnd, roundUpToTenThousand } from './reward.js';

const base = 2_340_000;
const provincial = { bang_khen_tinh: 1.0, giay_khen: 0.3 };
const type = (code: string) => findAwardType(code)!;
const TABLE = [
  { from: '2019-07-01', vnd: 1_490_000 },
  { from: '2023-07-01', vnd: 1_800_000 },
  { from: '2024-07-01', vnd: 2_340_000 },
];

describe('reward money (Decree 152 Arts 49–54)', () => {
  it('rounds every amount up to the next 10,000 VND (Art 49(2); Decree 91/2017 Art 68(2)): LĐTT pays 710,000, not 702,000', () => {
    expect(rewardAmountVnd(type('lao_dong_tien_tien'), 'individual', base, provincial)).toBe(710_000);
    expect(roundUpToTenThousand(1_112_000)).toBe(1_120_000);
    expect(roundUpToTenThousand(834_000)).toBe(840_000);
    expect(roundUpToTenThousand(840_000)).toBe(840_000);
  });

  it('pays titles their multiples of the base salary: CSTĐ tỉnh 3.0, CSTĐCS 1.0, provincial flag 8 (Arts 50–51)', () => {
    expect(rewardAmountVnd(type('chien_si_thi_dua_tinh'), 'individual', base, provincial)).toBe(7_020_000);
    expect(rewardAmountVnd(type('chien_si_thi_dua_co_so'), 'individual', base, provincial)).toBe(2_340_000);
    expect(rewardAmountVnd(type('co_thi_dua_tinh'), 'collective', base, provincial)).toBe(18_720_000);
  });

  it('pays collectives 3 × for a provincial Bằng khen and households 1.5 × the individual amount (Art 53)', () => {
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'collective', base, provincial)).toBe(7_020_000);
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'individual', base, provincial)).toBe(2_340_000);
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'household', base, provincial)).toBe(3_510_000);
  });

  it('pays nothing from the province for awards whose amount it does not set', () => {
    expect(rewardAmountVnd(type('huan_chuong_lao_dong_hang_ba'), 'individual', base, provincial)).toBeNull();
  });

  it('uses the base salary in force on the decision’s date (Art 49): 1,800,000 on 2024-06-30, 2,340,000 from 2024-07-01', () => {
    expect(baseSalaryOn(TABLE, '2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn(TABLE, '2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn(TABLE, '2023-01-15')).toBe(1_490_000);
    // LĐTT under the 2023 salary: 0.3 × 1,800,000 = 540,000 exactly.
    expect(rewardAmountVnd(type('lao_dong_tien_tien'), 'individual', baseSalaryOn(TABLE, '2024-03-01'), {})).toBe(
      540_000,
    );
  });

  it('pays one person only the highest amount for the same year (Art 49(5)): CSTĐCS, not LĐTT as well', () => {
    const amounts = payableAmounts([
      { personId: 7, year: 2024, amountVnd: 710_000 },
      { personId: 7, year: 2024, amountVnd: 2_340_000 },
      { personId: 8, year: 2024, amountVnd: 710_000 },
      { personId: null, year: 2024, amountVnd: 7_020_000 },
      { personId: 7, year: 2023, amountVnd: 710_000 },
    ]);
    expect(amounts).toEqual([0, 2_340_000, 710_000, 7_020_000, 710_000]);
  });

  it('pays a later, higher award only the difference from what an earlier decision paid for the year, a lower one nothing', () => {
    const earlier = new Map([[7, new Map([[2024, 710_000]])]]);
    expect(payableAmounts([{ personId: 7, year: 2024, amountVnd: 2_340_000 }], earlier)).toEqual([1_630_000]);
    const higherEarlier = new Map([[7, new Map([[2024, 2_340_000]])]]);
    expect(payableAmounts([{ personId: 7, year: 2024, amountVnd: 710_000 }], higherEarlier)).toEqual([0]);
  });
});

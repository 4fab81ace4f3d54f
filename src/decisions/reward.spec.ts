import { describe, expect, it } from '@jest/globals';
import { findAwardType } from '../award-types/catalogue.js';
import { rewardAmountVnd } from './reward.js';

const base = 2_340_000;
const provincial = { bang_khen_tinh: 1.0, giay_khen: 0.3 };
const type = (code: string) => findAwardType(code)!;

describe('reward money (Decree 152 Arts 50–54), base salary 2,340,000 VND', () => {
  it('pays titles their multiples: CSTĐ tỉnh 3.0, CSTĐCS 1.0, LĐTT 0.3, provincial flag 8', () => {
    expect(rewardAmountVnd(type('chien_si_thi_dua_tinh'), 'individual', base, provincial)).toBe(7_020_000);
    expect(rewardAmountVnd(type('chien_si_thi_dua_co_so'), 'individual', base, provincial)).toBe(2_340_000);
    expect(rewardAmountVnd(type('lao_dong_tien_tien'), 'individual', base, provincial)).toBe(702_000);
    expect(rewardAmountVnd(type('co_thi_dua_tinh'), 'collective', base, provincial)).toBe(18_720_000);
  });

  it('pays collectives 3 × for a provincial Bằng khen and households 1.5 × the individual amount', () => {
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'collective', base, provincial)).toBe(7_020_000);
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'individual', base, provincial)).toBe(2_340_000);
    expect(rewardAmountVnd(type('bang_khen_tinh'), 'household', base, provincial)).toBe(3_510_000);
  });

  it('pays nothing from the province for awards whose amount it does not set', () => {
    expect(rewardAmountVnd(type('huan_chuong_lao_dong_hang_ba'), 'individual', base, provincial)).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { findAwardType, RULE_SETS, ruleSetOn } from './catalogue.js';

describe('award catalogue rule sets', () => {
  it('applies the 2024 rule set until 30 June 2025 and the 2025-07 one from 1 July 2025', () => {
    expect(ruleSetOn('2024-01-01').code).toBe('2024');
    expect(ruleSetOn('2025-06-30').code).toBe('2024');
    expect(ruleSetOn('2025-07-01').code).toBe('2025-07');
  });

  it('holds the twelve award types of domain.md in every rule set, with the council thresholds of the law', () => {
    for (const set of RULE_SETS) {
      expect(set.awardTypes.map((type) => type.code).sort()).toEqual(
        [
          'bang_khen_thu_tuong',
          'bang_khen_tinh',
          'chien_si_thi_dua_co_so',
          'chien_si_thi_dua_tinh',
          'chien_si_thi_dua_toan_quoc',
          'co_thi_dua_chinh_phu',
          'co_thi_dua_tinh',
          'giay_khen',
          'huan_chuong_lao_dong_hang_ba',
          'lao_dong_tien_tien',
          'tap_the_lao_dong_tien_tien',
          'tap_the_lao_dong_xuat_sac',
        ].sort(),
      );
    }
    expect(findAwardType('chien_si_thi_dua_tinh')).toMatchObject({
      voteThreshold: 0.9,
      route: 'council',
      requiresCouncil: true,
    });
    expect(findAwardType('chien_si_thi_dua_co_so')).toMatchObject({
      voteThreshold: 0.8,
      route: 'unit',
      requiresCouncil: true,
    });
    expect(findAwardType('bang_khen_tinh')).toMatchObject({
      route: 'board_chairman',
      requiresCouncil: false,
      householdsAllowed: true,
    });
    expect(findAwardType('chien_si_thi_dua_toan_quoc')).toMatchObject({ route: 'council_forward', publicNotice: true });
  });

  it('gives every rule a stable code and an article', () => {
    for (const type of RULE_SETS[1].awardTypes) {
      for (const rule of type.rules) {
        expect(rule.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
        expect(rule.article.length).toBeGreaterThan(5);
      }
    }
  });
});

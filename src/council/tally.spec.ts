import { describe, expect, it } from '@jest/globals';
import { quorumViolations, tally } from './tally.js';
import { findAwardType, voteThresholdOf } from '../award-types/catalogue.js';

const quorum = { meeting: 2 / 3, awards: 0.8 };

describe('council tally (Decree 98 Art 30(7)): approvals over ALL members', () => {
  it('passes 9 approvals of 10 members against a 90 % threshold', () => {
    expect(tally({ approve: 9, reject: 1, abstain: 0 }, 10, 10, 0.9)).toMatchObject({ share: 0.9, passed: true });
  });

  it('fails 8 approvals of 10 against 90 %', () => {
    expect(tally({ approve: 8, reject: 1, abstain: 1 }, 10, 10, 0.9).passed).toBe(false);
  });

  it('counts against all 10 members even when only 9 attended and all 9 approved', () => {
    expect(tally({ approve: 9, reject: 0, abstain: 0 }, 10, 9, 0.9)).toMatchObject({
      share: 0.9,
      present: 9,
      passed: true,
    });
    expect(tally({ approve: 8, reject: 0, abstain: 0 }, 10, 8, 0.9)).toMatchObject({ share: 0.8, passed: false });
  });

  it('passes 80 % flags and CSTĐCS at 8 of 10, fails at 7 of 10, and never passes an empty council', () => {
    expect(tally({ approve: 8, reject: 2, abstain: 0 }, 10, 10, 0.8).passed).toBe(true);
    expect(tally({ approve: 7, reject: 3, abstain: 0 }, 10, 10, 0.8).passed).toBe(false);
    expect(tally({ approve: 0, reject: 0, abstain: 0 }, 0, 0, 0.8)).toMatchObject({ share: 0, passed: false });
  });
});

describe('quorum', () => {
  it('opens a meeting at two thirds present but refuses to vote awards below 80 %', () => {
    expect(quorumViolations(7, 10, false, quorum)).toEqual([]);
    expect(quorumViolations(7, 10, true, quorum).map((v) => v.rule)).toEqual(['council.quorum_awards']);
    expect(quorumViolations(8, 10, true, quorum)).toEqual([]);
  });

  it('refuses to meet below two thirds', () => {
    expect(quorumViolations(6, 10, false, quorum).map((v) => v.rule)).toEqual(['council.quorum']);
    expect(quorumViolations(2, 3, false, quorum)).toEqual([]);
  });
});

describe('the vote the province sets for state-level awards', () => {
  it('asks 50 % for a Bằng khen Thủ tướng by default and the province’s share when it sets one; the law’s own elsewhere', () => {
    const type = (code: string) => findAwardType(code)!;
    expect(voteThresholdOf(type('bang_khen_thu_tuong'), 0.5)).toBe(0.5);
    expect(voteThresholdOf(type('huan_chuong_lao_dong_hang_ba'), 0.6)).toBe(0.6);
    expect(voteThresholdOf(type('chien_si_thi_dua_tinh'), 0.6)).toBe(0.9);
  });
});

import { describe, expect, it } from '@jest/globals';
import { findRuleSet, ruleSetOn } from '../award-types/catalogue.js';
import { decisionViolations, type DecidedNomination, type DecisionFacts } from './decision-rules.js';

const nomination = (overrides: Partial<DecidedNomination> = {}): DecidedNomination => ({
  id: 1,
  year: 2025,
  awardTypeCode: 'bang_khen_tinh',
  awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
  ruleSetCode: '2025-07',
  forwarded: false,
  ...overrides,
});

const facts = (overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  signedOn: '2026-01-15',
  today: '2026-12-07',
  issuingUnitKind: 'province',
  issuingUnitName: 'Ủy ban nhân dân tỉnh Sơn La',
  ruleSetOnSigning: ruleSetOn('2026-01-15'),
  nominations: [nomination()],
  ...overrides,
});

const rules = (f: DecisionFacts) => decisionViolations(f).map((violation) => violation.rule);

describe('a decision’s own rules', () => {
  it('accepts a provincial Bằng khen in the province’s decision signed after the nomination’s year began', () => {
    expect(decisionViolations(facts())).toEqual([]);
  });

  it('refuses a decision dated after today (Vietnam time), or before 1 January of a nomination’s year', () => {
    expect(rules(facts({ signedOn: '2030-01-01', ruleSetOnSigning: ruleSetOn('2030-01-01') }))).toEqual([
      'decision.signed_on',
    ]);
    expect(rules(facts({ signedOn: '2024-12-31', ruleSetOnSigning: ruleSetOn('2024-12-31') }))).toEqual([
      'decision.signed_on',
    ]);
  });

  it('refuses nominations judged under different rule sets in one decision', () => {
    const mixed = [nomination(), nomination({ id: 2, ruleSetCode: '2024' })];
    expect(rules(facts({ nominations: mixed }))).toEqual(['decision.rule_set']);
  });

  it('refuses a Giấy khen in the provincial chairman’s decision: heads of units confer it (Law Art 80)', () => {
    const giayKhen = nomination({ awardTypeCode: 'giay_khen', awardName: 'Giấy khen' });
    expect(rules(facts({ nominations: [giayKhen] }))).toEqual(['decision.conferring_authority']);
    expect(rules(facts({ issuingUnitKind: 'department', nominations: [giayKhen] }))).toEqual([]);
  });

  it('lets districts confer as heads of units until 2025-06-30 only (Decree 129/2025)', () => {
    const lao = nomination({ awardTypeCode: 'lao_dong_tien_tien', awardName: 'Lao động tiên tiến', year: 2024 });
    const before = { signedOn: '2025-03-01', ruleSetOnSigning: ruleSetOn('2025-03-01'), issuingUnitKind: 'district' };
    expect(rules(facts({ ...before, nominations: [{ ...lao, ruleSetCode: '2024' }] }))).toEqual([]);
    const after = { signedOn: '2025-07-01', ruleSetOnSigning: ruleSetOn('2025-07-01'), issuingUnitKind: 'district' };
    expect(rules(facts({ ...after, nominations: [lao] }))).toEqual(['decision.conferring_authority']);
  });

  it('lets a commune chairman confer CSTĐCS from 2025-07-01, not before (Decree 129/2025 Art 59)', () => {
    const cstdcs = nomination({ awardTypeCode: 'chien_si_thi_dua_co_so', awardName: 'Chiến sĩ thi đua cơ sở' });
    expect(findRuleSet('2024')!.conferringPowers.commune).not.toContain('chien_si_thi_dua_co_so');
    expect(rules(facts({ issuingUnitKind: 'commune', nominations: [cstdcs] }))).toEqual([]);
    const early = { signedOn: '2025-05-01', ruleSetOnSigning: ruleSetOn('2025-05-01'), issuingUnitKind: 'commune' };
    expect(rules(facts({ ...early, nominations: [{ ...cstdcs, ruleSetCode: '2024' }] }))).toEqual([
      'decision.conferring_authority',
    ]);
  });

  it('records a state-level award forwarded above the province, naming the higher body that signed it', () => {
    const forwarded = nomination({
      awardTypeCode: 'bang_khen_thu_tuong',
      awardName: 'Bằng khen Thủ tướng',
      forwarded: true,
    });
    expect(rules(facts({ nominations: [forwarded], higherAuthority: 'Thủ tướng Chính phủ' }))).toEqual([]);
    expect(rules(facts({ nominations: [forwarded] }))).toEqual(['decision.higher_authority']);
    expect(
      rules(facts({ nominations: [forwarded, nomination({ id: 2 })], higherAuthority: 'Thủ tướng Chính phủ' })),
    ).toEqual(['decision.higher_mixed']);
    expect(rules(facts({ higherAuthority: 'Thủ tướng Chính phủ' }))).toEqual(['decision.higher_authority']);
  });
});

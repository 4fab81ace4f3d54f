import { describe, expect, it } from '@jest/globals';
import { checkEligibility, judgeEligibility } from './eligibility.js';
import { held, input, person, ratings, rules } from './eligibility.fixtures.js';

describe('Lao động tiên tiến (Law Art 24)', () => {
  it('passes with a "good" rating in the year', () => {
    expect(
      checkEligibility(input('lao_dong_tien_tien', { person: person({ ratings: ratings({ 2024: 'good' }) }) })),
    ).toEqual([]);
  });

  it('fails with only "completed", or with no rating for the year', () => {
    const completed = checkEligibility(
      input('lao_dong_tien_tien', { person: person({ ratings: ratings({ 2024: 'completed' }) }) }),
    );
    expect(rules(completed)).toEqual(['lao_dong_tien_tien.rating']);
    expect(completed[0].message).toContain('Điều 24');
    expect(
      rules(
        checkEligibility(input('lao_dong_tien_tien', { person: person({ ratings: ratings({ 2023: 'excellent' }) }) })),
      ),
    ).toEqual(['lao_dong_tien_tien.rating']);
  });
});

describe('Lao động tiên tiến for workers and farmers outside the public sector (Law Art 24(2))', () => {
  it('passes a farmer whose unit confirmed the province’s criteria for the year, with no task rating', () => {
    const farmer = person({ category: 'farmer', workerCriteriaYears: new Set([2024]) });
    expect(checkEligibility(input('lao_dong_tien_tien', { person: farmer }))).toEqual([]);
  });

  it('does not pass a civil servant on those criteria, nor a farmer without them', () => {
    const servant = person({ category: 'civil_servant', workerCriteriaYears: new Set([2024]) });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: servant })))).toEqual([
      'lao_dong_tien_tien.rating',
    ]);
    const farmer = person({ category: 'farmer', workerCriteriaYears: new Set([2023]) });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: farmer })))).toEqual([
      'lao_dong_tien_tien.rating',
    ]);
  });
});

describe('Chiến sĩ thi đua cơ sở (Law Art 23, 2024 wording)', () => {
  it('passes with LĐTT and a science project accepted in the year instead of excellence', () => {
    const facts = person({
      ratings: ratings({ 2024: 'good' }),
      awards: held('lao_dong_tien_tien', 2024),
      initiatives: [{ scope: 'grassroots', recognizedOn: '2024-11-01', kind: 'science_project' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts }))).toEqual([]);
  });

  it('passes with LĐTT in the year and an excellent rating', () => {
    const facts = person({ ratings: ratings({ 2024: 'excellent' }), awards: held('lao_dong_tien_tien', 2024) });
    expect(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts }))).toEqual([]);
  });

  it('passes with LĐTT pending in the same review and an initiative recognised in the year instead of an excellent rating', () => {
    const facts = person({
      ratings: ratings({ 2024: 'good' }),
      awards: [{ year: 2024, awardTypeCode: 'lao_dong_tien_tien', category: 'merit', pending: true }],
      initiatives: [{ scope: 'grassroots', recognizedOn: '2024-10-01' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts }))).toEqual([]);
  });

  it('fails without LĐTT, and without excellence or an initiative in the year', () => {
    const facts = person({
      ratings: ratings({ 2024: 'good' }),
      initiatives: [{ scope: 'grassroots', recognizedOn: '2023-10-01' }],
    });
    expect(rules(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts })))).toEqual([
      'chien_si_thi_dua_co_so.advanced_worker',
      'chien_si_thi_dua_co_so.excellence',
    ]);
  });
});

describe('Chiến sĩ thi đua cấp tỉnh (Law Art 22)', () => {
  const provincialInitiative = [{ scope: 'provincial' as const, recognizedOn: '2023-06-01' }];

  it('passes with CSTĐCS in 2022, 2023 and 2024 (this year’s still pending) and a provincial initiative in the window', () => {
    const facts = person({
      awards: [
        ...held('chien_si_thi_dua_co_so', 2022, 2023),
        { year: 2024, awardTypeCode: 'chien_si_thi_dua_co_so', category: 'merit', pending: true },
      ],
      initiatives: provincialInitiative,
    });
    expect(checkEligibility(input('chien_si_thi_dua_tinh', { person: facts }))).toEqual([]);
  });

  it('fails when a year of the chain is missing, naming it', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_co_so', 2021, 2023, 2024),
      initiatives: provincialInitiative,
    });
    const violations = checkEligibility(input('chien_si_thi_dua_tinh', { person: facts }));
    expect(rules(violations)).toEqual(['chien_si_thi_dua_tinh.consecutive_grassroots']);
    expect(violations[0].message).toContain('2022');
  });

  it('does not count a thematic CSTĐCS toward the chain (Decree 152 Art 4(3))', () => {
    const facts = person({
      awards: [
        ...held('chien_si_thi_dua_co_so', 2022, 2024),
        { year: 2023, awardTypeCode: 'chien_si_thi_dua_co_so', category: 'thematic' },
      ],
      initiatives: provincialInitiative,
    });
    expect(rules(checkEligibility(input('chien_si_thi_dua_tinh', { person: facts })))).toEqual([
      'chien_si_thi_dua_tinh.consecutive_grassroots',
    ]);
  });

  it('fails with only grassroots initiatives, or a provincial one outside the three years', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_co_so', 2022, 2023, 2024),
      initiatives: [
        { scope: 'grassroots', recognizedOn: '2024-01-10' },
        { scope: 'provincial', recognizedOn: '2021-12-31' },
      ],
    });
    expect(rules(checkEligibility(input('chien_si_thi_dua_tinh', { person: facts })))).toEqual([
      'chien_si_thi_dua_tinh.provincial_initiative',
    ]);
  });
});

describe('Chiến sĩ thi đua cấp tỉnh consumes its three years (Law Art 22; domain.md, corrections)', () => {
  it('does not count again the years that founded the 2023 title: 2024 needs 2022–2024, two of them used', () => {
    const facts = person({
      awards: [...held('chien_si_thi_dua_co_so', 2021, 2022, 2023, 2024), ...held('chien_si_thi_dua_tinh', 2023)],
      initiatives: [{ scope: 'provincial', recognizedOn: '2024-06-01' }],
    });
    const violations = checkEligibility(input('chien_si_thi_dua_tinh', { person: facts }));
    expect(rules(violations)).toEqual(['chien_si_thi_dua_tinh.years_used']);
    expect(violations[0].message).toContain('2023');
  });

  it('passes again after three new consecutive years (2021 title, then 2024)', () => {
    const facts = person({
      awards: [...held('chien_si_thi_dua_co_so', 2022, 2023, 2024), ...held('chien_si_thi_dua_tinh', 2021)],
      initiatives: [{ scope: 'provincial', recognizedOn: '2024-06-01' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_tinh', { person: facts }))).toEqual([]);
  });
});

describe('Chiến sĩ thi đua toàn quốc (Law Art 21)', () => {
  it('passes with two consecutive conferrals of CSTĐ tỉnh, 2021 and 2024 (each on its own three years), and a national initiative', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_tinh', 2021, 2024),
      initiatives: [{ scope: 'national', recognizedOn: '2022-03-01' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_toan_quoc', { person: facts }))).toEqual([]);
  });

  it('does not read CSTĐ tỉnh in two calendar years as two conferrals: 2023 and 2024 share grassroots years', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_tinh', 2023, 2024),
      initiatives: [{ scope: 'national', recognizedOn: '2024-03-01' }],
    });
    expect(rules(checkEligibility(input('chien_si_thi_dua_toan_quoc', { person: facts })))).toEqual([
      'chien_si_thi_dua_toan_quoc.consecutive_provincial',
    ]);
  });

  it('fails with one provincial title and only a provincial initiative', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_tinh', 2024),
      initiatives: [{ scope: 'provincial', recognizedOn: '2024-03-01' }],
    });
    expect(rules(checkEligibility(input('chien_si_thi_dua_toan_quoc', { person: facts })))).toEqual([
      'chien_si_thi_dua_toan_quoc.consecutive_provincial',
      'chien_si_thi_dua_toan_quoc.national_initiative',
    ]);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh for an individual (Law Art 74)', () => {
  it('is eligible with CSTĐCS in two consecutive years', () => {
    const verdict = judgeEligibility(
      input('bang_khen_tinh', { person: person({ awards: held('chien_si_thi_dua_co_so', 2023, 2024) }) }),
    );
    expect(verdict).toEqual({ eligible: true, violations: [] });
  });

  it('is eligible with two excellent years and two grassroots initiatives', () => {
    const facts = person({
      ratings: ratings({ 2023: 'excellent', 2024: 'excellent' }),
      initiatives: [
        { scope: 'grassroots', recognizedOn: '2023-05-01' },
        { scope: 'grassroots', recognizedOn: '2024-05-01' },
      ],
    });
    expect(judgeEligibility(input('bang_khen_tinh', { person: facts })).eligible).toBe(true);
  });

  it('otherwise leaves it to the board’s judgement: eligible null, not a refusal (domain.md, corrections)', () => {
    const facts = person({
      ratings: ratings({ 2023: 'excellent', 2024: 'excellent' }),
      initiatives: [{ scope: 'grassroots', recognizedOn: '2024-05-01' }],
    });
    const verdict = judgeEligibility(input('bang_khen_tinh', { person: facts }));
    expect(verdict).toMatchObject({ eligible: null, violations: [] });
    expect(verdict.judgement!.messageEn).toContain('the board judges');
  });

  it('judges an ad hoc Bằng khen by the board, not by two years of CSTĐCS (Law Art 8; Decree 152 Art 4(3))', () => {
    const facts = person({ awards: held('chien_si_thi_dua_co_so', 2023, 2024) });
    expect(judgeEligibility(input('bang_khen_tinh', { category: 'ad_hoc', person: facts })).eligible).toBeNull();
  });
});

describe('awards with no automatic criterion (domain.md, "Eligibility without a rule")', () => {
  it('answers null for Giấy khen, Bằng khen Thủ tướng, the Huân chương and the Government’s flag: never eligible by default', () => {
    const farmer = person({ ratings: ratings({ 2024: 'good' }) });
    for (const code of ['giay_khen', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_hang_ba']) {
      expect(judgeEligibility(input(code, { person: farmer })).eligible).toBeNull();
    }
    expect(judgeEligibility(input('co_thi_dua_chinh_phu', {})).eligible).toBeNull();
  });

  it('still refuses them when a common rule fails (discipline, one achievement one form)', () => {
    const verdict = judgeEligibility(
      input('giay_khen', { person: person({ ratings: ratings({ 2024: 'good' }) }), duplicateNominationIds: [9] }),
    );
    expect(verdict.eligible).toBe(false);
    expect(rules(verdict.violations)).toEqual(['common.one_achievement_one_form']);
  });
});

describe('categories (Law Art 8; domain.md, corrections)', () => {
  it('takes individual titles as yearly merit only: a CSTĐ tỉnh filed as ad hoc is refused', () => {
    expect(rules(checkEligibility(input('chien_si_thi_dua_tinh', { category: 'ad_hoc', person: person() })))).toContain(
      'nomination.category',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { checkEligibility } from './eligibility.js';
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

describe('Chiến sĩ thi đua cơ sở (Law Art 23, 2024 wording)', () => {
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

describe('Chiến sĩ thi đua toàn quốc (Law Art 21)', () => {
  it('passes with CSTĐ tỉnh in 2023 and 2024 and a national initiative', () => {
    const facts = person({
      awards: held('chien_si_thi_dua_tinh', 2023, 2024),
      initiatives: [{ scope: 'national', recognizedOn: '2024-03-01' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_toan_quoc', { person: facts }))).toEqual([]);
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
  it('passes with CSTĐCS in two consecutive years', () => {
    expect(
      checkEligibility(
        input('bang_khen_tinh', { person: person({ awards: held('chien_si_thi_dua_co_so', 2023, 2024) }) }),
      ),
    ).toEqual([]);
  });

  it('passes with two excellent years and two grassroots initiatives', () => {
    const facts = person({
      ratings: ratings({ 2023: 'excellent', 2024: 'excellent' }),
      initiatives: [
        { scope: 'grassroots', recognizedOn: '2023-05-01' },
        { scope: 'grassroots', recognizedOn: '2024-05-01' },
      ],
    });
    expect(checkEligibility(input('bang_khen_tinh', { person: facts }))).toEqual([]);
  });

  it('otherwise leaves it to the board’s judgement, reported as a rule the board may override', () => {
    const facts = person({
      ratings: ratings({ 2023: 'excellent', 2024: 'excellent' }),
      initiatives: [{ scope: 'grassroots', recognizedOn: '2024-05-01' }],
    });
    expect(rules(checkEligibility(input('bang_khen_tinh', { person: facts })))).toEqual([
      'bang_khen_tinh.individual_path',
    ]);
  });
});

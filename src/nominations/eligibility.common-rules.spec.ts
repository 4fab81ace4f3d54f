import { describe, expect, it } from '@jest/globals';
import { checkEligibility, judgeEligibility } from './eligibility.js';
import { input, person, ratings, rules } from './eligibility.fixtures.js';

const good = ratings({ 2024: 'good' });

describe('discipline and pending investigation (Law Art 5; Decree 152 Art 4(4))', () => {
  it('blocks a year overlapped by a discipline, even one that ended within it', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'reprimand', from: '2023-06-01', to: '2024-02-01', pendingInvestigation: false }],
    });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: facts })))).toEqual(['common.discipline']);
  });

  it('blocks while a discipline is still being served', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'warning', from: '2022-01-01', to: null, pendingInvestigation: false }],
    });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: facts })))).toEqual(['common.discipline']);
  });

  it('does not block once the discipline ended before the year', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'reprimand', from: '2022-01-01', to: '2023-12-31', pendingInvestigation: false }],
    });
    expect(checkEligibility(input('lao_dong_tien_tien', { person: facts }))).toEqual([]);
  });

  it('blocks while an investigation is pending', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'reprimand', from: '2024-09-01', to: null, pendingInvestigation: true }],
    });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: facts })))).toEqual(['common.investigation']);
  });
});

describe('discipline and investigation on the day of the check (Decree 152 Art 4(4); domain.md, corrections)', () => {
  it('blocks a 2024 LĐTT while an investigation opened on 2025-01-10 is pending at the appraisal', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'reprimand', from: '2025-01-10', to: null, pendingInvestigation: true }],
    });
    const verdict = judgeEligibility(input('lao_dong_tien_tien', { person: facts, asOf: '2025-02-01' }));
    expect(verdict.eligible).toBe(false);
    expect(rules(verdict.violations)).toEqual(['common.investigation']);
  });

  it('blocks while a discipline given after the year is served on the day, and not once it has ended', () => {
    const disciplines = [
      { level: 'warning' as const, from: '2025-03-01', to: '2025-09-01', pendingInvestigation: false },
    ];
    const facts = person({ ratings: good, disciplines });
    expect(rules(checkEligibility(input('lao_dong_tien_tien', { person: facts, asOf: '2025-04-01' })))).toEqual([
      'common.discipline_in_force',
    ]);
    expect(checkEligibility(input('lao_dong_tien_tien', { person: facts, asOf: '2025-10-01' }))).toEqual([]);
  });

  it('does not block for an investigation closed before the day of the check', () => {
    const facts = person({
      ratings: good,
      disciplines: [{ level: 'reprimand', from: '2024-03-01', to: '2024-05-01', pendingInvestigation: true }],
    });
    expect(checkEligibility(input('lao_dong_tien_tien', { person: facts, asOf: '2025-02-01' }))).toEqual([]);
  });
});

describe('one achievement, one form (Law Art 5)', () => {
  it('refuses a second open nomination of the same nominee, year, category and type, naming it', () => {
    const violations = checkEligibility(
      input('lao_dong_tien_tien', { person: person({ ratings: good }), duplicateNominationIds: [41] }),
    );
    expect(rules(violations)).toEqual(['common.one_achievement_one_form']);
    expect(violations[0].message).toContain('41');
  });
});

describe('registration and quotas (provincial regulations, configurable)', () => {
  it('requires a registration only where the province makes it a precondition', () => {
    const unregistered = { required: true, registered: false };
    expect(
      rules(
        checkEligibility(
          input('lao_dong_tien_tien', { person: person({ ratings: good }), registration: unregistered }),
        ),
      ),
    ).toEqual(['common.registration']);
    expect(
      checkEligibility(
        input('lao_dong_tien_tien', {
          person: person({ ratings: good }),
          registration: { required: false, registered: false },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a nomination past a quota and accepts the last one within it', () => {
    const quota = (used: number) => [{ description: 'CSTĐCS ≤ 15% LĐTT', limit: 3, used }];
    const facts = person({
      ratings: ratings({ 2024: 'excellent' }),
      awards: [{ year: 2024, awardTypeCode: 'lao_dong_tien_tien', category: 'merit' }],
    });
    expect(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts, quotas: quota(2) }))).toEqual([]);
    expect(rules(checkEligibility(input('chien_si_thi_dua_co_so', { person: facts, quotas: quota(3) })))).toEqual([
      'common.quota',
    ]);
  });
});

describe('nominee kinds (Law Arts 19–20)', () => {
  it('refuses an individual for a collective title and a household for a form that does not allow households', () => {
    expect(rules(checkEligibility(input('co_thi_dua_tinh', { nomineeKind: 'individual' })))).toContain('nominee.kind');
    expect(rules(checkEligibility(input('bang_khen_thu_tuong', { nomineeKind: 'household' })))).toEqual([
      'nominee.kind',
    ]);
    expect(checkEligibility(input('bang_khen_tinh', { nomineeKind: 'household' }))).toEqual([]);
  });
});

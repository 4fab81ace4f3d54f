import { describe, expect, it } from '@jest/globals';
import { checkEligibility, judgeEligibility, type CollectiveFacts } from './eligibility.js';
import { held, input, ratings, rules } from './eligibility.fixtures.js';

type Evaluation = NonNullable<CollectiveFacts['evaluation']>;

function collective(
  evaluation: Partial<Evaluation> | undefined,
  assignedTargets: CollectiveFacts['assignedTargets'] = [],
): CollectiveFacts {
  const base: Evaluation = {
    rating: 'excellent',
    membersTotal: 20,
    membersCompletedTasks: 20,
    membersAdvancedWorkers: 15,
    membersGrassrootsEmulationSoldiers: 2,
    membersDisciplinedWarningOrAbove: 0,
    leadsCluster: true,
  };
  return { evaluation: evaluation === undefined ? undefined : { ...base, ...evaluation }, assignedTargets };
}

describe('Tập thể lao động tiên tiến (Law Art 28)', () => {
  it('passes at a "good" rating with 70 % LĐTT and nobody disciplined at warning or above', () => {
    expect(
      checkEligibility(
        input('tap_the_lao_dong_tien_tien', { collective: collective({ rating: 'good', membersAdvancedWorkers: 14 }) }),
      ),
    ).toEqual([]);
  });

  it('fails below 70 % LĐTT (13 of 20) and with a member under warning', () => {
    const facts = collective({ membersAdvancedWorkers: 13, membersDisciplinedWarningOrAbove: 1 });
    expect(rules(checkEligibility(input('tap_the_lao_dong_tien_tien', { collective: facts })))).toEqual([
      'tap_the_lao_dong_tien_tien.advanced_share',
      'tap_the_lao_dong_tien_tien.no_warning',
    ]);
  });

  it('fails without the unit’s evaluation for the year, and survives an empty unit without dividing by zero', () => {
    expect(rules(checkEligibility(input('tap_the_lao_dong_tien_tien', { collective: collective(undefined) })))).toEqual(
      ['tap_the_lao_dong_tien_tien.evaluation'],
    );
    const empty = collective({ membersTotal: 0, membersCompletedTasks: 0, membersAdvancedWorkers: 0 });
    expect(rules(checkEligibility(input('tap_the_lao_dong_tien_tien', { collective: empty })))).toEqual([
      'tap_the_lao_dong_tien_tien.advanced_share',
    ]);
  });
});

describe('Tập thể lao động xuất sắc (Law Art 27)', () => {
  it('passes rated excellent, everyone completing tasks, 70 % LĐTT, one CSTĐCS', () => {
    expect(
      checkEligibility(
        input('tap_the_lao_dong_xuat_sac', { collective: collective({ membersGrassrootsEmulationSoldiers: 1 }) }),
      ),
    ).toEqual([]);
  });

  it('fails on each missing criterion', () => {
    const facts = collective({
      rating: 'good',
      membersCompletedTasks: 19,
      membersAdvancedWorkers: 10,
      membersGrassrootsEmulationSoldiers: 0,
    });
    expect(rules(checkEligibility(input('tap_the_lao_dong_xuat_sac', { collective: facts })))).toEqual([
      'tap_the_lao_dong_xuat_sac.rating',
      'tap_the_lao_dong_xuat_sac.all_completed',
      'tap_the_lao_dong_xuat_sac.advanced_share',
      'tap_the_lao_dong_xuat_sac.grassroots_soldier',
    ]);
  });
});

describe('Cờ thi đua của UBND tỉnh (Law Art 26)', () => {
  it('passes leading its cluster with every assigned target exceeded', () => {
    const facts = collective({}, [
      { code: 'T01', achieved: true, exceeded: true },
      { code: 'T02', achieved: true, exceeded: true },
    ]);
    expect(judgeEligibility(input('co_thi_dua_tinh', { collective: facts })).eligible).toBe(true);
  });

  it('fails when not leading the cluster, or with a target met but not exceeded, named', () => {
    const violations = checkEligibility(
      input('co_thi_dua_tinh', {
        collective: collective({ leadsCluster: false }, [{ code: 'T07', achieved: true, exceeded: false }]),
      }),
    );
    expect(rules(violations)).toEqual(['co_thi_dua_tinh.leads_cluster', 'co_thi_dua_tinh.targets_exceeded']);
    expect(violations[1].message).toContain('T07');
  });

  it('does not pass a unit that was assigned no target (domain.md, corrections)', () => {
    expect(rules(checkEligibility(input('co_thi_dua_tinh', { collective: collective({}, []) })))).toEqual([
      'co_thi_dua_tinh.no_targets',
    ]);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh for a collective (Bắc Ninh 86/2025 Art 3(3)(c))', () => {
  const unitBk = (facts: Partial<CollectiveFacts>) =>
    judgeEligibility(
      input('bang_khen_tinh', { nomineeKind: 'collective', collective: { ...collective({}), ...facts } }),
    );

  it('is eligible after two consecutive years completed excellently', () => {
    expect(unitBk({ ratings: ratings({ 2023: 'excellent', 2024: 'excellent' }) }).eligible).toBe(true);
  });

  it('is eligible as Tập thể lao động xuất sắc twice in a row', () => {
    expect(unitBk({ awards: held('tap_the_lao_dong_xuat_sac', 2023, 2024) }).eligible).toBe(true);
  });

  it('is otherwise left to the board (eligible null), never refused nor passed by default', () => {
    const verdict = unitBk({ ratings: ratings({ 2023: 'good', 2024: 'excellent' }) });
    expect(verdict).toMatchObject({ eligible: null, violations: [] });
    expect(verdict.judgement!.message).toContain('Phòng Thi đua - Khen thưởng đánh giá');
  });
});

describe('a collective under inspection or whose head is disciplined (Decree 152 Art 4(4); domain.md, corrections)', () => {
  const flag = (restrictions: CollectiveFacts['restrictions'], asOf?: string) =>
    rules(
      checkEligibility(
        input('tap_the_lao_dong_tien_tien', {
          asOf,
          collective: { ...collective({ rating: 'good' }), restrictions },
        }),
      ),
    );

  it('refuses while an inspection is pending on the day of the appraisal, not once it has ended', () => {
    const inspection = [{ basis: 'inspection', startsOn: '2025-01-10', endsOn: null }];
    expect(flag(inspection, '2025-02-01')).toEqual(['common.investigation']);
    const ended = [{ basis: 'inspection', startsOn: '2025-01-10', endsOn: '2025-01-31' }];
    expect(flag(ended, '2025-02-01')).toEqual([]);
  });

  it('refuses the year in which the head was disciplined for the unit’s failings', () => {
    const head = [{ basis: 'head_discipline', startsOn: '2024-05-01', endsOn: '2024-11-01' }];
    expect(flag(head, '2025-02-01')).toEqual(['common.discipline']);
    expect(
      flag(
        head.map((r) => ({ ...r, startsOn: '2022-05-01', endsOn: '2022-11-01' })),
        '2025-02-01',
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { durationBucket, launchingLevel, movementPhase } from './classification.js';

describe('movement classification for form 0601.N', () => {
  it('buckets durations: a calendar year is 1 year; a quarter under 1; three years 3–5', () => {
    expect(durationBucket('2024-01-03', '2024-12-31')).toBe('1_year');
    expect(durationBucket('2024-04-01', '2024-06-30')).toBe('under_1_year');
    expect(durationBucket('2021-01-01', '2022-12-31')).toBe('1_to_3_years');
    expect(durationBucket('2021-01-01', '2025-12-31')).toBe('5_years_or_more');
    expect(durationBucket('2021-01-01', '2023-12-31')).toBe('3_to_5_years');
  });

  it('reads the launching level from the launching unit', () => {
    expect(launchingLevel('province')).toBe('province');
    expect(launchingLevel('agency')).toBe('department');
    expect(launchingLevel('enterprise')).toBe('other');
  });

  it('says a launched movement past its end awaits evaluation, and one under way is running', () => {
    const year2024 = { state: 'launched', startDate: '2024-01-03', endDate: '2024-12-31' };
    expect(movementPhase(year2024, '2024-06-01')).toBe('running');
    expect(movementPhase(year2024, '2024-12-31')).toBe('running');
    expect(movementPhase(year2024, '2025-01-01')).toBe('awaiting_evaluation');
    expect(movementPhase(year2024, '2024-01-02')).toBe('not_started');
    expect(movementPhase({ ...year2024, state: 'concluded' }, '2025-01-01')).toBe('closed');
    expect(movementPhase({ ...year2024, state: 'draft' }, '2025-01-01')).toBe('not_started');
  });
});

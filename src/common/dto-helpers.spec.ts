import { describe, expect, it } from '@jest/globals';
import { memberCountViolations } from '../units/units.service.js';
import { isCalendarDate } from './dto-helpers.js';
import { todayInVietnam } from './time.js';

describe('input rules', () => {
  it('accepts only existing calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('03/01/2024')).toBe(false);
    expect(isCalendarDate(20240103)).toBe(false);
  });

  it('refuses member counts larger than the total, naming each', () => {
    const members = {
      total: 10,
      completedTasks: 10,
      advancedWorkers: 11,
      grassrootsEmulationSoldiers: 1,
      disciplinedWarningOrAbove: 0,
      women: 12,
    };
    expect(memberCountViolations(members).map((v) => v.rule)).toEqual([
      'unit_evaluation.members.advancedWorkers',
      'unit_evaluation.members.women',
    ]);
    expect(memberCountViolations({ ...members, advancedWorkers: 7, women: 5 })).toEqual([]);
  });
});

describe('todayInVietnam', () => {
  it('turns to the next day at 17:00 UTC, midnight in Hanoi', () => {
    expect(todayInVietnam(new Date('2024-01-02T16:59:59Z'))).toBe('2024-01-02');
    expect(todayInVietnam(new Date('2024-01-02T17:00:00Z'))).toBe('2024-01-03');
  });
});

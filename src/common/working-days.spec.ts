import { describe, expect, it } from '@jest/globals';
import { DEFAULT_HOLIDAYS } from '../config/holidays.js';
import { addWorkingDays, medianOfCounts, workingDaysBetween } from './working-days.js';

const holidays = new Set(DEFAULT_HOLIDAYS);

describe('working days (weekends and public holidays excluded)', () => {
  it('counts Friday to Monday as one working day', () => {
    expect(workingDaysBetween('2024-03-01', '2024-03-04', holidays)).toBe(1);
  });

  it('skips Tết 2024 and the 30/4 – 1/5 holidays', () => {
    expect(workingDaysBetween('2024-02-07', '2024-02-15', holidays)).toBe(1);
    expect(workingDaysBetween('2024-04-26', '2024-05-02', holidays)).toBe(1);
  });

  it('finds the 20-working-day appraisal limit four weeks after a Monday', () => {
    expect(workingDaysBetween('2024-06-03', '2024-07-01', holidays)).toBe(20);
    expect(workingDaysBetween('2024-06-03', '2024-06-03', holidays)).toBe(0);
  });

  it('counts years apart by arithmetic as a day-by-day count does, holidays on weekends not subtracted twice', () => {
    const dayByDay = (from: string, to: string) => {
      let count = 0;
      for (
        let day = Date.parse(`${from}T00:00:00Z`) + 86_400_000;
        day <= Date.parse(`${to}T00:00:00Z`);
        day += 86_400_000
      ) {
        const date = new Date(day);
        if (date.getUTCDay() % 6 !== 0 && !holidays.has(date.toISOString().slice(0, 10))) count++;
      }
      return count;
    };
    const day = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    for (let from = 0; from < 2500; from += 37) {
      for (const span of [0, 1, 2, 3, 6, 7, 8, 29, 400, 1200]) {
        expect([day(from), day(from + span), workingDaysBetween(day(from), day(from + span), holidays)]).toEqual([
          day(from),
          day(from + span),
          dayByDay(day(from), day(from + span)),
        ]);
      }
    }
    expect(workingDaysBetween('2024-06-10', '2024-06-03', holidays)).toBe(0);
  });

  it('finds the day a limit ends, skipping weekends and holidays, and agrees with the count', () => {
    expect(addWorkingDays('2024-06-07', 5, holidays)).toBe('2024-06-14');
    expect(addWorkingDays('2024-06-03', 20, holidays)).toBe('2024-07-01');
    // Received before Tết 2025 (27/1 – 31/1): the five days run into February.
    expect(addWorkingDays('2025-01-24', 5, holidays)).toBe('2025-02-07');
    for (const from of ['2024-04-25', '2025-08-29', '2026-02-13']) {
      expect(workingDaysBetween(from, addWorkingDays(from, 20, holidays), holidays)).toBe(20);
    }
  });

  it('ships the holidays through 2027: a dossier received before Tết 2027 waits out the whole holiday', () => {
    expect(addWorkingDays('2027-02-04', 1, holidays)).toBe('2027-02-12');
    expect(workingDaysBetween('2027-04-29', '2027-05-04', holidays)).toBe(1);
  });

  it('takes the medianOfCounts of odd and even counts, and none of nothing', () => {
    const once = (values: number[]) => values.map((value) => ({ value, count: 1 }));
    expect(medianOfCounts(once([5, 1, 3]))).toBe(3);
    expect(medianOfCounts(once([4, 1, 3, 2]))).toBe(2.5);
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([{ value: 9, count: 0 }])).toBeNull();
  });

  it('takes the medianOfCounts of values counted many times as of the values written out', () => {
    // 1 1 1 4 7 7 → (1 + 4) / 2; 2 2 9 → 2.
    expect(
      medianOfCounts([
        { value: 7, count: 2 },
        { value: 1, count: 3 },
        { value: 4, count: 1 },
      ]),
    ).toBe(2.5);
    expect(
      medianOfCounts([
        { value: 9, count: 1 },
        { value: 2, count: 2 },
      ]),
    ).toBe(2);
  });
});

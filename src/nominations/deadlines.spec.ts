import { describe, expect, it } from '@jest/globals';
import { DEFAULT_HOLIDAYS } from '../config/holidays.js';
import {
  lateSubmissionViolations,
  nominationDeadlines,
  processingFigures,
  submissionDeadlineOf,
  submissionDue,
} from './deadlines.js';

const holidays = new Set(DEFAULT_HOLIDAYS);

describe('a nomination’s deadlines (working days from its last receipt)', () => {
  it('gives the board 5 days to return a dossier and 20 to appraise it while it has it', () => {
    expect(nominationDeadlines('submitted', '2024-06-03', '2024-06-05', holidays)).toEqual([
      { kind: 'return', dueOn: '2024-06-10', daysLeft: 3, overdue: false },
      { kind: 'appraisal', dueOn: '2024-07-01', daysLeft: 18, overdue: false },
    ]);
  });

  it('is overdue the working day after the limit, not on the weekend that follows it', () => {
    const [returnLimit] = nominationDeadlines('submitted', '2024-06-03', '2024-06-10', holidays);
    expect(returnLimit).toMatchObject({ daysLeft: 0, overdue: false });
    expect(nominationDeadlines('submitted', '2024-06-07', '2024-06-15', holidays)[0]).toMatchObject({
      dueOn: '2024-06-14',
      overdue: false,
    });
    expect(nominationDeadlines('submitted', '2024-06-07', '2024-06-17', holidays)[0]).toMatchObject({
      daysLeft: -1,
      overdue: true,
    });
  });

  it('runs only while the board has the dossier: not for a draft, a returned or an appraised one', () => {
    for (const state of ['draft', 'returned', 'verified', 'decided'] as const) {
      expect(nominationDeadlines(state, '2024-06-03', '2024-08-01', holidays)).toEqual([]);
    }
    expect(nominationDeadlines('submitted', null, '2024-08-01', holidays)).toEqual([]);
  });

  it('takes the movement’s submission deadline first, else the year’s round, else none', () => {
    const rounds = { 2025: '2026-01-15' };
    expect(submissionDeadlineOf({ year: 2025 }, '2025-12-20', rounds)).toEqual({ dueOn: '2025-12-20', of: 'movement' });
    expect(submissionDeadlineOf({ year: 2025 }, null, rounds)).toEqual({ dueOn: '2026-01-15', of: 'round' });
    expect(submissionDeadlineOf({ year: 2023 }, null, rounds)).toBeNull();
  });

  it('refuses a first submission after its deadline unless the board accepted it late', () => {
    const round = { dueOn: '2026-01-15', of: 'round' as const };
    expect(lateSubmissionViolations(round, 2025, '2026-01-15', false)).toEqual([]);
    const [late] = lateSubmissionViolations(round, 2025, '2026-01-16', false);
    expect(late.rule).toBe('submission.deadline');
    expect(late.message).toContain('Đã quá hạn nộp hồ sơ khen thưởng năm 2025 (15/01/2026)');
    expect(lateSubmissionViolations(round, 2025, '2026-01-16', true)).toEqual([]);
    expect(lateSubmissionViolations(null, 2025, '2030-01-01', false)).toEqual([]);
  });

  it('counts the report’s processing by the same limits: late appraisals, late returns, and dossiers waiting too long', () => {
    const figures = processingFigures(
      [
        // Dossier 1: returned on the 5th working day (in time), resubmitted, verified on the 22nd (overdue).
        { answer: 'RETURN', workingDays: 5, first: true, count: 1 },
        { answer: 'VERIFY', workingDays: 22, first: false, count: 1 },
        // Dossier 2: rejected on the 6th working day, a late return.
        { answer: 'REJECT', workingDays: 6, first: true, count: 1 },
      ],
      // Dossier 3, still waiting 21 working days on; dossier 4, waiting 20, not yet overdue.
      [
        { receivedOn: '2024-06-03', count: 1 },
        { receivedOn: '2024-06-04', count: 1 },
      ],
      '2024-07-02',
      holidays,
    );
    expect(figures).toEqual({ appraised: 2, medianWorkingDays: 6, overdue: 2, returnedLate: 1 });
  });

  it('warns of a submission deadline from five working days before it, and once it is past, unless accepted late', () => {
    const movement = { dueOn: '2024-09-06', of: 'movement' as const };
    // Friday 30 August: 2 September and the day after are National Day holidays, so 3 working days remain.
    expect(submissionDue(movement, '2024-08-30', holidays, false)).toEqual({
      ...movement,
      daysLeft: 3,
      overdue: false,
    });
    expect(submissionDue(movement, '2024-08-23', holidays, false)).toBeNull();
    expect(submissionDue(movement, '2024-09-06', holidays, false)).toEqual({
      ...movement,
      daysLeft: 0,
      overdue: false,
    });
    expect(submissionDue(movement, '2024-09-10', holidays, false)).toEqual({
      ...movement,
      daysLeft: -2,
      overdue: true,
    });
    expect(submissionDue(movement, '2024-09-10', holidays, true)).toBeNull();
    expect(submissionDue(null, '2024-09-10', holidays, false)).toBeNull();
  });
});

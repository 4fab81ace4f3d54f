import { describe, expect, it } from '@jest/globals';
import { DEFAULT_HOLIDAYS } from '../config/holidays.js';
import { nominationDeadlines } from './deadlines.js';

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
});

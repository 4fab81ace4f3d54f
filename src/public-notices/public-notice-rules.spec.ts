import { describe, expect, it } from '@jest/globals';
import {
  commentViolations,
  councilGateViolations,
  windowViolations,
  windowWorkingDays,
} from './public-notice-rules.js';

const holidays = new Set(['2025-09-01', '2025-09-02']);

describe('public notice (Decree 98 Art 46)', () => {
  it('counts the window in working days, both ends included, without weekends and holidays', () => {
    // Monday 2025-08-25 to Friday 2025-09-05: 10 weekdays, two of them the National Day holidays.
    expect(windowWorkingDays('2025-08-25', '2025-09-05', holidays)).toBe(8);
    expect(windowWorkingDays('2025-08-25', '2025-08-25', holidays)).toBe(1);
    expect(windowWorkingDays('2025-08-30', '2025-08-31', holidays)).toBe(0);
  });

  it('needs 10 working days only for the award types that require a notice', () => {
    const base = { startsOn: '2025-08-25', endsOn: '2025-09-05', holidays, minimum: 10 };
    expect(windowViolations({ ...base, needingNotice: ['Chiến sĩ thi đua toàn quốc'] })).toEqual([
      expect.objectContaining({ rule: 'public_notice.window' }),
    ]);
    expect(windowViolations({ ...base, needingNotice: [] })).toEqual([]);
    expect(windowViolations({ ...base, endsOn: '2025-09-09', needingNotice: ['Chiến sĩ thi đua toàn quốc'] })).toEqual(
      [],
    );
    expect(windowViolations({ ...base, endsOn: '2025-08-01', needingNotice: [] })).toHaveLength(1);
  });

  it('takes comments only within the window', () => {
    const notice = { startsOn: '2025-08-25', endsOn: '2025-09-05' };
    expect(commentViolations(notice, '2025-08-25')).toEqual([]);
    expect(commentViolations(notice, '2025-09-05')).toEqual([]);
    expect(commentViolations(notice, '2025-09-06')).toEqual([
      expect.objectContaining({ rule: 'public_notice.closed' }),
    ]);
    expect(commentViolations(notice, '2025-08-24')).toHaveLength(1);
  });

  it('keeps a council from meeting until each nomination that needs a notice has had its whole window', () => {
    const item = { nominationId: 7, nomineeName: 'Lò Thị Mai', needsNotice: true };
    expect(councilGateViolations([{ ...item, noticeEnds: ['2025-09-05'] }], '2025-09-08')).toEqual([]);
    expect(councilGateViolations([{ ...item, noticeEnds: ['2025-09-05'] }], '2025-09-05')).toEqual([
      expect.objectContaining({ rule: 'public_notice' }),
    ]);
    expect(councilGateViolations([{ ...item, noticeEnds: [] }], '2025-09-08')).toHaveLength(1);
    expect(councilGateViolations([{ ...item, needsNotice: false, noticeEnds: [] }], '2025-09-08')).toEqual([]);
  });
});

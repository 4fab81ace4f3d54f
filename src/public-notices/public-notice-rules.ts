import type { RuleViolation } from '../common/app-error.js';
import { workingDaysBetween } from '../common/working-days.js';

/**
 * The rules of a public notice (Decree 98 Art 46(2); Law Art 84(5)), pure so that they are tested without a database:
 * its window is long enough for the award types that need one, a comment comes within the window, and a council does
 * not meet on a nomination whose notice has not run its full window before the meeting.
 */

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Working days from `startsOn` to `endsOn`, both included. */
export function windowWorkingDays(startsOn: string, endsOn: string, holidays: ReadonlySet<string>): number {
  return endsOn < startsOn ? 0 : workingDaysBetween(dayBefore(startsOn), endsOn, holidays);
}

export function windowViolations(input: {
  startsOn: string;
  endsOn: string;
  holidays: ReadonlySet<string>;
  /** The rule set's minimum, in working days. */
  minimum: number;
  /** The names of the posted award types that need a notice. */
  needingNotice: readonly string[];
}): RuleViolation[] {
  if (input.endsOn < input.startsOn) {
    return [
      {
        rule: 'public_notice.window',
        message: 'Ngày kết thúc công khai phải sau ngày bắt đầu',
        messageEn: 'The notice must end after it starts',
      },
    ];
  }
  const days = windowWorkingDays(input.startsOn, input.endsOn, input.holidays);
  if (input.needingNotice.length === 0 || days >= input.minimum) return [];
  return [
    {
      rule: 'public_notice.window',
      message: `Thời gian công khai ${days} ngày làm việc, ít hơn ${input.minimum} ngày làm việc bắt buộc đối với ${input.needingNotice.join(', ')} (Nghị định 98/2023 Điều 46)`,
      messageEn: `The notice runs ${days} working days, fewer than the ${input.minimum} required for ${input.needingNotice.join(', ')} (Decree 98/2023 Art 46)`,
    },
  ];
}

/** A comment is received while the notice is open: from its first day to its last, in Vietnam's calendar. */
export function commentViolations(notice: { startsOn: string; endsOn: string }, today: string): RuleViolation[] {
  if (today >= notice.startsOn && today <= notice.endsOn) return [];
  return [
    {
      rule: 'public_notice.closed',
      message: `Chỉ nhận ý kiến trong thời gian công khai (từ ${notice.startsOn} đến ${notice.endsOn})`,
      messageEn: `Comments are received only while the notice is open (${notice.startsOn} to ${notice.endsOn})`,
    },
  ];
}

/**
 * Before a council meets: each nomination on its agenda that needs a notice has one whose whole window ended before
 * the meeting day.
 */
export function councilGateViolations(
  agenda: readonly { nominationId: number; nomineeName: string; needsNotice: boolean; noticeEnds: readonly string[] }[],
  meetingDate: string,
): RuleViolation[] {
  return agenda
    .filter((item) => item.needsNotice && !item.noticeEnds.some((endsOn) => endsOn < meetingDate))
    .map((item) => ({
      rule: 'public_notice',
      message: `Hồ sơ số ${item.nominationId} (${item.nomineeName}) chưa công khai đủ thời gian trước ngày họp ${meetingDate}`,
      messageEn: `Nomination ${item.nominationId} (${item.nomineeName}) has not been on public notice for its full window before the meeting on ${meetingDate}`,
    }));
}

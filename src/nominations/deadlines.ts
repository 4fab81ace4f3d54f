import type { RuleViolation } from '../common/app-error.js';
import { vietnameseDate } from '../common/time.js';
import { addWorkingDays, medianOfCounts, workingDaysBetween } from '../common/working-days.js';
import type { NominationState } from './nomination.machine.js';

/** The board appraises a complete dossier within 20 working days (Decree 98/2023 Art 47; Decree 152/2025 keeps it). */
export const APPRAISAL_LIMIT_WORKING_DAYS = 20;
/** An ineligible or incomplete dossier is returned to the proposing unit within 5 working days of its receipt. */
export const RETURN_LIMIT_WORKING_DAYS = 5;

export type DeadlineKind = 'return' | 'appraisal';

export interface Deadline {
  kind: DeadlineKind;
  /** The last working day of the limit. */
  dueOn: string;
  /** Working days left (negative once past). */
  daysLeft: number;
  overdue: boolean;
}

const LIMITS: Record<DeadlineKind, number> = {
  return: RETURN_LIMIT_WORKING_DAYS,
  appraisal: APPRAISAL_LIMIT_WORKING_DAYS,
};

/**
 * One limit counted from the day a complete dossier was received (`receivedOn`: its last submission, as a resubmission
 * starts the count again): the day it falls due, what is left of it on `today`, and whether it is past.
 */
export function deadlineOf(
  kind: DeadlineKind,
  receivedOn: string,
  today: string,
  holidays: ReadonlySet<string>,
): Deadline {
  const limit = LIMITS[kind];
  const used = workingDaysBetween(receivedOn, today, holidays);
  return {
    kind,
    dueOn: addWorkingDays(receivedOn, limit, holidays),
    daysLeft: limit - used,
    overdue: used > limit,
  };
}

/**
 * The limits that run for a nomination: while the board has its dossier (submitted, not yet appraised), the 5 days to
 * return it and the 20 days to appraise it, both from its last receipt. None in any other state.
 */
export function nominationDeadlines(
  state: NominationState,
  receivedOn: string | null,
  today: string,
  holidays: ReadonlySet<string>,
): Deadline[] {
  if (state !== 'submitted' || !receivedOn) return [];
  return [deadlineOf('return', receivedOn, today, holidays), deadlineOf('appraisal', receivedOn, today, holidays)];
}

/** The deadline a nomination's first submission must meet: its movement's, else its year's round's (none if neither). */
export function submissionDeadlineOf(
  nomination: { year: number },
  movementDeadline: string | null,
  roundDeadlines: Readonly<Record<number, string>>,
): { dueOn: string; of: 'movement' | 'round' } | null {
  if (movementDeadline) return { dueOn: movementDeadline, of: 'movement' };
  const round = roundDeadlines[nomination.year];
  return round ? { dueOn: round, of: 'round' } : null;
}

/** A draft's submission deadline is "due soon" from this many working days before it (a dossier takes time to gather). */
export const SUBMISSION_DUE_SOON_WORKING_DAYS = 5;

/**
 * Where a draft stands against its submission deadline on `today`: due soon (within the warning window) or overdue, with
 * the working days left; null when it is further off, has none, or the board has accepted it late.
 */
export function submissionDue(
  deadline: { dueOn: string; of: 'movement' | 'round' } | null,
  today: string,
  holidays: ReadonlySet<string>,
  lateAccepted: boolean,
): { dueOn: string; of: 'movement' | 'round'; daysLeft: number; overdue: boolean } | null {
  if (!deadline || lateAccepted) return null;
  const overdue = today > deadline.dueOn;
  const daysLeft = overdue
    ? -workingDaysBetween(deadline.dueOn, today, holidays)
    : workingDaysBetween(today, deadline.dueOn, holidays);
  if (!overdue && daysLeft > SUBMISSION_DUE_SOON_WORKING_DAYS) return null;
  return { ...deadline, daysLeft, overdue };
}

/**
 * A first submission after its deadline is refused, unless the board has accepted the dossier late (its reason is in
 * the audit log). A resubmission of a returned dossier is never late: the board asked for it.
 */
export function lateSubmissionViolations(
  deadline: { dueOn: string; of: 'movement' | 'round' } | null,
  year: number,
  today: string,
  lateAccepted: boolean,
): RuleViolation[] {
  if (!deadline || today <= deadline.dueOn || lateAccepted) return [];
  const [of, ofEn] =
    deadline.of === 'movement'
      ? ['của phong trào', 'of the movement']
      : [`khen thưởng năm ${year}`, `of the ${year} round`];
  return [
    {
      rule: 'submission.deadline',
      message: `Đã quá hạn nộp hồ sơ ${of} (${vietnameseDate(deadline.dueOn)}): chỉ trình được khi Ban Thi đua - Khen thưởng chấp nhận nộp muộn.`,
      messageEn: `Past the submission deadline ${ofEn} (${deadline.dueOn}): it can be submitted only once the board accepts it late.`,
    },
  ];
}

/**
 * The board's answers to submissions (VERIFY, RETURN or REJECT), as the database keeps them counted
 * (`appraisal_counts`): how many took so many working days from the receipt, and whether it was the dossier's first.
 */
export interface AnswerCount {
  answer: string;
  workingDays: number;
  first: boolean;
  count: number;
}

/** Dossiers still waiting for the board's answer, by the day they were received (`waiting_counts`). */
export interface WaitingCount {
  receivedOn: string;
  count: number;
}

/**
 * The yearly report's processing figures, by the limits above: answers past the appraisal limit, and dossiers still
 * waiting past it on `today`, are overdue; returns and rejections past the 5-day limit are late returns. A dossier
 * returned and appraised again counts once as appraised.
 */
export function processingFigures(
  answers: readonly AnswerCount[],
  waiting: readonly WaitingCount[],
  today: string,
  holidays: ReadonlySet<string>,
): { appraised: number; medianWorkingDays: number | null; overdue: number; returnedLate: number } {
  let appraised = 0;
  let overdue = 0;
  let returnedLate = 0;
  for (const { answer, workingDays, first, count } of answers) {
    if (first) appraised += count;
    if (workingDays > APPRAISAL_LIMIT_WORKING_DAYS) overdue += count;
    if ((answer === 'RETURN' || answer === 'REJECT') && workingDays > RETURN_LIMIT_WORKING_DAYS) returnedLate += count;
  }
  for (const { receivedOn, count } of waiting) {
    const days = workingDaysBetween(receivedOn, today, holidays);
    if (days > APPRAISAL_LIMIT_WORKING_DAYS) overdue += count;
  }
  const medianWorkingDays = medianOfCounts(answers.map(({ workingDays, count }) => ({ value: workingDays, count })));
  return { appraised, medianWorkingDays, overdue, returnedLate };
}

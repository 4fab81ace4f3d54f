import { workingDaysBetween } from '../common/working-days.js';

/** The board appraises a dossier within 20 working days of its submission (Decree 98/2023 Art 47). */
export const APPRAISAL_LIMIT_WORKING_DAYS = 20;

/** Working days left of the appraisal limit for a dossier submitted on `submittedOn`, and whether it is past it. */
export function appraisalDeadline(
  submittedOn: string | null,
  today: string,
  holidays: ReadonlySet<string>,
): { daysLeft: number; overdue: boolean } {
  const used = submittedOn ? workingDaysBetween(submittedOn, today, holidays, APPRAISAL_LIMIT_WORKING_DAYS) : 0;
  return { daysLeft: APPRAISAL_LIMIT_WORKING_DAYS - used, overdue: used > APPRAISAL_LIMIT_WORKING_DAYS };
}

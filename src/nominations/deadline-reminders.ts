import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { todayInVietnam, vietnameseDate } from '../common/time.js';
import { readRows } from '../database/sql.js';
import { Transactions } from '../database/transactions.js';
import { JobQueue } from '../jobs/job-queue.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { findAwardType } from '../award-types/catalogue.js';
import { nominationDeadlines, submissionDeadlineOf, submissionDue } from './deadlines.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The scheduled job that reminds the boards, and the submitters of drafts, of limits about to pass, and of those passed. */
export const DEADLINE_REMINDERS = 'deadline-reminders';
/** A limit is "due soon" from this many working days before it ends. */
export const DUE_SOON_WORKING_DAYS = 2;

const LIMIT_NAMES = {
  return: ['hạn trả lại hồ sơ không đủ điều kiện', 'the limit to return an ineligible dossier'],
  appraisal: ['hạn thẩm định', 'the appraisal limit'],
} as const;

/**
 * Every morning (07:00 in Vietnam) the board that has a dossier is reminded of each limit due within two working days,
 * and told once it is past. Each reminder reaches each user once (its key names the dossier, the limit, the stage and
 * the receipt), however often the job runs and however many instances run it.
 */
@Injectable()
export class DeadlineReminders {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JobQueue) jobs: JobQueue,
  ) {
    jobs.work(DEADLINE_REMINDERS, async () => void (await this.remind()));
    jobs.schedule(DEADLINE_REMINDERS, '0 0 * * *');
  }

  /** Sends the reminders due on `today`; answers how many limits were reminded of. */
  async remind(today = todayInVietnam()): Promise<number> {
    const holidays = await this.calendar.days();
    const waiting = await readRows<{
      id: number;
      decidingUnitId: number;
      awardTypeCode: string;
      nomineeName: string | null;
      at: string;
    }>(
      this.dataSource,
      `SELECT n.id, n."decidingUnitId", n."awardTypeCode",
          COALESCE(p."fullName", nu.name, n."householdHeadName") AS "nomineeName", MAX(l.at) AS at
        FROM nominations n
        JOIN transition_log l ON l.workflow = 'nomination' AND l."entityId" = n.id AND l.event IN ('SUBMIT', 'RESUBMIT')
        LEFT JOIN people p ON p.id = n."personId"
        LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
        WHERE n.state = 'submitted'
        GROUP BY n.id, n."decidingUnitId", n."awardTypeCode", p."fullName", nu.name, n."householdHeadName"`,
      [],
    );
    let reminded = 0;
    // Many dossiers share a deciding unit: its board is looked up once per run.
    const boards = new Map<number, number[]>();
    for (const nomination of waiting) {
      const receivedOn = todayInVietnam(new Date(nomination.at));
      const due = nominationDeadlines('submitted', receivedOn, today, holidays).filter(
        (deadline) => deadline.overdue || deadline.daysLeft <= DUE_SOON_WORKING_DAYS,
      );
      if (due.length === 0) continue;
      const about = `${findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode} – ${nomination.nomineeName ?? ''}`;
      await this.transactions.run(async (manager) => {
        const unitId = Number(nomination.decidingUnitId);
        if (!boards.has(unitId)) boards.set(unitId, await this.notifications.nearestBoard(manager, unitId));
        const board = boards.get(unitId)!;
        for (const deadline of due) {
          const [vi, en] = LIMIT_NAMES[deadline.kind];
          const when = vietnameseDate(deadline.dueOn);
          await this.notifications.notify(manager, board, {
            kind: deadline.overdue ? 'deadline_overdue' : 'deadline_soon',
            message: deadline.overdue
              ? `Đã quá ${vi} (${when}): ${about}`
              : `Sắp đến ${vi} (${when}, còn ${deadline.daysLeft} ngày làm việc): ${about}`,
            messageEn: deadline.overdue
              ? `Past ${en} (${when}): ${about}`
              : `${en} is near (${when}, ${deadline.daysLeft} working days left): ${about}`,
            link: `/nominations/${nomination.id}`,
            key: `deadline:${nomination.id}:${deadline.kind}:${deadline.overdue ? 'overdue' : 'soon'}:${receivedOn}`,
          });
          reminded++;
        }
      });
    }
    return reminded + (await this.remindSubmitters(today, holidays));
  }

  /**
   * The proposing unit's submitters are reminded of a draft whose submission deadline (its movement's, else its year's
   * round's) is less than five working days away, and told once it is past, each once.
   */
  private async remindSubmitters(today: string, holidays: ReadonlySet<string>): Promise<number> {
    const drafts = await readRows<{
      id: number;
      year: number;
      proposingUnitId: number;
      awardTypeCode: string;
      nomineeName: string | null;
      submissionDeadline: string | null;
    }>(
      this.dataSource,
      `SELECT n.id, n.year, n."proposingUnitId", n."awardTypeCode", m."submissionDeadline",
          COALESCE(p."fullName", nu.name, n."householdHeadName") AS "nomineeName"
        FROM nominations n
        LEFT JOIN movements m ON m.id = n."movementId"
        LEFT JOIN people p ON p.id = n."personId"
        LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
        WHERE n.state = 'draft' AND n."lateAcceptedAt" IS NULL`,
      [],
    );
    const due = drafts.flatMap((draft) => {
      const deadline = submissionDeadlineOf(draft, draft.submissionDeadline, this.config.roundDeadlines);
      const standing = submissionDue(deadline, today, holidays, false);
      return standing ? [{ draft, standing }] : [];
    });
    if (due.length === 0) return 0;
    await this.transactions.run(async (manager) => {
      const submitters = await this.notifications.holdersByUnit(
        manager,
        due.map(({ draft }) => Number(draft.proposingUnitId)),
        'submitter',
      );
      for (const { draft, standing } of due) {
        const about = `${findAwardType(draft.awardTypeCode)?.name ?? draft.awardTypeCode} – ${draft.nomineeName ?? ''}`;
        const when = vietnameseDate(standing.dueOn);
        await this.notifications.notify(manager, submitters.get(Number(draft.proposingUnitId)) ?? [], {
          kind: standing.overdue ? 'deadline_overdue' : 'deadline_soon',
          message: standing.overdue
            ? `Đã quá hạn nộp hồ sơ (${when}), hồ sơ chưa trình: ${about}`
            : `Sắp đến hạn nộp hồ sơ (${when}, còn ${standing.daysLeft} ngày làm việc): ${about}`,
          messageEn: standing.overdue
            ? `Past the submission deadline (${when}), not yet submitted: ${about}`
            : `The submission deadline is near (${when}, ${standing.daysLeft} working days left): ${about}`,
          link: `/nominations/${draft.id}`,
          key: `submission:${draft.id}:${standing.overdue ? 'overdue' : 'soon'}:${standing.dueOn}`,
        });
      }
    });
    return due.length;
  }
}

import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { todayInVietnam } from '../common/time.js';
import { inSubtree } from '../database/scope.js';
import { placeholder } from '../database/sql.js';
import { achievement } from '../movements/achievement.js';
import { Movement, Target } from '../movements/movement.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NOMINATION_STATES } from '../nominations/nomination.machine.js';
import { TransitionLog } from '../workflow/transition-log.entity.js';
import { Decision, DecisionAward } from '../decisions/decision.entity.js';
import {
  form0601,
  form0602,
  form0603,
  isDirectLabourer,
  type AwardRow,
  type MovementRow,
  type StatisticalForm,
} from './statistical-forms.js';
import {
  APPRAISAL_LIMIT_WORKING_DAYS,
  processingFigures,
  RETURN_LIMIT_WORKING_DAYS,
} from '../nominations/deadlines.js';
import { median } from '../common/working-days.js';

const LAUNCHED = ['launched', 'concluded', 'archived'];

export interface YearlyReport {
  year: number;
  unit: { id: number; name: string };
  generatedOn: string;
  movements: { launched: number; concluded: number };
  targets: {
    movementId: number;
    code: string;
    name: string;
    unit: string;
    targetValue: number;
    latestValue: number | null;
    achievementRate: number | null;
    achieved: boolean | null;
  }[];
  nominations: { total: number; byState: Record<string, number> };
  awards: {
    total: number;
    byAwardType: Record<string, number>;
    byUnit: { unitId: number; name: string; count: number }[];
    individuals: number;
    collectives: number;
    households: number;
    directLabourers: number;
    directLabourerShare: number | null;
    revoked: number;
  };
  processing: {
    appraised: number;
    medianWorkingDays: number | null;
    overdue: number;
    limitWorkingDays: number;
    returnedLate: number;
    returnLimitWorkingDays: number;
  };
  /** Forms 0601.N, 0602.N and 0603.N of Circular 02/2023/TT-BNV. */
  forms: { receivingUnit: string; f0601: StatisticalForm; f0602: StatisticalForm; f0603: StatisticalForm };
  /** The same headline figures for the year before, for the narrative's comparison. */
  previousYear: {
    year: number;
    movementsLaunched: number;
    movementsConcluded: number;
    nominations: number;
    awards: number;
    individuals: number;
    collectives: number;
    households: number;
    directLabourerShare: number | null;
  };
}

/** Award totals from grouped rows (decided or awarded nominations); revoked ones are counted apart, never in the total. */
function awardTotals(
  rows: (AwardRow & { unitId: number; unitName: string })[],
  revoked: number,
): YearlyReport['awards'] {
  const awards: YearlyReport['awards'] = {
    total: 0,
    byAwardType: {},
    byUnit: [],
    individuals: 0,
    collectives: 0,
    households: 0,
    directLabourers: 0,
    directLabourerShare: null,
    revoked,
  };
  const units = new Map<number, { unitId: number; name: string; count: number }>();
  for (const row of rows) {
    awards.total += row.count;
    awards.byAwardType[row.awardTypeCode] = (awards.byAwardType[row.awardTypeCode] ?? 0) + row.count;
    const unit = units.get(row.unitId) ?? { unitId: row.unitId, name: row.unitName, count: 0 };
    unit.count += row.count;
    units.set(unit.unitId, unit);
    if (row.nomineeKind === 'individual') awards.individuals += row.count;
    if (row.nomineeKind === 'collective') awards.collectives += row.count;
    if (row.nomineeKind === 'household') awards.households += row.count;
    if (isDirectLabourer(row)) awards.directLabourers += row.count;
  }
  awards.byUnit = [...units.values()].sort((a, b) => b.count - a.count || a.unitId - b.unitId);
  awards.directLabourerShare =
    awards.individuals > 0 ? Math.round((awards.directLabourers / awards.individuals) * 10000) / 10000 : null;
  return awards;
}

/**
 * Internal Affairs' yearly report, computed once into a plain object from a few aggregate queries over the caller's scope
 * (the caller's unit and every unit below it). Every format (JSON, HTML, XLSX) is a view of this object, so the numbers
 * always agree. Revoked awards are excluded from award totals.
 */
@Injectable()
export class YearlyReportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
  ) {}

  async build(caller: CurrentUser, year: number): Promise<YearlyReport> {
    const scope = caller.unitPath;
    const callerUnit: { name: string; kind: string } = (
      await this.dataSource.query(`SELECT name, kind FROM units WHERE id = ${placeholder(this.dataSource, 1)}`, [
        caller.unitId,
      ])
    )[0] ?? { name: '', kind: '' };

    const movements = await this.movementsInScope(scope, year - 1, year);
    const overlaps = (movement: MovementRow & { state: string }, y: number) =>
      movement.startDate <= `${y}-12-31` && movement.endDate >= `${y}-01-01`;
    const launched = (y: number) =>
      movements.filter((movement) => overlaps(movement, y) && LAUNCHED.includes(movement.state));
    const concluded = (y: number) =>
      launched(y).filter((movement) => movement.state === 'concluded' || movement.state === 'archived').length;

    const targets = await this.dataSource
      .getRepository(Target)
      .createQueryBuilder('target')
      .innerJoin('target.movement', 'movement')
      .innerJoin('movement.launchedByUnit', 'unit')
      .where(...inSubtree('unit.path', scope))
      .andWhere('movement.startDate <= :yearEnd AND movement.endDate >= :yearStart', {
        yearStart: `${year}-01-01`,
        yearEnd: `${year}-12-31`,
      })
      .andWhere("movement.state IN ('launched', 'concluded', 'archived')")
      .orderBy('target.movementId', 'ASC')
      .addOrderBy('target.code', 'ASC')
      .getMany();

    const byStateRows: { year: number; state: string; count: string | number }[] = await this.nominationsInScope(
      scope,
      year,
    )
      .select('nomination.year', 'year')
      .addSelect('nomination.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .groupBy('nomination.year')
      .addGroupBy('nomination.state')
      .getRawMany();
    const byState = (y: number) => {
      const counts = Object.fromEntries(NOMINATION_STATES.map((state) => [state, 0])) as Record<string, number>;
      for (const row of byStateRows) if (Number(row.year) === y) counts[row.state] = Number(row.count);
      return counts;
    };
    const current = byState(year);
    const previous = byState(year - 1);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);

    // Awards count in the year their decision was signed (a 2025 achievement decided in 2026 is a 2026 award); revoked
    // ones are counted apart.
    const awardRows: (AwardRow & { year: number; revoked: boolean; unitId: number; unitName: string })[] = (
      await this.dataSource
        .getRepository(Nomination)
        .createQueryBuilder('nomination')
        .innerJoin('nomination.proposingUnit', 'proposingUnit')
        .innerJoin(DecisionAward, 'award', 'award.nominationId = nomination.id')
        .innerJoin(Decision, 'decision', 'decision.id = award.decisionId')
        .leftJoin('nomination.person', 'person')
        .leftJoin('nomination.nomineeUnit', 'nomineeUnit')
        .select('decision.signedYear', 'year')
        .addSelect('CASE WHEN award.revokedAt IS NULL THEN 0 ELSE 1 END', 'revoked')
        .addSelect('nomination.awardTypeCode', 'awardTypeCode')
        .addSelect('nomination.proposingUnitId', 'unitId')
        .addSelect('proposingUnit.name', 'unitName')
        .addSelect('nomination.nomineeKind', 'nomineeKind')
        .addSelect('nomination.category', 'category')
        .addSelect('person.category', 'personCategory')
        .addSelect('nomineeUnit.kind', 'nomineeUnitKind')
        .addSelect('COUNT(*)', 'count')
        .where(...inSubtree('proposingUnit.path', scope))
        .andWhere('decision.signedYear IN (:year, :previousYear)', { year, previousYear: year - 1 })
        .groupBy('decision.signedYear')
        .addGroupBy('CASE WHEN award.revokedAt IS NULL THEN 0 ELSE 1 END')
        .addGroupBy('nomination.awardTypeCode')
        .addGroupBy('nomination.proposingUnitId')
        .addGroupBy('proposingUnit.name')
        .addGroupBy('nomination.nomineeKind')
        .addGroupBy('nomination.category')
        .addGroupBy('person.category')
        .addGroupBy('nomineeUnit.kind')
        .getRawMany()
    ).map((row) => ({
      ...row,
      year: Number(row.year),
      revoked: Number(row.revoked) === 1,
      unitId: Number(row.unitId),
      count: Number(row.count),
    }));
    const standing = (y: number) => awardRows.filter((row) => row.year === y && !row.revoked);
    const revokedIn = (y: number) =>
      awardRows.filter((row) => row.year === y && row.revoked).reduce((sum, row) => sum + row.count, 0);
    const thisYearsAwards = standing(year);
    const awards = awardTotals(thisYearsAwards, revokedIn(year));
    const previousAwards = awardTotals(standing(year - 1), revokedIn(year - 1));

    return {
      year,
      unit: { id: caller.unitId, name: callerUnit.name },
      generatedOn: todayInVietnam(),
      movements: { launched: launched(year).length, concluded: concluded(year) },
      targets: targets.map((target) => {
        const result = achievement(target.direction, target.targetValue, target.latestValue, target.tolerance);
        return {
          movementId: target.movementId,
          code: target.code,
          name: target.name,
          unit: target.unit,
          targetValue: target.targetValue,
          latestValue: target.latestValue,
          achievementRate: result.rate,
          achieved: result.achieved,
        };
      }),
      nominations: { total: sum(current), byState: current },
      awards,
      processing: await this.processing(scope, year),
      forms: {
        // A province reports to the Ministry of Home Affairs; a unit inside it to the province's Sở Nội vụ.
        receivingUnit: callerUnit.kind === 'province' ? 'Bộ Nội vụ' : 'Sở Nội vụ',
        f0601: form0601(launched(year)),
        f0602: form0602(thisYearsAwards),
        f0603: form0603(thisYearsAwards),
      },
      previousYear: {
        year: year - 1,
        movementsLaunched: launched(year - 1).length,
        movementsConcluded: concluded(year - 1),
        nominations: sum(previous),
        awards: previousAwards.total,
        individuals: previousAwards.individuals,
        collectives: previousAwards.collectives,
        households: previousAwards.households,
        directLabourerShare: previousAwards.directLabourerShare,
      },
    };
  }

  /** Movements in scope overlapping the given years, with what form 0601 classifies them by. */
  private async movementsInScope(
    scope: string,
    fromYear: number,
    toYear: number,
  ): Promise<(MovementRow & { state: string })[]> {
    return this.dataSource
      .getRepository(Movement)
      .createQueryBuilder('movement')
      .innerJoin('movement.launchedByUnit', 'unit')
      .select('unit.kind', 'launchingUnitKind')
      .addSelect('movement.kind', 'kind')
      .addSelect('movement.scope', 'scope')
      .addSelect('movement.startDate', 'startDate')
      .addSelect('movement.endDate', 'endDate')
      .addSelect('movement.state', 'state')
      .where(...inSubtree('unit.path', scope))
      .andWhere('movement.startDate <= :end AND movement.endDate >= :start', {
        start: `${fromYear}-01-01`,
        end: `${toYear}-12-31`,
      })
      .getRawMany();
  }

  /** This year's and the previous year's nominations proposed in scope. */
  private nominationsInScope(scope: string, year: number) {
    return this.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('nomination')
      .innerJoin('nomination.proposingUnit', 'proposingUnit')
      .where(...inSubtree('proposingUnit.path', scope))
      .andWhere('nomination.year IN (:year, :previousYear)', { year, previousYear: year - 1 });
  }

  /**
   * Working days from a dossier's receipt to the board's answer, by the limits of `processingFigures`.
   */
  private async processing(scope: string, year: number): Promise<YearlyReport['processing']> {
    const logs: { entityId: number; event: string; at: string }[] = await this.dataSource
      .getRepository(TransitionLog)
      .createQueryBuilder('log')
      .innerJoin(Nomination, 'nomination', 'nomination.id = log.entityId')
      .innerJoin('nomination.proposingUnit', 'proposingUnit')
      .select(['log.entityId AS "entityId"', 'log.event AS "event"', 'log.at AS "at"'])
      .where("log.workflow = 'nomination'")
      .andWhere("log.event IN ('SUBMIT', 'RESUBMIT', 'VERIFY', 'RETURN', 'REJECT')")
      .andWhere(...inSubtree('proposingUnit.path', scope))
      .andWhere('nomination.year = :year', { year })
      .orderBy('log.id', 'ASC')
      .getRawMany();
    const figures = processingFigures(
      logs.map((log) => ({ entityId: log.entityId, event: log.event, on: todayInVietnam(new Date(log.at)) })),
      todayInVietnam(),
      await this.calendar.days(),
    );
    return {
      appraised: figures.appraised,
      medianWorkingDays: median(figures.durations),
      overdue: figures.overdue,
      returnedLate: figures.returnedLate,
      returnLimitWorkingDays: RETURN_LIMIT_WORKING_DAYS,
      limitWorkingDays: APPRAISAL_LIMIT_WORKING_DAYS,
    };
  }
}

import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { todayInVietnam } from '../common/time.js';
import { inSubtree } from '../database/scope.js';
import { placeholder, readRows } from '../database/sql.js';
import { achievement } from '../movements/achievement.js';
import { Movement, Target } from '../movements/movement.entity.js';
import { NOMINATION_STATES } from '../nominations/nomination.machine.js';
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

/**
 * Award totals from the standing awards by their facts and by proposing unit; revoked ones are counted apart, never in
 * the total.
 */
function awardTotals(
  rows: AwardRow[],
  units: { unitId: number; name: string; count: number }[],
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
  for (const row of rows) {
    awards.total += row.count;
    awards.byAwardType[row.awardTypeCode] = (awards.byAwardType[row.awardTypeCode] ?? 0) + row.count;
    if (row.nomineeKind === 'individual') awards.individuals += row.count;
    if (row.nomineeKind === 'collective') awards.collectives += row.count;
    if (row.nomineeKind === 'household') awards.households += row.count;
    if (isDirectLabourer(row)) awards.directLabourers += row.count;
  }
  awards.byUnit = [...units].sort((a, b) => b.count - a.count || a.unitId - b.unitId);
  awards.directLabourerShare =
    awards.individuals > 0 ? Math.round((awards.directLabourers / awards.individuals) * 10000) / 10000 : null;
  return awards;
}

/**
 * Internal Affairs' yearly report, computed once into a plain object over the caller's scope (the caller's unit and every
 * unit below it). Every format (JSON, HTML, XLSX) is a view of this object, so the numbers always agree. Revoked awards
 * are excluded from award totals. The nominations, awards and processing figures come from the counts the database
 * keeps current in the transaction of every change (migration `RunningTallies`), read for the caller's unit: a few
 * hundred rows for a province or the whole country.
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

    const p = (index: number) => placeholder(this.dataSource, index);
    const byStateRows = await readRows<{ year: number; state: string; count: string | number }>(
      this.dataSource,
      `SELECT "year", "state", "count" FROM nomination_counts
        WHERE "scopeUnitId" = ${p(1)} AND "year" IN (${p(2)}, ${p(3)})`,
      [caller.unitId, year, year - 1],
    );
    const byState = (y: number) => {
      const counts = Object.fromEntries(NOMINATION_STATES.map((state) => [state, 0])) as Record<string, number>;
      for (const row of byStateRows) if (Number(row.year) === y) counts[row.state] = Number(row.count);
      return counts;
    };
    const current = byState(year);
    const previous = byState(year - 1);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);

    // Awards count in the year their decision was signed (a 2025 achievement decided in 2026 is a 2026 award); revoked
    // ones are counted apart. A person's category and a nominee unit's kind count as they stand now.
    const awardRows = (
      await readRows<Omit<AwardRow, 'count'> & { year: number; revoked: number; count: number | string }>(
        this.dataSource,
        `SELECT "signedYear" AS "year", "revoked", "awardTypeCode", "nomineeKind", "category",
            NULLIF("personCategory", '') AS "personCategory", NULLIF("nomineeUnitKind", '') AS "nomineeUnitKind", "count"
          FROM award_counts WHERE "scopeUnitId" = ${p(1)} AND "signedYear" IN (${p(2)}, ${p(3)}) AND "count" <> 0`,
        [caller.unitId, year, year - 1],
      )
    ).map((row) => ({ ...row, year: Number(row.year), revoked: Number(row.revoked) === 1, count: Number(row.count) }));
    const unitRows = await readRows<{ year: number; unitId: number; name: string; count: number | string }>(
      this.dataSource,
      `SELECT c."signedYear" AS "year", c."proposingUnitId" AS "unitId", u.name AS "name", c."count" AS "count"
        FROM unit_award_counts c JOIN units u ON u.id = c."proposingUnitId"
        WHERE u.path LIKE ${p(1)} AND c."signedYear" IN (${p(2)}, ${p(3)}) AND c."revoked" = 0 AND c."count" <> 0`,
      [`${scope}%`, year, year - 1],
    );
    const standing = (y: number) => awardRows.filter((row) => row.year === y && !row.revoked);
    const unitsIn = (y: number) =>
      unitRows
        .filter((row) => Number(row.year) === y)
        .map((row) => ({ unitId: Number(row.unitId), name: row.name, count: Number(row.count) }));
    const revokedIn = (y: number) =>
      awardRows.filter((row) => row.year === y && row.revoked).reduce((sum, row) => sum + row.count, 0);
    const thisYearsAwards = standing(year);
    const awards = awardTotals(thisYearsAwards, unitsIn(year), revokedIn(year));
    const previousAwards = awardTotals(standing(year - 1), unitsIn(year - 1), revokedIn(year - 1));

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
      processing: await this.processing(caller.unitId, year),
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

  /** Working days from a dossier's receipt to the board's answer, by the limits of `processingFigures`. */
  private async processing(scopeUnitId: number, year: number): Promise<YearlyReport['processing']> {
    const p = (index: number) => placeholder(this.dataSource, index);
    const [answers, waiting] = await Promise.all([
      readRows<{ answer: string; workingDays: number; first: number; count: number | string }>(
        this.dataSource,
        `SELECT "answer", "workingDays", "first", "count" FROM appraisal_counts
          WHERE "scopeUnitId" = ${p(1)} AND "year" = ${p(2)} AND "count" <> 0`,
        [scopeUnitId, year],
      ),
      readRows<{ receivedOn: string; count: number | string }>(
        this.dataSource,
        `SELECT "receivedOn", "count" FROM waiting_counts WHERE "scopeUnitId" = ${p(1)} AND "year" = ${p(2)} AND "count" <> 0`,
        [scopeUnitId, year],
      ),
    ]);
    const figures = processingFigures(
      answers.map((row) => ({
        answer: row.answer,
        workingDays: Number(row.workingDays),
        first: Number(row.first) === 1,
        count: Number(row.count),
      })),
      waiting.map((row) => ({ receivedOn: row.receivedOn, count: Number(row.count) })),
      todayInVietnam(),
      await this.calendar.days(),
    );
    return {
      appraised: figures.appraised,
      medianWorkingDays: figures.medianWorkingDays,
      overdue: figures.overdue,
      returnedLate: figures.returnedLate,
      returnLimitWorkingDays: RETURN_LIMIT_WORKING_DAYS,
      limitWorkingDays: APPRAISAL_LIMIT_WORKING_DAYS,
    };
  }
}

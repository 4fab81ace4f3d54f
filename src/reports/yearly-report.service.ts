import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { todayInVietnam } from '../common/time.js';
import { placeholder } from '../database/sql.js';
import { achievement } from '../movements/achievement.js';
import { Movement, Target } from '../movements/movement.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NOMINATION_STATES } from '../nominations/nomination.machine.js';
import { TransitionLog } from '../workflow/transition-log.entity.js';
import { median, workingDaysBetween } from './working-days.js';

/** Appraisal must finish within 20 working days of a complete dossier (Decree 98 Art 47). */
export const APPRAISAL_LIMIT_WORKING_DAYS = 20;
const DIRECT_LABOUR = new Set(['worker', 'farmer', 'direct_labourer']);

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
  processing: { appraised: number; medianWorkingDays: number | null; overdue: number; limitWorkingDays: number };
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(caller: CurrentUser, year: number): Promise<YearlyReport> {
    const scope = `${caller.unitPath}%`;
    const yearStart = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const unitName =
      (
        await this.dataSource.query(`SELECT name FROM units WHERE id = ${placeholder(this.dataSource, 1)}`, [
          caller.unitId,
        ])
      )[0]?.name ?? '';

    const movementRows: { state: string; count: string | number }[] = await this.dataSource
      .getRepository(Movement)
      .createQueryBuilder('movement')
      .innerJoin('movement.launchedByUnit', 'unit')
      .select('movement.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .where('unit.path LIKE :scope', { scope })
      .andWhere('movement.startDate <= :yearEnd AND movement.endDate >= :yearStart', { yearStart, yearEnd })
      .groupBy('movement.state')
      .getRawMany();
    const movementCount = (states: string[]) =>
      movementRows.filter((row) => states.includes(row.state)).reduce((sum, row) => sum + Number(row.count), 0);

    const targets = await this.dataSource
      .getRepository(Target)
      .createQueryBuilder('target')
      .innerJoin('target.movement', 'movement')
      .innerJoin('movement.launchedByUnit', 'unit')
      .where('unit.path LIKE :scope', { scope })
      .andWhere('movement.startDate <= :yearEnd AND movement.endDate >= :yearStart', { yearStart, yearEnd })
      .andWhere("movement.state IN ('launched', 'concluded', 'archived')")
      .orderBy('target.movementId', 'ASC')
      .addOrderBy('target.code', 'ASC')
      .getMany();

    const byStateRows: { state: string; count: string | number }[] = await this.nominationsInScope(scope, year)
      .select('nomination.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .groupBy('nomination.state')
      .getRawMany();
    const byState = Object.fromEntries(NOMINATION_STATES.map((state) => [state, 0])) as Record<string, number>;
    for (const row of byStateRows) byState[row.state] = Number(row.count);

    const awardRows: {
      awardTypeCode: string;
      unitId: number;
      unitName: string;
      nomineeKind: string;
      category: string | null;
      count: string | number;
    }[] = await this.nominationsInScope(scope, year)
      .leftJoin('nomination.person', 'person')
      .select('nomination.awardTypeCode', 'awardTypeCode')
      .addSelect('nomination.proposingUnitId', 'unitId')
      .addSelect('proposingUnit.name', 'unitName')
      .addSelect('nomination.nomineeKind', 'nomineeKind')
      .addSelect('person.category', 'category')
      .addSelect('COUNT(*)', 'count')
      .andWhere("nomination.state IN ('decided', 'awarded')")
      .groupBy('nomination.awardTypeCode')
      .addGroupBy('nomination.proposingUnitId')
      .addGroupBy('proposingUnit.name')
      .addGroupBy('nomination.nomineeKind')
      .addGroupBy('person.category')
      .getRawMany();
    const awards: YearlyReport['awards'] = {
      total: 0,
      byAwardType: {},
      byUnit: [],
      individuals: 0,
      collectives: 0,
      households: 0,
      directLabourers: 0,
      directLabourerShare: null,
      revoked: byState.revoked,
    };
    const units = new Map<number, { unitId: number; name: string; count: number }>();
    for (const row of awardRows) {
      const count = Number(row.count);
      awards.total += count;
      awards.byAwardType[row.awardTypeCode] = (awards.byAwardType[row.awardTypeCode] ?? 0) + count;
      const unit = units.get(Number(row.unitId)) ?? { unitId: Number(row.unitId), name: row.unitName, count: 0 };
      unit.count += count;
      units.set(unit.unitId, unit);
      if (row.nomineeKind === 'individual') awards.individuals += count;
      if (row.nomineeKind === 'collective') awards.collectives += count;
      if (row.nomineeKind === 'household') awards.households += count;
      if (row.nomineeKind === 'individual' && row.category && DIRECT_LABOUR.has(row.category))
        awards.directLabourers += count;
    }
    awards.byUnit = [...units.values()].sort((a, b) => b.count - a.count || a.unitId - b.unitId);
    awards.directLabourerShare =
      awards.individuals > 0 ? Math.round((awards.directLabourers / awards.individuals) * 10000) / 10000 : null;

    return {
      year,
      unit: { id: caller.unitId, name: unitName },
      generatedOn: todayInVietnam(),
      movements: {
        launched: movementCount(['launched', 'concluded', 'archived']),
        concluded: movementCount(['concluded', 'archived']),
      },
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
      nominations: { total: Object.values(byState).reduce((sum, n) => sum + n, 0), byState },
      awards,
      processing: await this.processing(scope, year),
    };
  }

  private nominationsInScope(scope: string, year: number) {
    return this.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('nomination')
      .innerJoin('nomination.proposingUnit', 'proposingUnit')
      .where('proposingUnit.path LIKE :scope', { scope })
      .andWhere('nomination.year = :year', { year });
  }

  /**
   * Working days from a dossier's submission (its last SUBMIT or RESUBMIT) to the board's answer (VERIFY, RETURN or REJECT).
   * Dossiers still waiting count as overdue once past the limit today.
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
      .andWhere('proposingUnit.path LIKE :scope', { scope })
      .andWhere('nomination.year = :year', { year })
      .orderBy('log.id', 'ASC')
      .getRawMany();
    const holidays = new Set(this.config.holidays);
    const toDate = (at: string) => todayInVietnam(new Date(at));
    const durations: number[] = [];
    const waitingSince = new Map<number, string>();
    let overdue = 0;
    for (const log of logs) {
      if (log.event === 'SUBMIT' || log.event === 'RESUBMIT') {
        waitingSince.set(log.entityId, toDate(log.at));
      } else if (waitingSince.has(log.entityId)) {
        const days = workingDaysBetween(waitingSince.get(log.entityId)!, toDate(log.at), holidays);
        durations.push(days);
        if (days > APPRAISAL_LIMIT_WORKING_DAYS) overdue++;
        waitingSince.delete(log.entityId);
      }
    }
    const today = todayInVietnam();
    for (const since of waitingSince.values()) {
      if (workingDaysBetween(since, today, holidays) > APPRAISAL_LIMIT_WORKING_DAYS) overdue++;
    }
    return {
      appraised: durations.length,
      medianWorkingDays: median(durations),
      overdue,
      limitWorkingDays: APPRAISAL_LIMIT_WORKING_DAYS,
    };
  }
}

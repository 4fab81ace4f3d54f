import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { todayInVietnam } from '../common/time.js';
import { CouncilBallotReceipt, CouncilSession } from '../council/council-session.entity.js';
import { Council, CouncilMember } from '../council/council.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NOMINATION_STATES, type NominationState } from '../nominations/nomination.machine.js';
import { Person } from '../people/person.entity.js';
import { APPRAISAL_LIMIT_WORKING_DAYS } from '../reports/yearly-report.service.js';
import { workingDaysBetween } from '../common/working-days.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

/** A nomination as a list row: who is nominated, for what, by whom, and where it stands. */
export interface NominationRow {
  id: number;
  year: number;
  awardTypeCode: string;
  state: string;
  nominee: string;
  unitName: string;
  submittedOn: string | null;
  daysLeft?: number;
  overdue?: boolean;
}

interface NominationFilter {
  states?: NominationState[];
  ids?: number[];
  limit?: number;
  offset?: number;
}

/**
 * The read models the pages need beyond the API's resources: list rows with names, the home page's queues, sessions
 * and decisions in the caller's scope. Scope is the same as the API's: the caller's unit and everything below it.
 */
@Injectable()
export class WebQueries {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Rows for nominations the caller may see through something other than unit scope (a council session's agenda, whose
   * access the session service has already checked): members from other departments must read what they vote on.
   */
  async agendaRows(ids: number[]): Promise<NominationRow[]> {
    if (ids.length === 0) return [];
    return (await this.nominationsUnder('/', { ids, limit: ids.length })).rows;
  }

  async nominations(
    caller: CurrentUser,
    filter: NominationFilter = {},
  ): Promise<{ rows: NominationRow[]; total: number }> {
    return this.nominationsUnder(caller.unitPath, filter);
  }

  /** Nominations proposed by units whose path starts with `scope`. */
  private async nominationsUnder(
    scope: string,
    filter: NominationFilter,
  ): Promise<{ rows: NominationRow[]; total: number }> {
    const builder = this.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('nomination')
      .innerJoin('nomination.proposingUnit', 'proposingUnit')
      .leftJoin('nomination.person', 'person')
      .leftJoin('nomination.nomineeUnit', 'nomineeUnit')
      .select([
        'nomination.id AS "id"',
        'nomination.year AS "year"',
        'nomination.awardTypeCode AS "awardTypeCode"',
        'nomination.state AS "state"',
        'nomination.submittedOn AS "submittedOn"',
        'nomination.householdHeadName AS "householdHeadName"',
        'person.fullName AS "personName"',
        'nomineeUnit.name AS "nomineeUnitName"',
        'proposingUnit.name AS "unitName"',
      ])
      .where('proposingUnit.path LIKE :scope', { scope: `${scope}%` });
    if (filter.states?.length) builder.andWhere('nomination.state IN (:...states)', { states: filter.states });
    if (filter.ids?.length) builder.andWhere('nomination.id IN (:...ids)', { ids: filter.ids });
    const total = await builder.clone().getCount();
    const raw: Record<string, unknown>[] = await builder
      .orderBy('nomination.id', 'DESC')
      .offset(filter.offset ?? 0)
      .limit(filter.limit ?? 50)
      .getRawMany();
    return {
      total,
      rows: raw.map((row) => ({
        id: Number(row.id),
        year: Number(row.year),
        awardTypeCode: String(row.awardTypeCode),
        state: String(row.state),
        submittedOn: (row.submittedOn as string | null) ?? null,
        unitName: String(row.unitName),
        nominee: String(
          row.personName ?? row.nomineeUnitName ?? (row.householdHeadName ? `Hộ ${row.householdHeadName}` : ''),
        ),
      })),
    };
  }

  async countsByState(caller: CurrentUser): Promise<{ state: string; count: number }[]> {
    const rows: { state: string; count: string | number }[] = await this.dataSource
      .getRepository(Nomination)
      .createQueryBuilder('nomination')
      .innerJoin('nomination.proposingUnit', 'proposingUnit')
      .select('nomination.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .where('proposingUnit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .groupBy('nomination.state')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.state, Number(row.count)]));
    return NOMINATION_STATES.filter((state) => counts.has(state)).map((state) => ({
      state,
      count: counts.get(state)!,
    }));
  }

  /** Submitted dossiers with the working days left of the 20-day appraisal limit (Decree 98 Art 47). */
  async verificationQueue(caller: CurrentUser): Promise<NominationRow[]> {
    const { rows } = await this.nominations(caller, { states: ['submitted'], limit: 200 });
    const holidays = new Set(this.config.holidays);
    const today = todayInVietnam();
    return rows
      .map((row) => {
        const used = row.submittedOn
          ? workingDaysBetween(row.submittedOn, today, holidays, APPRAISAL_LIMIT_WORKING_DAYS)
          : 0;
        return { ...row, daysLeft: APPRAISAL_LIMIT_WORKING_DAYS - used, overdue: used > APPRAISAL_LIMIT_WORKING_DAYS };
      })
      .sort((a, b) => a.daysLeft - b.daysLeft);
  }

  /** Council sessions the caller sits on or whose council belongs to the caller's scope, newest first. */
  async sessions(caller: CurrentUser) {
    const memberOf = await this.dataSource
      .getRepository(CouncilMember)
      .find({ select: { councilId: true }, where: { userId: caller.id } });
    const councils = await this.dataSource
      .getRepository(Council)
      .createQueryBuilder('council')
      .innerJoin('council.unit', 'unit')
      .where('unit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .orWhere('council.id IN (:...ids)', { ids: [0, ...memberOf.map((m) => m.councilId)] })
      .getMany();
    if (councils.length === 0) return { councils, sessions: [] };
    const sessions = await this.dataSource.getRepository(CouncilSession).find({
      where: { councilId: In(councils.map((c) => c.id)) },
      order: { id: 'DESC' },
      take: 100,
    });
    const voted = sessions.length
      ? await this.dataSource.getRepository(CouncilBallotReceipt).find({
          select: { sessionId: true },
          where: { userId: caller.id, sessionId: In(sessions.map((s) => s.id)) },
        })
      : [];
    const votedIn = new Set(voted.map((receipt) => receipt.sessionId));
    const memberCouncils = new Set(memberOf.map((m) => m.councilId));
    return {
      councils,
      sessions: sessions.map((session) => ({
        ...session,
        councilName: councils.find((c) => c.id === session.councilId)?.name ?? '',
        awaitingMyVote: session.state === 'open' && memberCouncils.has(session.councilId) && !votedIn.has(session.id),
      })),
    };
  }

  async decisions(caller: CurrentUser) {
    return this.dataSource
      .getRepository(Decision)
      .createQueryBuilder('decision')
      .innerJoinAndSelect('decision.issuingUnit', 'unit')
      .where('unit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .orderBy('decision.id', 'DESC')
      .take(100)
      .getMany();
  }

  /** Units in the caller's scope, in tree order (a materialised path sorts parents before children). */
  async units(caller: CurrentUser) {
    return this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('unit')
      .where('unit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .orderBy('unit.path', 'ASC')
      .take(1000)
      .getMany();
  }

  async users(caller: CurrentUser) {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoinAndSelect('user.unit', 'unit')
      .where('unit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .orderBy('user.username', 'ASC')
      .take(1000)
      .getMany();
  }

  async people(caller: CurrentUser) {
    return this.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.unit', 'unit')
      .where('unit.path LIKE :scope', { scope: `${caller.unitPath}%` })
      .orderBy('person.fullName', 'ASC')
      .take(1000)
      .getMany();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { findAwardType, findRuleSet, ruleSetOn, type AwardType, type RuleSet } from '../award-types/catalogue.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { todayInVietnam } from '../common/time.js';
import { Discipline, Initiative, PersonAward, PersonEvaluation } from '../people/person-facts.entity.js';
import { Person } from '../people/person.entity.js';
import type { Rating } from '../common/rating.js';
import { achievement, exceeded } from '../movements/achievement.js';
import { EmulationCluster, Target } from '../movements/movement.entity.js';
import { Registration } from '../registrations/registration.entity.js';
import { UnitRestriction } from '../units/unit-restriction.entity.js';
import { UnitEvaluation } from '../units/unit-evaluation.entity.js';
import type { EligibilityInput, HeldAward, QuotaUse } from './eligibility.js';
import { Nomination } from './nomination.entity.js';
import type { NominationState } from './nomination.machine.js';

/** States in which a nomination no longer stands: it neither blocks another nor counts as held. */
export const CLOSED_STATES: NominationState[] = ['rejected', 'withdrawn', 'revoked'];
const HELD_STATES: NominationState[] = ['decided', 'awarded'];
const PENDING_STATES: NominationState[] = ['submitted', 'verified', 'in_council', 'approved', 'forwarded'];

/** The rule set a nomination is judged under: the one recorded at submission, or the one in force today for a draft. */
export function ruleSetOf(nomination: Pick<Nomination, 'ruleSetCode'>): RuleSet {
  return (nomination.ruleSetCode && findRuleSet(nomination.ruleSetCode)) || ruleSetOn(todayInVietnam());
}

export function awardTypeOf(nomination: Pick<Nomination, 'ruleSetCode' | 'awardTypeCode'>): AwardType {
  const awardType = findAwardType(nomination.awardTypeCode, ruleSetOf(nomination));
  if (!awardType) throw new Error(`Unknown award type ${nomination.awardTypeCode}`);
  return awardType;
}

/** Loads, in a handful of queries, everything the pure eligibility rules read about one nomination. */
@Injectable()
export class EligibilityFacts {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async load(manager: EntityManager, nomination: Nomination): Promise<EligibilityInput> {
    const awardType = awardTypeOf(nomination);
    const input: EligibilityInput = {
      year: nomination.year,
      category: nomination.category,
      nomineeKind: nomination.nomineeKind,
      awardType,
      duplicateNominationIds: await this.duplicates(manager, nomination),
      registration: { required: this.config.requireRegistration, registered: false },
      advancedShare: this.config.collectiveAdvancedShare,
      quotas: await this.quotaUses(manager, nomination),
    };
    if (this.config.requireRegistration) {
      input.registration.registered = await manager.existsBy(Registration, {
        year: nomination.year,
        awardTypeCode: nomination.awardTypeCode,
        ...(nomination.personId ? { personId: nomination.personId } : { unitId: nomination.nomineeUnitId ?? -1 }),
      });
    }
    if (nomination.personId) input.person = await this.personFacts(manager, nomination);
    if (nomination.nomineeUnitId) {
      input.collective = await this.collectiveFacts(manager, nomination.nomineeUnitId, nomination.year);
    }
    return input;
  }

  private async personFacts(
    manager: EntityManager,
    nomination: Nomination,
  ): Promise<NonNullable<EligibilityInput['person']>> {
    const personId = nomination.personId!;
    // One after another: inside a transaction they share one connection (PostgreSQL cannot run them concurrently on it).
    const ratings = await manager.findBy(PersonEvaluation, { personId });
    const recorded = await manager.findBy(PersonAward, { personId });
    const nominations = await manager.find(Nomination, {
      select: { id: true, year: true, awardTypeCode: true, category: true, state: true },
      where: { personId, id: Not(nomination.id), state: In([...HELD_STATES, ...PENDING_STATES]) },
    });
    const initiatives = await manager.findBy(Initiative, { personId });
    const disciplines = await manager.findBy(Discipline, { personId });
    const awards: HeldAward[] = [
      // An award a decision of this system wrote is counted through its nomination below, not twice.
      ...recorded
        .filter((award) => award.nominationId === null)
        .map((award) => ({ year: award.year, awardTypeCode: award.awardTypeCode, category: award.category })),
      ...nominations.map((other) => ({
        year: other.year,
        awardTypeCode: other.awardTypeCode,
        category: other.category,
        pending: PENDING_STATES.includes(other.state),
      })),
    ];
    const person = await manager.findOne(Person, { select: { id: true, category: true }, where: { id: personId } });
    return {
      category: person?.category,
      ratings: new Map(ratings.filter((row) => row.rating !== null).map((row) => [row.year, row.rating as Rating])),
      workerCriteriaYears: new Set(ratings.filter((row) => row.workerCriteriaMet).map((row) => row.year)),
      awards,
      initiatives,
      disciplines,
    };
  }

  /** A unit's evaluation, whether it leads a cluster or bloc that year, and the targets assigned to it in that year's movements. */
  private async collectiveFacts(
    manager: EntityManager,
    unitId: number,
    year: number,
  ): Promise<NonNullable<EligibilityInput['collective']>> {
    const evaluations = await manager.findBy(UnitEvaluation, { unitId });
    const evaluation = evaluations.find((row) => row.year === year) ?? null;
    const held = await manager.find(Nomination, {
      select: { id: true, year: true, awardTypeCode: true, category: true, state: true },
      where: { nomineeUnitId: unitId, state: In([...HELD_STATES]) },
    });
    const leads = await manager.existsBy(EmulationCluster, { leaderUnitId: unitId, year });
    const targets = await manager
      .getRepository(Target)
      .createQueryBuilder('target')
      .innerJoin('target.movement', 'movement')
      .where('target.assigneeUnitId = :unitId', { unitId })
      .andWhere('movement.startDate <= :yearEnd AND movement.endDate >= :yearStart', {
        yearStart: `${year}-01-01`,
        yearEnd: `${year}-12-31`,
      })
      .andWhere("movement.state IN ('launched', 'concluded', 'archived')")
      .getMany();
    const restrictions = await manager.findBy(UnitRestriction, { unitId });
    return {
      restrictions,
      ratings: new Map(evaluations.map((row) => [row.year, row.rating])),
      awards: held.map((award) => ({ year: award.year, awardTypeCode: award.awardTypeCode, category: award.category })),
      evaluation: evaluation ? { ...evaluation, leadsCluster: evaluation.leadsCluster || leads } : undefined,
      assignedTargets: targets.map((target) => ({
        code: target.code,
        achieved:
          achievement(target.direction, target.targetValue, target.latestValue, target.tolerance).achieved === true,
        exceeded: exceeded(target.direction, target.targetValue, target.latestValue, target.tolerance),
      })),
    };
  }

  /** Law Art 5: one achievement, one form. */
  private async duplicates(manager: EntityManager, nomination: Nomination): Promise<number[]> {
    const subject = nomination.personId
      ? { personId: nomination.personId }
      : nomination.nomineeUnitId
        ? { nomineeUnitId: nomination.nomineeUnitId }
        : {
            householdHeadName: nomination.householdHeadName ?? '',
            householdCommuneUnitId: nomination.householdCommuneUnitId ?? -1,
          };
    const rows = await manager.find(Nomination, {
      select: { id: true },
      where: {
        ...subject,
        year: nomination.year,
        category: nomination.category,
        awardTypeCode: nomination.awardTypeCode,
        id: Not(nomination.id),
        state: Not(In(CLOSED_STATES)),
      },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  private async quotaUses(manager: EntityManager, nomination: Nomination): Promise<QuotaUse[]> {
    const rules = this.config.quotas.filter((rule) => rule.awardTypeCode === nomination.awardTypeCode);
    const count = (awardTypeCode: string) =>
      manager.countBy(Nomination, {
        proposingUnitId: nomination.proposingUnitId,
        year: nomination.year,
        awardTypeCode,
        id: Not(nomination.id),
        state: Not(In([...CLOSED_STATES, 'draft'])),
      });
    const uses: QuotaUse[] = [];
    for (const rule of rules) {
      const used = await count(rule.awardTypeCode);
      if (rule.maxCount !== undefined) {
        uses.push({
          description: `${rule.awardTypeCode} tối đa ${rule.maxCount} mỗi đơn vị mỗi năm`,
          limit: rule.maxCount,
          used,
        });
      }
      if (rule.maxShareOf) {
        const base = await count(rule.maxShareOf.awardTypeCode);
        uses.push({
          description: `${rule.awardTypeCode} ≤ ${Math.round(rule.maxShareOf.share * 100)}% số ${rule.maxShareOf.awardTypeCode}`,
          limit: Math.floor(base * rule.maxShareOf.share),
          used,
        });
      }
    }
    return uses;
  }
}

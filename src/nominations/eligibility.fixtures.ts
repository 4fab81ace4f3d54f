import { findAwardType } from '../award-types/catalogue.js';
import type { Rating } from '../common/rating.js';
import type { EligibilityInput, HeldAward, PersonFacts } from './eligibility.js';

/** Builders for eligibility scenarios: a clean record that each scenario changes in one respect. */
export function person(overrides: Partial<PersonFacts> & { ratings?: PersonFacts['ratings'] } = {}): PersonFacts {
  return { ratings: new Map<number, Rating>(), awards: [], initiatives: [], disciplines: [], ...overrides };
}

export function ratings(entries: Record<number, Rating>): Map<number, Rating> {
  return new Map(Object.entries(entries).map(([year, rating]) => [Number(year), rating]));
}

export function held(awardTypeCode: string, ...years: number[]): HeldAward[] {
  return years.map((year) => ({ year, awardTypeCode, category: 'merit' }));
}

export function input(awardTypeCode: string, overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  const awardType = findAwardType(awardTypeCode);
  if (!awardType) throw new Error(awardTypeCode);
  return {
    year: 2024,
    category: 'merit',
    nomineeKind: awardType.nomineeKind === 'collective' ? 'collective' : 'individual',
    awardType,
    duplicateNominationIds: [],
    registration: { required: false, registered: false },
    quotas: [],
    ...overrides,
  };
}

export function rules(violations: { rule: string }[]): string[] {
  return violations.map((violation) => violation.rule);
}

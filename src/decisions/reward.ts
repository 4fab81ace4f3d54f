import type { AwardType } from '../award-types/catalogue.js';
import type { BaseSalary } from '../config/app-config.js';
import type { NomineeKind } from '../nominations/nomination.entity.js';

/**
 * The base salary in force on a day (Decree 152 Art 49: reward money is a multiple of the base salary in force on the
 * date of the decision). `table` is sorted by `from`; a day before the first entry takes the first.
 */
export function baseSalaryOn(table: readonly BaseSalary[], day: string): number {
  const inForce = table.filter((entry) => entry.from <= day);
  return (inForce.length > 0 ? inForce[inForce.length - 1] : table[0]).vnd;
}

/** "Rounded up to the next ten thousand đồng" (Decree 152 Art 49(2), as Decree 91/2017 Art 68(2) before it). */
export function roundUpToTenThousand(vnd: number): number {
  return Math.ceil(Math.round(vnd) / 10_000) * 10_000;
}

/**
 * Reward money (Decree 152 Arts 50–54): a multiple of the base salary, rounded up to the next 10,000 VND. Households get
 * 1.5 × the individual amount; the individual multiples for Bằng khen and Giấy khen come from the province's
 * configuration. Null where the province pays nothing (an award it does not set an amount for).
 */
export function rewardAmountVnd(
  awardType: AwardType,
  nomineeKind: NomineeKind,
  baseSalaryVnd: number,
  individualMultiples: Readonly<Record<string, number>>,
): number | null {
  const individual = awardType.rewardMultiple.individual ?? individualMultiples[awardType.code] ?? null;
  const multiple =
    nomineeKind === 'collective'
      ? awardType.rewardMultiple.collective
      : nomineeKind === 'household'
        ? individual === null
          ? null
          : individual * 1.5
        : individual;
  return multiple === null ? null : roundUpToTenThousand(multiple * baseSalaryVnd);
}

/** One award of a decision, for `payableAmounts`: whose it is (a person, or null), for which year, and its amount. */
export interface AwardAmount {
  personId: number | null;
  year: number;
  amountVnd: number | null;
}

/**
 * What each award pays when one person receives several titles or forms for the same year: only the highest amount
 * (Decree 152 Art 49(5)). Within a decision the highest award pays it and the others 0; `alreadyPaid` (person → year →
 * VND) counts what earlier decisions paid the same person for the year, so that a later, higher award pays only the
 * difference and a lower one nothing. Collectives and households are paid in full.
 */
export function payableAmounts(
  awards: readonly AwardAmount[],
  alreadyPaid: ReadonlyMap<number, ReadonlyMap<number, number>> = new Map(),
): (number | null)[] {
  const paid = new Map<string, number>();
  for (const [personId, years] of alreadyPaid) {
    for (const [year, vnd] of years) paid.set(`${personId}:${year}`, vnd);
  }
  // The highest amount of each person and year is paid first; equal amounts go to the first in the decision's order.
  const order = awards
    .map((award, index) => ({ award, index }))
    .sort((a, b) => (b.award.amountVnd ?? 0) - (a.award.amountVnd ?? 0) || a.index - b.index);
  const payable: (number | null)[] = awards.map((award) => award.amountVnd);
  for (const { award, index } of order) {
    if (award.personId === null || award.amountVnd === null) continue;
    const key = `${award.personId}:${award.year}`;
    const before = paid.get(key) ?? 0;
    payable[index] = Math.max(0, award.amountVnd - before);
    paid.set(key, Math.max(before, award.amountVnd));
  }
  return payable;
}

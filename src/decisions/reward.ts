import type { AwardType } from '../award-types/catalogue.js';
import type { NomineeKind } from '../nominations/nomination.entity.js';

/**
 * Reward money (Decree 152 Arts 50–54): a multiple of the base salary. Households get 1.5 × the individual amount; the
 * individual multiples for Bằng khen and Giấy khen come from the province's configuration. Rounded to whole đồng.
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
  return multiple === null ? null : Math.round(multiple * baseSalaryVnd);
}

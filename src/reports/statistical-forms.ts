/**
 * The statistical forms of Circular 02/2023/TT-BNV (biểu mẫu thống kê ngành Nội vụ) that the yearly report carries:
 * 0601.N movements, 0602.N state-level awards and 0603.N province-level awards. Pure functions over grouped rows, so the
 * classification is tested without a database and every view prints the same numbers.
 */
import { findAwardType } from '../award-types/catalogue.js';
import { DURATION_BUCKETS, durationBucket, launchingLevel } from '../movements/classification.js';
import { MOVEMENT_KINDS, MOVEMENT_SCOPES } from '../movements/movement.entity.js';
import { NOMINATION_CATEGORIES } from '../nominations/nomination.entity.js';
import type { UnitKind } from '../units/unit-kinds.js';

export const LAUNCHING_LEVELS = ['province', 'department', 'district', 'commune', 'other'] as const;

type Counts<K extends string> = Record<K, number>;

function zeros<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Counts<K>;
}

export interface MovementRow {
  launchingUnitKind: UnitKind;
  kind: (typeof MOVEMENT_KINDS)[number];
  scope: (typeof MOVEMENT_SCOPES)[number];
  startDate: string;
  endDate: string;
}

export interface Form0601Row {
  level: (typeof LAUNCHING_LEVELS)[number];
  total: number;
  byScope: Counts<(typeof MOVEMENT_SCOPES)[number]>;
  byDuration: Counts<(typeof DURATION_BUCKETS)[number]>;
  byKind: Counts<(typeof MOVEMENT_KINDS)[number]>;
}

/** Form 0601.N: movements launched, by launching level, then by scope, duration and kind (regular, thematic…). */
export function form0601(movements: MovementRow[]): Form0601Row[] {
  const rows = LAUNCHING_LEVELS.map((level) => ({
    level,
    total: 0,
    byScope: zeros(MOVEMENT_SCOPES),
    byDuration: zeros(DURATION_BUCKETS),
    byKind: zeros(MOVEMENT_KINDS),
  }));
  for (const movement of movements) {
    const row = rows.find((candidate) => candidate.level === launchingLevel(movement.launchingUnitKind))!;
    row.total++;
    row.byScope[movement.scope]++;
    row.byDuration[durationBucket(movement.startDate, movement.endDate)]++;
    row.byKind[movement.kind]++;
  }
  return rows;
}

/**
 * Recipient columns of forms 0602.N and 0603.N. Leaders, workers and farmers are individuals by their person category;
 * enterprises are collectives whose unit is an enterprise. Households have their own column.
 */
export const RECIPIENT_TYPES = ['enterprise', 'leader', 'direct_labourer'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];
const DIRECT_LABOUR = new Set(['worker', 'farmer', 'direct_labourer']);

export interface AwardRow {
  awardTypeCode: string;
  nomineeKind: 'individual' | 'collective' | 'household';
  personCategory: string | null;
  nomineeUnitKind: string | null;
  category: (typeof NOMINATION_CATEGORIES)[number];
  count: number;
}

export interface AwardFormRow {
  awardTypeCode: string;
  name: string;
  total: number;
  individuals: number;
  collectives: number;
  households: number;
  byRecipient: Counts<RecipientType>;
  byCategory: Counts<(typeof NOMINATION_CATEGORIES)[number]>;
}

export type AwardLevel = 'state' | 'province' | 'unit';

/** State-level awards go up to the Prime Minister or the President; the provincial chairman confers the rest above units. */
export function awardLevel(awardTypeCode: string): AwardLevel {
  const route = findAwardType(awardTypeCode)?.route;
  if (route === 'council_forward') return 'state';
  if (route === 'council' || route === 'board_chairman') return 'province';
  return 'unit';
}

export function recipientType(
  row: Pick<AwardRow, 'nomineeKind' | 'personCategory' | 'nomineeUnitKind'>,
): RecipientType | null {
  if (row.nomineeKind === 'household') return null;
  if (row.nomineeKind === 'collective') return row.nomineeUnitKind === 'enterprise' ? 'enterprise' : null;
  if (row.personCategory === 'leader') return 'leader';
  return row.personCategory && DIRECT_LABOUR.has(row.personCategory) ? 'direct_labourer' : null;
}

/** Forms 0602.N (level `state`) and 0603.N (level `province`): awards by form, nominee kind, recipient type and category. */
export function awardForm(awards: AwardRow[], level: Exclude<AwardLevel, 'unit'>): AwardFormRow[] {
  const rows = new Map<string, AwardFormRow>();
  for (const award of awards) {
    if (awardLevel(award.awardTypeCode) !== level) continue;
    let row = rows.get(award.awardTypeCode);
    if (!row) {
      row = {
        awardTypeCode: award.awardTypeCode,
        name: findAwardType(award.awardTypeCode)?.name ?? award.awardTypeCode,
        total: 0,
        individuals: 0,
        collectives: 0,
        households: 0,
        byRecipient: zeros(RECIPIENT_TYPES),
        byCategory: zeros(NOMINATION_CATEGORIES),
      };
      rows.set(award.awardTypeCode, row);
    }
    row.total += award.count;
    if (award.nomineeKind === 'individual') row.individuals += award.count;
    if (award.nomineeKind === 'collective') row.collectives += award.count;
    if (award.nomineeKind === 'household') row.households += award.count;
    const recipient = recipientType(award);
    if (recipient) row.byRecipient[recipient] += award.count;
    row.byCategory[award.category] += award.count;
  }
  return [...rows.values()].sort((a, b) => a.awardTypeCode.localeCompare(b.awardTypeCode));
}

import type { AwardType } from '../award-types/catalogue.js';
import type { RuleViolation } from '../common/app-error.js';
import type { Rating } from '../common/rating.js';
import type { DisciplineLevel, InitiativeScope } from '../people/person-facts.entity.js';
import type { NominationCategory, NomineeKind } from './nomination.entity.js';

/** An award the nominee holds (or, for the nomination year, one still in progress that the same review may confer). */
export interface HeldAward {
  year: number;
  awardTypeCode: string;
  category: string;
  /** True for a nomination of the same year still under review (not yet decided). */
  pending?: boolean;
}

export interface PersonFacts {
  /** The person's category (worker, farmer …): Law Art 24(2) judges workers and farmers on the province's criteria. */
  category?: string;
  ratings: ReadonlyMap<number, Rating>;
  /** Years in which a worker or farmer outside the public sector met the province's criteria for LĐTT. */
  workerCriteriaYears?: ReadonlySet<number>;
  awards: readonly HeldAward[];
  initiatives: readonly { scope: InitiativeScope; recognizedOn: string; kind?: string }[];
  disciplines: readonly { level: DisciplineLevel; from: string; to: string | null; pendingInvestigation: boolean }[];
}

export interface CollectiveFacts {
  /** The unit's ratings by year (its evaluations), for the multi-year paths. */
  ratings?: ReadonlyMap<number, Rating>;
  /** Collective titles and forms the unit holds, as `HeldAward`s. */
  awards?: readonly HeldAward[];
  evaluation?: {
    rating: Rating;
    membersTotal: number;
    membersCompletedTasks: number;
    membersAdvancedWorkers: number;
    membersGrassrootsEmulationSoldiers: number;
    membersDisciplinedWarningOrAbove: number;
    leadsCluster: boolean;
  };
  /** Inspections pending against the unit, and its head disciplined for its failings (Decree 152 Art 4(4)). */
  restrictions?: readonly { basis: string; startsOn: string; endsOn: string | null }[];
  /** Targets assigned to the unit in the year's movements: whether each was achieved, and exceeded. */
  assignedTargets: readonly { code: string; achieved: boolean; exceeded?: boolean }[];
}

export interface QuotaUse {
  description: string;
  limit: number;
  /** Nominations already counted against the limit, this one excluded. */
  used: number;
}

export interface EligibilityInput {
  year: number;
  /**
   * The day the check is made: the appraisal (today), the council's close or the decision's signing. No award while a
   * discipline is served or an investigation is pending on that day, whatever the evaluation year (Decree 152 Art 4(4)).
   */
  asOf?: string;
  category: NominationCategory;
  nomineeKind: NomineeKind;
  awardType: AwardType;
  person?: PersonFacts;
  collective?: CollectiveFacts;
  /** Ids of other open or decided nominations of the same nominee, year, category and award type. */
  duplicateNominationIds: readonly number[];
  registration: { required: boolean; registered: boolean };
  quotas: readonly QuotaUse[];
  /** The share of members holding LĐTT the collective titles need (configurable; 70 % by default). */
  advancedShare?: number;
}

const GOOD_OR_BETTER: ReadonlySet<Rating> = new Set(['excellent', 'good']);
/** People judged for LĐTT on the province's criteria for workers and farmers, when the unit confirms them (Law Art 24(2)). */
const WORKER_CATEGORIES: ReadonlySet<string> = new Set(['worker', 'farmer', 'direct_labourer']);
/** Ad hoc and thematic awards do not count toward multi-year chains (Decree 152 Art 4(3)). */
const CHAIN_CATEGORIES: ReadonlySet<string> = new Set(['merit']);

/** An article as English readers cite it: "Luật TĐKT 2022 Điều 24" → "Law 06/2022 Art 24". */
function articleInEnglish(article: string): string {
  return article
    .replace('Luật TĐKT 2022 Điều', 'Law 06/2022 Art')
    .replace(/Nghị định (\S+) Điều/, 'Decree $1 Art')
    .replace('Quy định thi đua của tỉnh', 'the province’s emulation regulation');
}

/** A violated rule, in Vietnamese and English, each ending with the article it applies. */
function v(rule: string, article: string, message: string, messageEn: string): RuleViolation {
  return { rule, message: `${message} (${article})`, messageEn: `${messageEn} (${articleInEnglish(article)})` };
}

function holds(
  person: PersonFacts,
  code: string,
  year: number,
  options: { chain?: boolean; allowPending?: boolean } = {},
): boolean {
  return person.awards.some(
    (award) =>
      award.awardTypeCode === code &&
      award.year === year &&
      (!award.pending || options.allowPending) &&
      (!options.chain || CHAIN_CATEGORIES.has(award.category)),
  );
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function initiativesIn(person: PersonFacts, from: number, to: number, scopes: readonly InitiativeScope[]) {
  return person.initiatives.filter(
    (initiative) =>
      scopes.includes(initiative.scope) &&
      yearOf(initiative.recognizedOn) >= from &&
      yearOf(initiative.recognizedOn) <= to,
  );
}

function share(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}

/** Rules of each award type for individuals (Law Arts 21–24, 74). */
function individualRules(type: AwardType, year: number, person: PersonFacts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const rating = person.ratings.get(year);
  switch (type.code) {
    case 'lao_dong_tien_tien': {
      // Workers and farmers outside the public sector: the province's criteria, confirmed by the unit (Law Art 24(2)).
      const worker = WORKER_CATEGORIES.has(person.category ?? '') && (person.workerCriteriaYears?.has(year) ?? false);
      if (!worker && (!rating || !GOOD_OR_BETTER.has(rating))) {
        violations.push(
          v(
            'lao_dong_tien_tien.rating',
            'Luật TĐKT 2022 Điều 24',
            `Năm ${year} chưa được xếp loại hoàn thành tốt nhiệm vụ trở lên (công nhân, nông dân: chưa được xác nhận đạt tiêu chí của tỉnh)`,
            `Not rated at least "completed well" in ${year} (workers and farmers: the province's criteria not confirmed)`,
          ),
        );
      }
      break;
    }
    case 'chien_si_thi_dua_co_so':
      if (!holds(person, 'lao_dong_tien_tien', year, { allowPending: true })) {
        violations.push(
          v(
            'chien_si_thi_dua_co_so.advanced_worker',
            'Luật TĐKT 2022 Điều 23',
            `Năm ${year} chưa đạt danh hiệu Lao động tiên tiến`,
            `Does not hold Lao động tiên tiến for ${year}`,
          ),
        );
      }
      if (
        rating !== 'excellent' &&
        initiativesIn(person, year, year, ['grassroots', 'provincial', 'national']).length === 0
      ) {
        violations.push(
          v(
            'chien_si_thi_dua_co_so.excellence',
            'Luật TĐKT 2022 Điều 23',
            `Năm ${year} chưa hoàn thành xuất sắc nhiệm vụ, chưa có sáng kiến được công nhận hay đề tài khoa học được nghiệm thu`,
            `Neither rated excellent nor credited with a recognised initiative or an accepted science project in ${year}`,
          ),
        );
      }
      break;
    case 'chien_si_thi_dua_tinh': {
      const missing = [year - 2, year - 1, year].filter(
        (y) => !holds(person, 'chien_si_thi_dua_co_so', y, { chain: true, allowPending: y === year }),
      );
      if (missing.length > 0) {
        violations.push(
          v(
            'chien_si_thi_dua_tinh.consecutive_grassroots',
            'Luật TĐKT 2022 Điều 22',
            `Chưa đạt Chiến sĩ thi đua cơ sở 3 năm liên tục ${year - 2}–${year} (thiếu năm ${missing.join(', ')})`,
            `Not Chiến sĩ thi đua cơ sở in 3 consecutive years ${year - 2}–${year} (missing ${missing.join(', ')})`,
          ),
        );
      }
      // Years that founded an earlier CSTĐ tỉnh do not count again: the next one needs three new years (Law Art 22).
      const earlier = person.awards
        .filter(
          (award) =>
            award.awardTypeCode === 'chien_si_thi_dua_tinh' &&
            !award.pending &&
            CHAIN_CATEGORIES.has(award.category) &&
            award.year >= year - 2 &&
            award.year < year,
        )
        .map((award) => award.year);
      if (earlier.length > 0) {
        violations.push(
          v(
            'chien_si_thi_dua_tinh.years_used',
            'Luật TĐKT 2022 Điều 22',
            `Các năm Chiến sĩ thi đua cơ sở đến ${Math.max(...earlier)} đã được tính cho danh hiệu Chiến sĩ thi đua cấp tỉnh năm ${Math.max(...earlier)}: cần 3 năm mới liên tục`,
            `The grassroots years up to ${Math.max(...earlier)} already founded the provincial title of ${Math.max(...earlier)}: three new consecutive years are needed`,
          ),
        );
      }
      if (initiativesIn(person, year - 2, year, ['provincial', 'national']).length === 0) {
        violations.push(
          v(
            'chien_si_thi_dua_tinh.provincial_initiative',
            'Luật TĐKT 2022 Điều 22',
            `Chưa có sáng kiến phạm vi cấp tỉnh được công nhận trong các năm ${year - 2}–${year}`,
            `No initiative of provincial scope recognised in ${year - 2}–${year}`,
          ),
        );
      }
      break;
    }
    case 'chien_si_thi_dua_toan_quoc': {
      // Two consecutive conferrals of CSTĐ tỉnh, each founded on its own three CSTĐCS years: this year's and the one
      // three years before (Law Art 21).
      const missing = [year - 3, year].filter(
        (y) => !holds(person, 'chien_si_thi_dua_tinh', y, { chain: true, allowPending: y === year }),
      );
      if (missing.length > 0) {
        violations.push(
          v(
            'chien_si_thi_dua_toan_quoc.consecutive_provincial',
            'Luật TĐKT 2022 Điều 21',
            `Chưa đạt Chiến sĩ thi đua cấp tỉnh 2 lần liên tục (năm ${year - 3} và năm ${year}, mỗi lần dựa trên 3 năm Chiến sĩ thi đua cơ sở riêng; thiếu năm ${missing.join(', ')})`,
            `Not Chiến sĩ thi đua cấp tỉnh twice in a row (${year - 3} and ${year}, each on its own three grassroots years; missing ${missing.join(', ')})`,
          ),
        );
      }
      if (initiativesIn(person, year - 5, year, ['national']).length === 0) {
        violations.push(
          v(
            'chien_si_thi_dua_toan_quoc.national_initiative',
            'Luật TĐKT 2022 Điều 21',
            `Chưa có sáng kiến phạm vi toàn quốc trong các năm ${year - 5}–${year}`,
            `No initiative of national scope in ${year - 5}–${year}`,
          ),
        );
      }
      break;
    }
    case 'bang_khen_tinh':
      // Its checkable path is judged in `ownCriteria`; failing it leaves the judgement to the board, not a refusal.
      break;
  }
  return violations;
}

/** Rules of each award type for collectives (Law Arts 26–28; the 70 % shares follow the provincial model). */
function collectiveRules(type: AwardType, year: number, collective: CollectiveFacts, required = 0.7): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const evaluation = collective.evaluation;
  const needsEvaluation = ['tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac', 'co_thi_dua_tinh'].includes(
    type.code,
  );
  if (needsEvaluation && !evaluation) {
    return [
      v(
        `${type.code}.evaluation`,
        'Luật TĐKT 2022 Điều 26–28',
        `Chưa có kết quả đánh giá tập thể năm ${year}`,
        `No collective evaluation recorded for ${year}`,
      ),
    ];
  }
  if (!evaluation) return violations;
  const advanced = share(evaluation.membersAdvancedWorkers, evaluation.membersTotal);
  switch (type.code) {
    case 'tap_the_lao_dong_tien_tien':
      if (!GOOD_OR_BETTER.has(evaluation.rating)) {
        violations.push(
          v(
            'tap_the_lao_dong_tien_tien.rating',
            'Luật TĐKT 2022 Điều 28',
            'Tập thể chưa hoàn thành tốt nhiệm vụ',
            'The collective did not complete its tasks well',
          ),
        );
      }
      if (advanced < required) {
        violations.push(
          v(
            'tap_the_lao_dong_tien_tien.advanced_share',
            'Luật TĐKT 2022 Điều 28',
            `Tỷ lệ Lao động tiên tiến ${Math.round(advanced * 100)}% dưới ${Math.round(required * 100)}%`,
            `Lao động tiên tiến share ${Math.round(advanced * 100)}% is below ${Math.round(required * 100)}%`,
          ),
        );
      }
      if (evaluation.membersDisciplinedWarningOrAbove > 0) {
        violations.push(
          v(
            'tap_the_lao_dong_tien_tien.no_warning',
            'Luật TĐKT 2022 Điều 28',
            'Có thành viên bị kỷ luật từ cảnh cáo trở lên',
            'A member was disciplined at warning or above',
          ),
        );
      }
      break;
    case 'tap_the_lao_dong_xuat_sac':
      if (evaluation.rating !== 'excellent') {
        violations.push(
          v(
            'tap_the_lao_dong_xuat_sac.rating',
            'Luật TĐKT 2022 Điều 27',
            'Tập thể chưa hoàn thành xuất sắc nhiệm vụ',
            'The collective did not complete its tasks excellently',
          ),
        );
      }
      if (evaluation.membersCompletedTasks < evaluation.membersTotal) {
        violations.push(
          v(
            'tap_the_lao_dong_xuat_sac.all_completed',
            'Luật TĐKT 2022 Điều 27',
            'Chưa phải 100% thành viên hoàn thành nhiệm vụ',
            'Not every member completed their tasks',
          ),
        );
      }
      if (advanced < required) {
        violations.push(
          v(
            'tap_the_lao_dong_xuat_sac.advanced_share',
            'Luật TĐKT 2022 Điều 27',
            `Tỷ lệ Lao động tiên tiến ${Math.round(advanced * 100)}% dưới ${Math.round(required * 100)}%`,
            `Lao động tiên tiến share ${Math.round(advanced * 100)}% is below ${Math.round(required * 100)}%`,
          ),
        );
      }
      if (evaluation.membersGrassrootsEmulationSoldiers < 1) {
        violations.push(
          v(
            'tap_the_lao_dong_xuat_sac.grassroots_soldier',
            'Luật TĐKT 2022 Điều 27',
            'Chưa có cá nhân đạt Chiến sĩ thi đua cơ sở',
            'No member holds Chiến sĩ thi đua cơ sở',
          ),
        );
      }
      break;
    case 'co_thi_dua_tinh': {
      if (!evaluation.leadsCluster) {
        violations.push(
          v(
            'co_thi_dua_tinh.leads_cluster',
            'Luật TĐKT 2022 Điều 26',
            `Không dẫn đầu cụm, khối thi đua năm ${year}`,
            `Did not lead its cluster or bloc in ${year}`,
          ),
        );
      }
      if (collective.assignedTargets.length === 0) {
        violations.push(
          v(
            'co_thi_dua_tinh.no_targets',
            'Luật TĐKT 2022 Điều 26',
            `Không có chỉ tiêu nào được giao trong năm ${year} để đánh giá vượt chỉ tiêu`,
            `No target was assigned in ${year} to judge whether targets were exceeded`,
          ),
        );
      }
      const notExceeded = collective.assignedTargets
        .filter((target) => !(target.exceeded ?? false))
        .map((target) => target.code);
      if (notExceeded.length > 0) {
        violations.push(
          v(
            'co_thi_dua_tinh.targets_exceeded',
            'Luật TĐKT 2022 Điều 26',
            `Chưa vượt các chỉ tiêu được giao: ${notExceeded.join(', ')}`,
            `Assigned targets not exceeded: ${notExceeded.join(', ')}`,
          ),
        );
      }
      break;
    }
  }
  return violations;
}

/**
 * No discipline overlapping the evaluation year (after a discipline ends, only later achievements count), none being
 * served and no investigation, inspection or complaint pending on the day of the check (Law Art 5; Decree 152 Art 4(4)).
 */
function disciplineRules(year: number, person: PersonFacts, asOf: string | undefined): RuleViolation[] {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const inForceOn = (d: { from: string; to: string | null }, day: string) =>
    d.from <= day && (d.to === null || d.to >= day);
  const disciplines = person.disciplines.filter((d) => !d.pendingInvestigation);
  const investigations = person.disciplines.filter((d) => d.pendingInvestigation);
  const violations: RuleViolation[] = [];
  if (disciplines.some((d) => d.from <= yearEnd && (d.to === null || d.to >= yearStart))) {
    violations.push(
      v(
        'common.discipline',
        'Nghị định 152/2025 Điều 4(4)',
        `Đang hoặc đã chịu kỷ luật trong năm ${year}: thành tích năm này không được tính`,
        `Disciplined during ${year}: that year’s achievements do not count`,
      ),
    );
  } else if (asOf && disciplines.some((d) => inForceOn(d, asOf))) {
    violations.push(
      v(
        'common.discipline_in_force',
        'Nghị định 152/2025 Điều 4(4)',
        `Đang chịu kỷ luật vào ngày ${asOf}: chưa được khen thưởng`,
        `A discipline is being served on ${asOf}: no award can be made`,
      ),
    );
  }
  const pending = asOf
    ? investigations.filter((d) => inForceOn(d, asOf))
    : investigations.filter((d) => d.from <= yearEnd && (d.to === null || d.to >= yearStart));
  if (pending.length > 0) {
    violations.push(
      v(
        'common.investigation',
        'Luật TĐKT 2022 Điều 5',
        'Đang bị điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết',
        'An investigation, inspection or complaint is pending',
      ),
    );
  }
  return violations;
}

/**
 * A collective is not commended while an inspection, investigation or complaint against it is pending on the day of the
 * check, nor for a year in which its head was disciplined for its failings, nor while that discipline lasts (Decree 152
 * Art 4(4); domain.md, corrections).
 */
function collectiveDisciplineRules(
  year: number,
  collective: CollectiveFacts,
  asOf: string | undefined,
): RuleViolation[] {
  const restrictions = collective.restrictions ?? [];
  const overlapsYear = (r: { startsOn: string; endsOn: string | null }) =>
    r.startsOn <= `${year}-12-31` && (r.endsOn === null || r.endsOn >= `${year}-01-01`);
  const onDay = (r: { startsOn: string; endsOn: string | null }, day: string) =>
    r.startsOn <= day && (r.endsOn === null || r.endsOn >= day);
  const heads = restrictions.filter((r) => r.basis === 'head_discipline');
  const inspections = restrictions.filter((r) => r.basis === 'inspection');
  const violations: RuleViolation[] = [];
  if (heads.some(overlapsYear) || (asOf !== undefined && heads.some((r) => onDay(r, asOf)))) {
    violations.push(
      v(
        'common.discipline',
        'Nghị định 152/2025 Điều 4(4)',
        `Người đứng đầu tập thể bị kỷ luật do khuyết điểm của tập thể (năm ${year} hoặc đến nay)`,
        `The collective's head was disciplined for its failings (in ${year} or still)`,
      ),
    );
  }
  if (asOf ? inspections.some((r) => onDay(r, asOf)) : inspections.some(overlapsYear)) {
    violations.push(
      v(
        'common.investigation',
        'Luật TĐKT 2022 Điều 5',
        'Tập thể đang bị thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết',
        'An inspection, investigation or complaint against the collective is pending',
      ),
    );
  }
  return violations;
}

/** Every rule a nomination breaks, each with its stable code and article. Empty means eligible. */
export function checkEligibility(input: EligibilityInput): RuleViolation[] {
  const { awardType, year } = input;
  const violations: RuleViolation[] = [];
  const kindAllowed =
    input.nomineeKind === 'household'
      ? awardType.householdsAllowed
      : awardType.nomineeKind === 'both' || awardType.nomineeKind === input.nomineeKind;
  if (!kindAllowed) {
    violations.push(
      v(
        'nominee.kind',
        'Luật TĐKT 2022 Điều 19–20',
        `${awardType.name} không dành cho đối tượng này`,
        `${awardType.nameEn} is not for this kind of nominee`,
      ),
    );
  }
  const category = categoryViolation(awardType, input.category);
  if (category) violations.push(category);
  if (input.person) {
    violations.push(
      ...individualRules(awardType, year, input.person),
      ...disciplineRules(year, input.person, input.asOf),
    );
  }
  if (input.collective && input.nomineeKind === 'collective')
    violations.push(
      ...collectiveRules(awardType, year, input.collective, input.advancedShare),
      ...collectiveDisciplineRules(year, input.collective, input.asOf),
    );
  if (input.duplicateNominationIds.length > 0) {
    violations.push(
      v(
        'common.one_achievement_one_form',
        'Luật TĐKT 2022 Điều 5',
        `Đã có đề nghị khác cho cùng đối tượng, năm, loại hình và hình thức (số ${input.duplicateNominationIds.join(', ')})`,
        `Another nomination exists for the same nominee, year, category and award (no. ${input.duplicateNominationIds.join(', ')})`,
      ),
    );
  }
  if (input.registration.required && !input.registration.registered) {
    violations.push(
      v(
        'common.registration',
        'Quy định thi đua của tỉnh',
        `Chưa đăng ký thi đua danh hiệu ${awardType.name} năm ${year}`,
        `Not registered for ${awardType.nameEn} in ${year}`,
      ),
    );
  }
  for (const quota of input.quotas) {
    if (quota.used + 1 > quota.limit) {
      violations.push(
        v(
          'common.quota',
          'Quy định thi đua của tỉnh',
          `Vượt chỉ tiêu: ${quota.description} (tối đa ${quota.limit}, đã có ${quota.used})`,
          `Over the quota: ${quota.description} (at most ${quota.limit}, ${quota.used} already)`,
        ),
      );
    }
  }
  return violations;
}

const CATEGORY_NAMES: Record<NominationCategory, [vi: string, en: string]> = {
  merit: ['công trạng', 'merit'],
  ad_hoc: ['đột xuất', 'ad hoc'],
  thematic: ['theo chuyên đề', 'thematic'],
  dedication: ['quá trình cống hiến', 'dedication'],
  length_of_service: ['niên hạn', 'length of service'],
  foreign: ['đối ngoại', 'foreign'],
  resistance: ['kháng chiến', 'resistance war'],
};

/** What the board must judge when no automatic criterion applies, in both languages. */
export interface Judgement {
  message: string;
  messageEn: string;
}

/**
 * Whether the award's own criteria could be checked automatically: `null` when they were (the violations then decide),
 * else what the board judges. Giấy khen, Bằng khen Thủ tướng, the Huân chương, the Government's flag and household
 * awards have no automatic criterion; nor has any form in a category other than merit. A Bằng khen tỉnh has one
 * checkable path each for individuals and collectives (Law Art 74; Bắc Ninh 86/2025 Art 3(3)(c)); off it, the board judges.
 */
export function ownCriteria(input: EligibilityInput): Judgement | null {
  const { awardType, year, category } = input;
  const judge = (vi: string, en: string): Judgement => ({
    message: `Không có tiêu chí tự động: Phòng Thi đua - Khen thưởng đánh giá thành tích${vi ? ` ${vi}` : ''} và ghi rõ lý do khi thẩm định.`,
    messageEn: `No automatic criterion: the board judges the achievements${en ? ` ${en}` : ''} and records its reasons when it appraises.`,
  });
  if (awardType.kind === 'form' && category !== 'merit') {
    return judge(`(${CATEGORY_NAMES[category][0]})`, `(${CATEGORY_NAMES[category][1]})`);
  }
  if (awardType.code === 'bang_khen_tinh') {
    if (input.nomineeKind === 'individual' && input.person) {
      const grassrootsTwice = [year - 1, year].every((y) =>
        holds(input.person!, 'chien_si_thi_dua_co_so', y, { chain: true }),
      );
      const excellentTwice = [year - 1, year].every((y) => input.person!.ratings.get(y) === 'excellent');
      const initiatives = initiativesIn(input.person, year - 1, year, ['grassroots', 'provincial', 'national']).length;
      if (grassrootsTwice || (excellentTwice && initiatives >= 2)) return null;
      return judge(
        `(không đạt Chiến sĩ thi đua cơ sở 2 năm liên tục, hoặc 2 năm hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến, ${year - 1}–${year})`,
        `(not CSTĐCS twice in a row, nor excellent twice with two initiatives, ${year - 1}–${year})`,
      );
    }
    if (input.nomineeKind === 'collective' && input.collective) {
      const collective = input.collective;
      const excellentTwice = [year - 1, year].every((y) => collective.ratings?.get(y) === 'excellent');
      const outstandingTwice = [year - 1, year].every((y) =>
        (collective.awards ?? []).some(
          (award) => award.awardTypeCode === 'tap_the_lao_dong_xuat_sac' && award.year === y,
        ),
      );
      if (excellentTwice || outstandingTwice) return null;
      return judge(
        `(chưa hoàn thành xuất sắc nhiệm vụ 2 năm liên tục, cũng chưa đạt Tập thể lao động xuất sắc 2 năm liên tục, ${year - 1}–${year})`,
        `(not rated excellent twice in a row, nor Tập thể lao động xuất sắc twice in a row, ${year - 1}–${year})`,
      );
    }
    return judge('(hộ gia đình)', '(a household)');
  }
  const checked = [
    'lao_dong_tien_tien',
    'chien_si_thi_dua_co_so',
    'chien_si_thi_dua_tinh',
    'chien_si_thi_dua_toan_quoc',
    'tap_the_lao_dong_tien_tien',
    'tap_the_lao_dong_xuat_sac',
    'co_thi_dua_tinh',
  ];
  return checked.includes(awardType.code) ? null : judge('', '');
}

/** The verdict: `false` when a rule fails, `null` when nothing automatic applies (the board judges), else `true`. */
export interface EligibilityVerdict {
  eligible: boolean | null;
  violations: RuleViolation[];
  /** Why `eligible` is null: what the board judges. */
  judgement?: Judgement;
}

export function judgeEligibility(input: EligibilityInput): EligibilityVerdict {
  const violations = checkEligibility(input);
  if (violations.length > 0) return { eligible: false, violations };
  const judgement = ownCriteria(input);
  return judgement ? { eligible: null, violations, judgement } : { eligible: true, violations };
}

/** Individual and collective titles are yearly merit (Law Art 8): a title in another category is refused. */
export function categoryViolation(awardType: AwardType, category: NominationCategory): RuleViolation | undefined {
  if (awardType.kind !== 'title' || category === 'merit') return undefined;
  return v(
    'nomination.category',
    'Luật TĐKT 2022 Điều 8',
    `${awardType.name} là danh hiệu xét hằng năm theo công trạng, không xét ${CATEGORY_NAMES[category][0]}`,
    `${awardType.nameEn} is a yearly merit title, not awarded as ${CATEGORY_NAMES[category][1]}`,
  );
}

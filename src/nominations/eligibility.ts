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
  ratings: ReadonlyMap<number, Rating>;
  awards: readonly HeldAward[];
  initiatives: readonly { scope: InitiativeScope; recognizedOn: string }[];
  disciplines: readonly { level: DisciplineLevel; from: string; to: string | null; pendingInvestigation: boolean }[];
}

export interface CollectiveFacts {
  evaluation?: {
    rating: Rating;
    membersTotal: number;
    membersCompletedTasks: number;
    membersAdvancedWorkers: number;
    membersGrassrootsEmulationSoldiers: number;
    membersDisciplinedWarningOrAbove: number;
    leadsCluster: boolean;
  };
  /** Targets assigned to the unit in the year's movements, and whether each was achieved. */
  assignedTargets: readonly { code: string; achieved: boolean }[];
}

export interface QuotaUse {
  description: string;
  limit: number;
  /** Nominations already counted against the limit, this one excluded. */
  used: number;
}

export interface EligibilityInput {
  year: number;
  category: NominationCategory;
  nomineeKind: NomineeKind;
  awardType: AwardType;
  person?: PersonFacts;
  collective?: CollectiveFacts;
  /** Ids of other open or decided nominations of the same nominee, year, category and award type. */
  duplicateNominationIds: readonly number[];
  registration: { required: boolean; registered: boolean };
  quotas: readonly QuotaUse[];
}

const GOOD_OR_BETTER: ReadonlySet<Rating> = new Set(['excellent', 'good']);
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
    case 'lao_dong_tien_tien':
      if (!rating || !GOOD_OR_BETTER.has(rating)) {
        violations.push(
          v(
            'lao_dong_tien_tien.rating',
            'Luật TĐKT 2022 Điều 24',
            `Năm ${year} chưa được xếp loại hoàn thành tốt nhiệm vụ trở lên`,
            `Not rated at least "completed well" in ${year}`,
          ),
        );
      }
      break;
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
            `Năm ${year} chưa hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được công nhận`,
            `Neither rated excellent nor credited with a recognised initiative in ${year}`,
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
      const missing = [year - 1, year].filter(
        (y) => !holds(person, 'chien_si_thi_dua_tinh', y, { chain: true, allowPending: y === year }),
      );
      if (missing.length > 0) {
        violations.push(
          v(
            'chien_si_thi_dua_toan_quoc.consecutive_provincial',
            'Luật TĐKT 2022 Điều 21',
            `Chưa đạt Chiến sĩ thi đua cấp tỉnh 2 lần liên tục ${year - 1}–${year} (thiếu năm ${missing.join(', ')})`,
            `Not Chiến sĩ thi đua cấp tỉnh twice in a row ${year - 1}–${year} (missing ${missing.join(', ')})`,
          ),
        );
      }
      if (initiativesIn(person, year - 1, year, ['national']).length === 0) {
        violations.push(
          v(
            'chien_si_thi_dua_toan_quoc.national_initiative',
            'Luật TĐKT 2022 Điều 21',
            'Chưa có sáng kiến phạm vi toàn quốc',
            'No initiative of national scope',
          ),
        );
      }
      break;
    }
    case 'bang_khen_tinh': {
      const grassrootsTwice = [year - 1, year].every((y) =>
        holds(person, 'chien_si_thi_dua_co_so', y, { chain: true }),
      );
      const excellentTwice = [year - 1, year].every((y) => person.ratings.get(y) === 'excellent');
      const initiatives = initiativesIn(person, year - 1, year, ['grassroots', 'provincial', 'national']).length;
      if (!grassrootsTwice && !(excellentTwice && initiatives >= 2)) {
        violations.push(
          v(
            'bang_khen_tinh.individual_path',
            'Luật TĐKT 2022 Điều 74',
            `Chưa đạt Chiến sĩ thi đua cơ sở 2 năm liên tục, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến (${year - 1}–${year}); Phòng TĐKT đánh giá thành tích và ghi rõ lý do nếu vẫn đề nghị`,
            `Neither Chiến sĩ thi đua cơ sở in 2 consecutive years nor rated excellent in 2 consecutive years with 2 initiatives (${year - 1}–${year}); the board judges the achievements and records its reasons if it still proposes the award`,
          ),
        );
      }
      break;
    }
  }
  return violations;
}

/** Rules of each award type for collectives (Law Arts 26–28; the 70 % shares follow the provincial model). */
function collectiveRules(type: AwardType, year: number, collective: CollectiveFacts): RuleViolation[] {
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
      if (advanced < 0.7) {
        violations.push(
          v(
            'tap_the_lao_dong_tien_tien.advanced_share',
            'Luật TĐKT 2022 Điều 28',
            `Tỷ lệ Lao động tiên tiến ${Math.round(advanced * 100)}% dưới 70%`,
            `Lao động tiên tiến share ${Math.round(advanced * 100)}% is below 70%`,
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
      if (advanced < 0.7) {
        violations.push(
          v(
            'tap_the_lao_dong_xuat_sac.advanced_share',
            'Luật TĐKT 2022 Điều 27',
            `Tỷ lệ Lao động tiên tiến ${Math.round(advanced * 100)}% dưới 70%`,
            `Lao động tiên tiến share ${Math.round(advanced * 100)}% is below 70%`,
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
      const missed = collective.assignedTargets.filter((target) => !target.achieved).map((target) => target.code);
      if (missed.length > 0) {
        violations.push(
          v(
            'co_thi_dua_tinh.targets_achieved',
            'Luật TĐKT 2022 Điều 26',
            `Chưa hoàn thành các chỉ tiêu được giao: ${missed.join(', ')}`,
            `Assigned targets not achieved: ${missed.join(', ')}`,
          ),
        );
      }
      break;
    }
  }
  return violations;
}

/** No discipline overlapping the evaluation year, no investigation pending (Law Art 5; Decree 152 Art 4(4)). */
function disciplineRules(year: number, person: PersonFacts): RuleViolation[] {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const overlapping = person.disciplines.filter((d) => d.from <= yearEnd && (d.to === null || d.to >= yearStart));
  const violations: RuleViolation[] = [];
  if (overlapping.some((d) => !d.pendingInvestigation)) {
    violations.push(
      v(
        'common.discipline',
        'Nghị định 152/2025 Điều 4(4)',
        `Đang hoặc đã chịu kỷ luật trong năm ${year}: thành tích năm này không được tính`,
        `Disciplined during ${year}: that year’s achievements do not count`,
      ),
    );
  }
  if (overlapping.some((d) => d.pendingInvestigation)) {
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
  if (input.person) {
    violations.push(...individualRules(awardType, year, input.person), ...disciplineRules(year, input.person));
  }
  if (input.collective && input.nomineeKind === 'collective')
    violations.push(...collectiveRules(awardType, year, input.collective));
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

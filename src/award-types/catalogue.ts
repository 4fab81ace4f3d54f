/**
 * The award catalogue (danh mục danh hiệu thi đua, hình thức khen thưởng) as versioned rule-set data.
 * A nomination is judged under the rule set in force on its submission date (domain.md, "Rule sets").
 * Codes are part of the API; rule codes are the stable ids that eligibility violations report.
 */

export type AwardKind = 'title' | 'form';
export const AWARD_ITEMS = ['certificate', 'flag', 'decision_only'] as const;
export type AwardItem = (typeof AWARD_ITEMS)[number];
export type NomineeKind = 'individual' | 'collective' | 'both';
/**
 * Who decides (domain.md, "Routes"). unit: the head of the proposing unit (its own council votes where a threshold is set);
 * board_chairman: the board appraises, the provincial chairman approves without a vote; council: the provincial council
 * votes, the provincial chairman decides; council_forward: the provincial council votes, then the nomination goes up.
 */
export type AwardRoute = 'unit' | 'board_chairman' | 'council' | 'council_forward';

export interface AwardRule {
  code: string;
  article: string;
  description: string;
}

export interface AwardType {
  code: string;
  name: string;
  nameEn: string;
  kind: AwardKind;
  nomineeKind: NomineeKind;
  householdsAllowed: boolean;
  conferredBy: string;
  route: AwardRoute;
  requiresCouncil: boolean;
  /** Share of ALL council members that must approve (0–1); null when no vote is held. */
  voteThreshold: number | null;
  /** Candidates are published for comments before the council meets (Decree 98 Art 46). */
  publicNotice: boolean;
  /**
   * The item the award comes with (hiện vật, Decree 152 Art 50): a certificate (bằng, giấy khen), a flag (Cờ thi đua),
   * or nothing but the decision (Lao động tiên tiến).
   */
  item: AwardItem;
  /** Reward money as a multiple of the base salary; null where the law leaves it to configuration. */
  rewardMultiple: { individual: number | null; collective: number | null };
  rules: AwardRule[];
}

export interface RuleSet {
  code: '2024' | '2025-07';
  name: string;
  /** First day (YYYY-MM-DD) the rule set applies to a submission. */
  effectiveFrom: string;
  legalBasis: string[];
  awardTypes: AwardType[];
  /**
   * The decrees the set applies, as documents cite them: number, signing date (null where no source gave it) and what the
   * decree regulates, as it follows "Nghị định số … của Chính phủ" in a legal basis.
   */
  decrees: readonly { number: string; signedOn: string | null; title: string }[];
  /**
   * Whether the province sets the dossier parts of grassroots titles (Decree 152 Art 6(2)(c)); under Decree 98 the
   * decree fixed them.
   */
  provinceSetsGrassrootsDossiers: boolean;
  /** The shortest public notice, in working days, for the award types that need one (Decree 98 Art 46(2)). */
  publicNoticeWorkingDays: number;
  /**
   * What a decision signed under this set may confer, by the issuing unit's kind (Law Arts 79–80; Decree 129/2025
   * Art 59). State-level awards are conferred above the province and only recorded here when their decision returns.
   */
  conferringPowers: Readonly<Record<string, readonly string[]>>;
}

/** Heads of departments, agencies and legal-entity units, and enterprise directors (Law Art 80(1)). */
const UNIT_HEAD_POWERS = ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien', 'giay_khen'];
/** The provincial chairman (Law Art 79) and the heads of units below the province, whatever the rule set. */
const STANDING_POWERS: Record<string, readonly string[]> = {
  province: ['bang_khen_tinh', 'chien_si_thi_dua_tinh', 'co_thi_dua_tinh', 'tap_the_lao_dong_xuat_sac'],
  department: UNIT_HEAD_POWERS,
  agency: UNIT_HEAD_POWERS,
  enterprise: UNIT_HEAD_POWERS,
  other: UNIT_HEAD_POWERS,
};

const COMMON_RULES: AwardRule[] = [
  {
    code: 'common.discipline',
    article: 'Luật TĐKT 2022 Điều 5; Nghị định 152/2025 Điều 4(4)',
    description:
      'No discipline being served and no investigation, inspection or complaint pending in the evaluation year',
  },
  {
    code: 'common.one_achievement_one_form',
    article: 'Luật TĐKT 2022 Điều 5',
    description:
      'One achievement earns one form: no second open or decided nomination of the same subject, year, category and type',
  },
];

function type(
  base: Omit<AwardType, 'rules' | 'requiresCouncil' | 'item'> & { rules: AwardRule[]; item?: AwardItem },
): AwardType {
  return {
    ...base,
    item: base.item ?? 'certificate',
    requiresCouncil: base.voteThreshold !== null,
    rules: [...base.rules, ...COMMON_RULES],
  };
}

function catalogue(conferrers: { unitHead: string; grassrootsTitles: string }): AwardType[] {
  return [
    type({
      code: 'lao_dong_tien_tien',
      name: 'Lao động tiên tiến',
      nameEn: 'Advanced worker',
      item: 'decision_only',
      kind: 'title',
      nomineeKind: 'individual',
      householdsAllowed: false,
      conferredBy: conferrers.unitHead,
      route: 'unit',
      voteThreshold: null,
      publicNotice: false,
      rewardMultiple: { individual: 0.3, collective: null },
      rules: [
        {
          code: 'lao_dong_tien_tien.rating',
          article: 'Luật TĐKT 2022 Điều 24',
          description: 'Task rating at least "good" in the year',
        },
      ],
    }),
    type({
      code: 'chien_si_thi_dua_co_so',
      name: 'Chiến sĩ thi đua cơ sở',
      nameEn: 'Grassroots emulation soldier',
      kind: 'title',
      nomineeKind: 'individual',
      householdsAllowed: false,
      conferredBy: conferrers.grassrootsTitles,
      route: 'unit',
      voteThreshold: 0.8,
      publicNotice: false,
      rewardMultiple: { individual: 1.0, collective: null },
      rules: [
        {
          code: 'chien_si_thi_dua_co_so.advanced_worker',
          article: 'Luật TĐKT 2022 Điều 23',
          description: 'Holds Lao động tiên tiến in the year',
        },
        {
          code: 'chien_si_thi_dua_co_so.excellence',
          article: 'Luật TĐKT 2022 Điều 23',
          description: 'Rated excellent in the year, or an initiative recognised in the year',
        },
      ],
    }),
    type({
      code: 'chien_si_thi_dua_tinh',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      nameEn: 'Provincial emulation soldier',
      kind: 'title',
      nomineeKind: 'individual',
      householdsAllowed: false,
      conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
      route: 'council',
      voteThreshold: 0.9,
      publicNotice: false,
      rewardMultiple: { individual: 3.0, collective: null },
      rules: [
        {
          code: 'chien_si_thi_dua_tinh.consecutive_grassroots',
          article: 'Luật TĐKT 2022 Điều 22',
          description: 'Chiến sĩ thi đua cơ sở in each of the 3 consecutive years ending with the nomination year',
        },
        {
          code: 'chien_si_thi_dua_tinh.provincial_initiative',
          article: 'Luật TĐKT 2022 Điều 22',
          description: 'An initiative of provincial scope recognised by the province within those years',
        },
      ],
    }),
    type({
      code: 'chien_si_thi_dua_toan_quoc',
      name: 'Chiến sĩ thi đua toàn quốc',
      nameEn: 'National emulation soldier',
      kind: 'title',
      nomineeKind: 'individual',
      householdsAllowed: false,
      conferredBy: 'Thủ tướng Chính phủ',
      route: 'council_forward',
      voteThreshold: 0.9,
      publicNotice: true,
      rewardMultiple: { individual: 4.5, collective: null },
      rules: [
        {
          code: 'chien_si_thi_dua_toan_quoc.consecutive_provincial',
          article: 'Luật TĐKT 2022 Điều 21',
          description: 'Chiến sĩ thi đua cấp tỉnh in 2 consecutive years ending with the nomination year',
        },
        {
          code: 'chien_si_thi_dua_toan_quoc.national_initiative',
          article: 'Luật TĐKT 2022 Điều 21',
          description: 'An initiative of national scope',
        },
      ],
    }),
    type({
      code: 'tap_the_lao_dong_tien_tien',
      name: 'Tập thể lao động tiên tiến',
      nameEn: 'Advanced labour collective',
      kind: 'title',
      nomineeKind: 'collective',
      householdsAllowed: false,
      conferredBy: conferrers.grassrootsTitles,
      route: 'unit',
      voteThreshold: null,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 0.8 },
      rules: [
        {
          code: 'tap_the_lao_dong_tien_tien.rating',
          article: 'Luật TĐKT 2022 Điều 28',
          description: 'Unit rated at least "good"',
        },
        {
          code: 'tap_the_lao_dong_tien_tien.advanced_share',
          article: 'Luật TĐKT 2022 Điều 28',
          description: 'At least 70 % of members hold Lao động tiên tiến',
        },
        {
          code: 'tap_the_lao_dong_tien_tien.no_warning',
          article: 'Luật TĐKT 2022 Điều 28',
          description: 'No member disciplined at warning or above',
        },
      ],
    }),
    type({
      code: 'tap_the_lao_dong_xuat_sac',
      name: 'Tập thể lao động xuất sắc',
      nameEn: 'Excellent labour collective',
      kind: 'title',
      nomineeKind: 'collective',
      householdsAllowed: false,
      conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
      route: 'board_chairman',
      voteThreshold: null,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 1.5 },
      rules: [
        {
          code: 'tap_the_lao_dong_xuat_sac.rating',
          article: 'Luật TĐKT 2022 Điều 27',
          description: 'Unit rated excellent',
        },
        {
          code: 'tap_the_lao_dong_xuat_sac.all_completed',
          article: 'Luật TĐKT 2022 Điều 27',
          description: 'Every member completed their tasks',
        },
        {
          code: 'tap_the_lao_dong_xuat_sac.advanced_share',
          article: 'Luật TĐKT 2022 Điều 27',
          description: 'At least 70 % of members hold Lao động tiên tiến',
        },
        {
          code: 'tap_the_lao_dong_xuat_sac.grassroots_soldier',
          article: 'Luật TĐKT 2022 Điều 27',
          description: 'At least one member holds Chiến sĩ thi đua cơ sở',
        },
      ],
    }),
    type({
      code: 'co_thi_dua_tinh',
      name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
      nameEn: 'Provincial emulation flag',
      item: 'flag',
      kind: 'title',
      nomineeKind: 'collective',
      householdsAllowed: false,
      conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
      route: 'council',
      voteThreshold: 0.8,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 8 },
      rules: [
        {
          code: 'co_thi_dua_tinh.leads_cluster',
          article: 'Luật TĐKT 2022 Điều 26',
          description: 'Leads its emulation cluster or bloc in the year',
        },
        {
          code: 'co_thi_dua_tinh.targets_achieved',
          article: 'Luật TĐKT 2022 Điều 26',
          description: "Every target assigned to it in the year's movement achieved",
        },
      ],
    }),
    type({
      code: 'co_thi_dua_chinh_phu',
      name: 'Cờ thi đua của Chính phủ',
      nameEn: 'Government emulation flag',
      item: 'flag',
      kind: 'title',
      nomineeKind: 'collective',
      householdsAllowed: false,
      conferredBy: 'Thủ tướng Chính phủ',
      route: 'council_forward',
      voteThreshold: 0.8,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 12 },
      rules: [],
    }),
    type({
      code: 'giay_khen',
      name: 'Giấy khen',
      nameEn: 'Certificate of merit',
      kind: 'form',
      nomineeKind: 'both',
      householdsAllowed: true,
      conferredBy: conferrers.unitHead,
      route: 'unit',
      voteThreshold: null,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 0.6 },
      rules: [],
    }),
    type({
      code: 'bang_khen_tinh',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      nameEn: "Provincial Chairman's certificate of merit",
      kind: 'form',
      nomineeKind: 'both',
      householdsAllowed: true,
      conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
      route: 'board_chairman',
      voteThreshold: null,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 3 },
      rules: [
        {
          code: 'bang_khen_tinh.individual_path',
          article: 'Luật TĐKT 2022 Điều 74',
          description:
            'Individual: Chiến sĩ thi đua cơ sở in 2 consecutive years, or rated excellent in 2 consecutive years with 2 grassroots initiatives; otherwise the board judges the achievement (override with reason)',
        },
      ],
    }),
    type({
      code: 'bang_khen_thu_tuong',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      nameEn: "Prime Minister's certificate of merit",
      kind: 'form',
      nomineeKind: 'both',
      householdsAllowed: false,
      conferredBy: 'Thủ tướng Chính phủ',
      route: 'council_forward',
      voteThreshold: 0.5,
      publicNotice: false,
      rewardMultiple: { individual: null, collective: 7 },
      rules: [],
    }),
    type({
      code: 'huan_chuong_lao_dong_hang_ba',
      name: 'Huân chương Lao động hạng Ba',
      nameEn: 'Labour Order, third class',
      kind: 'form',
      nomineeKind: 'both',
      householdsAllowed: false,
      conferredBy: 'Chủ tịch nước',
      route: 'council_forward',
      voteThreshold: 0.5,
      publicNotice: true,
      rewardMultiple: { individual: null, collective: null },
      rules: [],
    }),
  ];
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    code: '2024',
    name: 'Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP',
    effectiveFrom: '2024-01-01',
    legalBasis: ['Luật Thi đua, khen thưởng số 06/2022/QH15', 'Nghị định số 98/2023/NĐ-CP'],
    // law-notes.md, section 1: Decree 98/2023/NĐ-CP of 31/12/2023.
    decrees: [
      {
        number: '98/2023/NĐ-CP',
        signedOn: '2023-12-31',
        title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ],
    provinceSetsGrassrootsDossiers: false,
    publicNoticeWorkingDays: 10,
    awardTypes: catalogue({
      unitHead: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã; Giám đốc doanh nghiệp',
      grassrootsTitles: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp huyện',
    }),
    conferringPowers: {
      ...STANDING_POWERS,
      // District chairmen conferred as heads of units until the district level ended (2025-06-30).
      district: UNIT_HEAD_POWERS,
      // Law Art 80(2) as first written: the commune chairman conferred LĐTT and Giấy khen (and Gia đình văn hóa).
      commune: ['lao_dong_tien_tien', 'giay_khen'],
    },
  },
  {
    code: '2025-07',
    name: 'Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP (chính quyền địa phương hai cấp)',
    effectiveFrom: '2025-07-01',
    legalBasis: [
      'Luật Thi đua, khen thưởng số 06/2022/QH15',
      'Nghị định số 152/2025/NĐ-CP',
      'Nghị định số 129/2025/NĐ-CP',
    ],
    // law-notes.md, section 1: Decree 152/2025/NĐ-CP of 14/6/2025 (decentralisation and detailed rules); no source here
    // dates Decree 129/2025, which stored news names as the Home Affairs decree of the two-level local government.
    decrees: [
      {
        number: '152/2025/NĐ-CP',
        signedOn: '2025-06-14',
        title: 'quy định về phân cấp, phân quyền và quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      },
      {
        number: '129/2025/NĐ-CP',
        signedOn: null,
        title:
          'quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
      },
    ],
    provinceSetsGrassrootsDossiers: true,
    // Decree 98's 10 working days; no source here gives Decree 152's own figure, so the set keeps it.
    publicNoticeWorkingDays: 10,
    awardTypes: catalogue({
      unitHead: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp xã; Giám đốc doanh nghiệp',
      grassrootsTitles: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp xã',
    }),
    conferringPowers: {
      ...STANDING_POWERS,
      // No district level from 2025-07-01 (Decree 129/2025): its powers passed to the commune chairman.
      district: [],
      commune: ['lao_dong_tien_tien', 'giay_khen', 'chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien'],
    },
  },
];

/** The rule set in force on a date (YYYY-MM-DD); dates before the first rule set fall under the first. */
export function ruleSetOn(date: string): RuleSet {
  const inForce = RULE_SETS.filter((set) => set.effectiveFrom <= date);
  return inForce.length > 0 ? inForce[inForce.length - 1] : RULE_SETS[0];
}

export function findRuleSet(code: string): RuleSet | undefined {
  return RULE_SETS.find((set) => set.code === code);
}

export function findAwardType(code: string, ruleSet: RuleSet = RULE_SETS[RULE_SETS.length - 1]): AwardType | undefined {
  return ruleSet.awardTypes.find((awardType) => awardType.code === code);
}

export const AWARD_TYPE_CODES: readonly string[] = RULE_SETS[RULE_SETS.length - 1].awardTypes.map((t) => t.code);

/** Award types whose council vote the province sets (50 % by default): Bằng khen Thủ tướng and the Huân chương. */
const PROVINCE_SET_VOTES: readonly string[] = ['bang_khen_thu_tuong', 'huan_chuong_lao_dong_hang_ba'];

/** The share of all council members an award type needs, with the province's setting where the law leaves it open. */
export function voteThresholdOf(awardType: AwardType, stateAwardVoteShare: number): number | null {
  return PROVINCE_SET_VOTES.includes(awardType.code) ? stateAwardVoteShare : awardType.voteThreshold;
}

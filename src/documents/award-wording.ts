import { vietnameseDate } from './format.js';

/**
 * The wording of a commendation decision and of the Tờ trình that asks for it (Decree 30/2020 and the provinces' models):
 * the subject names the forms, Article 1 (and the Tờ trình's request) counts each form's recipients, the legal bases cite
 * laws by name and date, Article 3 names who carries it out, and the signature block shows the authority that decides.
 * Pure, so each form of words is tested without rendering.
 */

export interface WordedAward {
  awardName: string;
  kind: 'title' | 'form';
  nomineeKind: 'individual' | 'collective' | 'household';
}

const NOMINEE_WORDS: Record<WordedAward['nomineeKind'], string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** "Chiến sĩ thi đua cấp tỉnh" → "danh hiệu Chiến sĩ thi đua cấp tỉnh"; a form keeps its name. */
function named(award: Pick<WordedAward, 'awardName' | 'kind'>): string {
  return award.kind === 'title' ? `danh hiệu ${award.awardName}` : award.awardName;
}

/**
 * "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", or, for several, "Về việc tặng danh hiệu thi đua và hình thức
 * khen thưởng"; a Tờ trình asks: "Về việc đề nghị tặng …".
 */
export function decisionSubject(awards: readonly WordedAward[], asking = false): string {
  const kinds = [...new Map(awards.map((award) => [award.awardName, award])).values()];
  const lead = asking ? 'Về việc đề nghị tặng' : 'Về việc tặng';
  if (kinds.length === 1) return `${lead} ${named(kinds[0])}`;
  const titles = kinds.some((award) => award.kind === 'title');
  const forms = kinds.some((award) => award.kind === 'form');
  return `${lead} ${[titles ? 'danh hiệu thi đua' : '', forms ? 'hình thức khen thưởng' : ''].filter(Boolean).join(' và ')}`;
}

/** "2 cá nhân và 1 tập thể". */
export function recipientCounts(awards: readonly Pick<WordedAward, 'nomineeKind'>[]): string {
  const parts = (['individual', 'collective', 'household'] as const)
    .map((kind) => [awards.filter((award) => award.nomineeKind === kind).length, NOMINEE_WORDS[kind]] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

function byForm(awards: readonly WordedAward[]): WordedAward[][] {
  const groups = new Map<string, WordedAward[]>();
  for (const award of awards) groups.set(award.awardName, [...(groups.get(award.awardName) ?? []), award]);
  return [...groups.values()];
}

/** Article 1, one sentence per form: "Tặng Bằng khen … cho 1 cá nhân và 1 tập thể có tên trong danh sách kèm theo …". */
export function articleOne(awards: readonly WordedAward[]): string[] {
  return byForm(awards).map(
    (group) =>
      `Tặng ${named(group[0])} cho ${recipientCounts(group)} có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc.`,
  );
}

/** The Tờ trình's request, one line per form: "Tặng Bằng khen … cho 2 cá nhân (có danh sách kèm theo);". */
export function proposalRequests(awards: readonly WordedAward[]): string[] {
  const groups = byForm(awards);
  return groups.map(
    (group, index) =>
      `- Tặng ${named(group[0])} cho ${recipientCounts(group)}${index === groups.length - 1 ? '.' : ';'}`,
  );
}

type Decree = { number: string; signedOn: string | null; title: string };

/**
 * The bases every commendation document cites: the Law on emulation and commendation by name and date (laws are cited
 * so), the rule set's decrees with their dates and titles, and the province's own regulation when it has one.
 */
export function lawAndDecrees(decrees: readonly Decree[], provincialRegulation?: string): string[] {
  return [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    ...decrees.map(
      (decree) =>
        `Căn cứ Nghị định số ${decree.number}${decree.signedOn ? ` ${vietnameseDate(decree.signedOn)}` : ''} của Chính phủ ${decree.title};`,
    ),
    ...(provincialRegulation ? [`Căn cứ ${provincialRegulation.replace(/[;.,]\s*$/, '')};`] : []),
  ];
}

export interface LegalBasesInput {
  /** The issuing unit: a province cites the local-government law, any other unit its own functions. */
  issuingKind: string;
  issuingName: string;
  /** The date the document is signed, which picks the local-government law in force. */
  signedOn: string;
  decrees: readonly Decree[];
  provincialRegulation?: string;
  /** The last line: whose proposal, and the Tờ trình it came in. */
  proposedBy: string;
  proposal?: { number: string; date: string } | null;
}

/**
 * A decision's legal bases (căn cứ) in Decree 30/2020's order, one per line, each ending ";" and the last ".": the
 * organisation law or the unit's own functions, `lawAndDecrees`, and "Xét đề nghị của … tại Tờ trình số … ngày …".
 */
export function legalBases(input: LegalBasesInput): string[] {
  // The 2025 Law on the organisation of local government replaced the 2015 one on 1 July 2025.
  const localGovernmentLaw = input.signedOn >= '2025-07-01' ? 'ngày 16 tháng 6 năm 2025' : 'ngày 19 tháng 6 năm 2015';
  return [
    input.issuingKind === 'province'
      ? `Căn cứ Luật Tổ chức chính quyền địa phương ${localGovernmentLaw};`
      : `Căn cứ chức năng, nhiệm vụ, quyền hạn của ${input.issuingName};`,
    ...lawAndDecrees(input.decrees, input.provincialRegulation),
    input.proposal
      ? `Xét đề nghị của ${input.proposedBy} tại Tờ trình số ${input.proposal.number} ${vietnameseDate(input.proposal.date)}.`
      : `Xét đề nghị của ${input.proposedBy}.`,
  ];
}

/** The annex (and the Tờ trình's list) in sections by nominee: I. individuals, II. collectives, III. households. */
export function sectionsByNominee<T extends { kind: WordedAward['nomineeKind'] }>(
  rows: readonly T[],
): { title: string; rows: (T & { ordinal: number })[] }[] {
  const numerals = ['I', 'II', 'III'];
  return (['individual', 'collective', 'household'] as const)
    .map((kind) => ({
      kind,
      rows: rows.filter((row) => row.kind === kind).map((row, index) => ({ ...row, ordinal: index + 1 })),
    }))
    .filter((section) => section.rows.length > 0)
    .map((section, index) => ({
      title: `${numerals[index]}. ${section.kind === 'individual' ? 'Cá nhân' : section.kind === 'collective' ? 'Tập thể' : 'Hộ gia đình'}`,
      rows: section.rows,
    }));
}

/** The head of an issuing unit, as its signature block names the office. */
function headOf(kind: string): string {
  if (kind === 'province' || kind === 'commune' || kind === 'district') return 'CHỦ TỊCH';
  if (kind === 'department' || kind === 'enterprise') return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG';
}

/**
 * The signature block: an award decision is the head's own power, so the head signs as "CHỦ TỊCH" (or "GIÁM ĐỐC" …)
 * and a deputy as "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"; never "TM. ỦY BAN NHÂN DÂN", which is for the committee as a body.
 */
export function signatureBlock(issuingKind: string, signerTitle: string): { lead: string; title: string } {
  const head = headOf(issuingKind);
  const title = signerTitle.trim().toLocaleUpperCase('vi');
  return /^PHÓ(\s|$)/.test(title) ? { lead: `KT. ${head}`, title } : { lead: '', title: head };
}

/** Article 3: who carries the decision out, by the issuing unit. */
export function articleThree(issuingKind: string, issuingName: string): string {
  const lower = issuingName.charAt(0).toLowerCase() + issuingName.slice(1);
  const carriers =
    issuingKind === 'province'
      ? 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, thủ trưởng các cơ quan, đơn vị có liên quan'
      : issuingKind === 'commune' || issuingKind === 'district'
        ? `Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${lower}, thủ trưởng các cơ quan, đơn vị có liên quan`
        : `Chánh Văn phòng ${issuingName}, thủ trưởng các phòng, đơn vị có liên quan`;
  return `Quyết định này có hiệu lực kể từ ngày ký. ${carriers} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`;
}

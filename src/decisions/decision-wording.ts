/**
 * The wording of a commendation decision (Decree 30/2020 and the provinces' models): its subject names the forms, Article 1
 * counts each form's recipients, Article 3 names who carries it out, and the signature block shows the authority that
 * decides. Pure, so each form of words is tested without rendering.
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

/** "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", or, for several, "Về việc tặng danh hiệu thi đua và hình thức khen thưởng". */
export function decisionSubject(awards: readonly WordedAward[]): string {
  const kinds = [...new Map(awards.map((award) => [award.awardName, award])).values()];
  if (kinds.length === 1) return `Về việc tặng ${named(kinds[0])}`;
  const titles = kinds.some((award) => award.kind === 'title');
  const forms = kinds.some((award) => award.kind === 'form');
  return `Về việc tặng ${[titles ? 'danh hiệu thi đua' : '', forms ? 'hình thức khen thưởng' : ''].filter(Boolean).join(' và ')}`;
}

/** "2 cá nhân và 1 tập thể". */
export function recipientCounts(awards: readonly Pick<WordedAward, 'nomineeKind'>[]): string {
  const parts = (['individual', 'collective', 'household'] as const)
    .map((kind) => [awards.filter((award) => award.nomineeKind === kind).length, NOMINEE_WORDS[kind]] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** Article 1, one sentence per form: "Tặng Bằng khen … cho 1 cá nhân và 1 tập thể có tên trong danh sách kèm theo …". */
export function articleOne(awards: readonly WordedAward[]): string[] {
  const byForm = new Map<string, WordedAward[]>();
  for (const award of awards) byForm.set(award.awardName, [...(byForm.get(award.awardName) ?? []), award]);
  return [...byForm.values()].map(
    (group) =>
      `Tặng ${named(group[0])} cho ${recipientCounts(group)} có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc.`,
  );
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

import type { RuleSet } from '../award-types/catalogue.js';
import type { RuleViolation } from '../common/app-error.js';

/** A nomination as a decision's rules see it. */
export interface DecidedNomination {
  id: number;
  year: number;
  awardTypeCode: string;
  awardName: string;
  /** The rule set it was judged under, pinned at its first submission. */
  ruleSetCode: string;
  /** Forwarded: conferred above the province, the decision only records the higher one. */
  forwarded: boolean;
}

export interface DecisionFacts {
  signedOn: string;
  /** Who signed a decision taken above the province, when it records one. */
  higherAuthority?: string;
  /** Today in Vietnam. */
  today: string;
  issuingUnitKind: string;
  issuingUnitName: string;
  /** The rule set in force on the signing date: its conferring powers apply. */
  ruleSetOnSigning: RuleSet;
  nominations: readonly DecidedNomination[];
}

/**
 * The rules a decision must meet before it is recorded (domain.md, "Corrections and additions"): a signing date that is
 * neither in the future nor before the nominations' year, one rule set for all its nominations, and an issuing unit
 * that may confer each award on that date (Law Arts 79–80; Decree 129/2025 Art 59).
 */
export function decisionViolations(facts: DecisionFacts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (facts.signedOn > facts.today) {
    violations.push({
      rule: 'decision.signed_on',
      message: `Ngày ký ${facts.signedOn} sau ngày hôm nay: chỉ ghi nhận quyết định đã ký.`,
      messageEn: `The signing date ${facts.signedOn} is after today: only a signed decision is recorded.`,
    });
  }
  for (const nomination of facts.nominations) {
    if (facts.signedOn < `${nomination.year}-01-01`) {
      violations.push({
        rule: 'decision.signed_on',
        message: `Ngày ký ${facts.signedOn} trước năm ${nomination.year} của hồ sơ số ${nomination.id}.`,
        messageEn: `The signing date ${facts.signedOn} is before ${nomination.year}, the year of nomination ${nomination.id}.`,
      });
    }
  }
  const ruleSets = [...new Set(facts.nominations.map((nomination) => nomination.ruleSetCode))];
  if (ruleSets.length > 1) {
    violations.push({
      rule: 'decision.rule_set',
      message: `Các hồ sơ được xét theo các bộ quy định khác nhau (${ruleSets.join(', ')}): tách thành các quyết định riêng.`,
      messageEn: `The nominations were judged under different rule sets (${ruleSets.join(', ')}): issue separate decisions.`,
    });
  }
  const forwarded = facts.nominations.filter((nomination) => nomination.forwarded).length;
  if (forwarded > 0 && forwarded < facts.nominations.length) {
    violations.push({
      rule: 'decision.higher_mixed',
      message:
        'Quyết định của cấp trên chỉ gồm các hồ sơ đã trình cấp trên: tách các hồ sơ của tỉnh ra quyết định riêng.',
      messageEn:
        'A higher body’s decision holds only forwarded nominations: record the province’s own in a separate decision.',
    });
  } else if (forwarded > 0 && !facts.higherAuthority) {
    violations.push({
      rule: 'decision.higher_authority',
      message: 'Ghi rõ cấp có thẩm quyền đã ký quyết định (ví dụ: Thủ tướng Chính phủ).',
      messageEn: 'Name the higher body that signed the decision (e.g. the Prime Minister).',
    });
  } else if (forwarded === 0 && facts.higherAuthority) {
    violations.push({
      rule: 'decision.higher_authority',
      message: 'Chỉ ghi cấp ký quyết định khi ghi nhận quyết định của cấp trên cho hồ sơ đã trình cấp trên.',
      messageEn: 'A higher body is named only when recording its decision on forwarded nominations.',
    });
  }
  const powers = facts.ruleSetOnSigning.conferringPowers[facts.issuingUnitKind] ?? [];
  for (const nomination of facts.nominations) {
    if (nomination.forwarded || powers.includes(nomination.awardTypeCode)) continue;
    violations.push({
      rule: 'decision.conferring_authority',
      message:
        `${facts.issuingUnitName} không có thẩm quyền tặng ${nomination.awardName} vào ngày ${facts.signedOn} ` +
        `(hồ sơ số ${nomination.id}; Luật TĐKT 2022 Điều 79–80, Nghị định 129/2025 Điều 59).`,
      messageEn:
        `${facts.issuingUnitName} may not confer ${nomination.awardName} on ${facts.signedOn} ` +
        `(nomination ${nomination.id}; Law 06/2022 Arts 79–80, Decree 129/2025 Art 59).`,
    });
  }
  return violations;
}

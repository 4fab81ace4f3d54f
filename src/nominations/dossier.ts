import type { AwardType, RuleSet } from '../award-types/catalogue.js';
import type { RuleViolation } from '../common/app-error.js';
import type { AttachmentKind } from './attachment.entity.js';
import type { NominationCategory } from './nomination.entity.js';

const LABELS: Record<AttachmentKind, [vi: string, en: string]> = {
  submission: ['Tờ trình đề nghị khen thưởng', 'the submission (tờ trình)'],
  achievement_report: ['Báo cáo thành tích', 'the achievement report'],
  review_minutes: ['Biên bản họp xét (bình xét) thi đua, khen thưởng', 'the minutes of the review meeting'],
  initiative_confirmation: ['Văn bản xác nhận, công nhận sáng kiến', 'the confirmation of the initiative'],
  excellence_confirmation: [
    'Văn bản xác nhận hoàn thành xuất sắc nhiệm vụ',
    'the confirmation of the excellent rating',
  ],
  other: ['Tài liệu khác', 'another document'],
};

/** Awards whose standard needs a recognised initiative, so the dossier carries its confirmation (Law Art 84(1)). */
const NEEDS_INITIATIVE_CONFIRMATION = new Set([
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
]);
/** Categories handled by the simplified procedure (Law Art 85): submission and a summary achievement report only. */
const SIMPLIFIED = new Set<NominationCategory>(['ad_hoc', 'dedication', 'foreign']);

/**
 * The parts a dossier needs (Law Arts 84–85): the simplified procedure's two for ad hoc, dedication and foreign awards;
 * otherwise, where the rule set lets the province set them (Decree 152 Art 6(2)(c)), the parts it set for a grassroots
 * title; else the law's.
 */
export function requiredDossierParts(
  awardType: AwardType,
  category: NominationCategory,
  provinceParts: Readonly<Record<string, readonly string[]>> = {},
  ruleSet?: Pick<RuleSet, 'provinceSetsGrassrootsDossiers'>,
): AttachmentKind[] {
  if (SIMPLIFIED.has(category)) return ['submission', 'achievement_report'];
  const set = ruleSet?.provinceSetsGrassrootsDossiers ? provinceParts[awardType.code] : undefined;
  if (set) return [...set] as AttachmentKind[];
  const parts: AttachmentKind[] = ['submission', 'achievement_report', 'review_minutes'];
  if (NEEDS_INITIATIVE_CONFIRMATION.has(awardType.code)) parts.push('initiative_confirmation');
  return parts;
}

/**
 * Parts another may stand for, per award type: a CSTĐCS earned by an excellent rating shows the confirmation of that
 * rating (HTXSNV) instead of an initiative's (Law Art 23; domain.md, corrections).
 */
const STANDS_FOR: Readonly<Record<string, Partial<Record<AttachmentKind, readonly AttachmentKind[]>>>> = {
  chien_si_thi_dua_co_so: { initiative_confirmation: ['excellence_confirmation'] },
};

/** Whether the dossier holds a part, or one that stands for it for this award type. */
export function partPresent(awardTypeCode: string, kind: AttachmentKind, present: ReadonlySet<string>): boolean {
  return present.has(kind) || (STANDS_FOR[awardTypeCode]?.[kind] ?? []).some((other) => present.has(other));
}

/** One violation per required part that is not in the dossier (nor one that stands for it). */
export function missingDossierParts(
  required: readonly AttachmentKind[],
  present: readonly AttachmentKind[],
  awardTypeCode = '',
): RuleViolation[] {
  const have = new Set<string>(present);
  return required
    .filter((kind) => !partPresent(awardTypeCode, kind, have))
    .map((kind) => {
      const article = kind === 'submission' || kind === 'achievement_report' ? '84–85' : '84';
      return {
        rule: `dossier.${kind}`,
        message: `Hồ sơ thiếu: ${LABELS[kind][0]} (Luật TĐKT 2022 Điều ${article})`,
        messageEn: `The dossier lacks ${LABELS[kind][1]} (Law 06/2022 Art ${article})`,
      };
    });
}

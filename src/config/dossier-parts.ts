/**
 * The parts of a dossier (Law Art 84), named once: the nominations' attachments take these kinds, and a province's
 * DOSSIER_PARTS setting may require only these.
 */
export const ATTACHMENT_KINDS = [
  'submission',
  'achievement_report',
  'review_minutes',
  'initiative_confirmation',
  'excellence_confirmation',
  'other',
] as const;

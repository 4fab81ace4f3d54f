/**
 * Why a collective may not be commended for a while (Decree 152 Art 4(4)): an inspection, investigation or complaint
 * pending against the unit, or its head disciplined for the unit's failings.
 */
export const RESTRICTION_BASES = ['inspection', 'head_discipline'] as const;
export type RestrictionBasis = (typeof RESTRICTION_BASES)[number];

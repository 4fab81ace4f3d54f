/**
 * The yearly task-completion rating (xếp loại) of a person or a unit: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn
 * thành nhiệm vụ. People's and units' evaluations use the same scale, and eligibility reads both.
 */
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];

/** A member of a cluster or bloc with its score for the year (điểm chấm thi đua), if scored. */
export interface ScoredMember {
  unitId: number;
  score: number | null;
}

export interface RankedMember extends ScoredMember {
  /** 1 for the highest score; equal scores share a rank; null until scored. */
  rank: number | null;
}

/** The cluster's ranking (xếp hạng): highest score first, ties sharing a rank, members not yet scored last. */
export function rankMembers<T extends ScoredMember>(members: T[]): (T & RankedMember)[] {
  const sorted = [...members].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === null ? (b.score === null ? 0 : 1) : -1;
    return b.score - a.score || a.unitId - b.unitId;
  });
  let rank = 0;
  return sorted.map((member, index) => {
    if (member.score === null) return { ...member, rank: null };
    if (index === 0 || sorted[index - 1].score !== member.score) rank = index + 1;
    return { ...member, rank };
  });
}

/**
 * The units that may be recognised as leading the cluster (dẫn đầu), which the Cờ thi đua's rule reads: one flag per
 * cluster and year, so only a member ranked first, and only once every member is scored.
 */
export function leaderCandidates(ranked: RankedMember[]): number[] {
  if (ranked.length === 0 || ranked.some((member) => member.rank === null)) return [];
  return ranked.filter((member) => member.rank === 1).map((member) => member.unitId);
}

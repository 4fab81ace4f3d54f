import type { RuleViolation } from '../common/app-error.js';

export interface Quorum {
  /** Share of members present for a session to meet (default 2/3). */
  meeting: number;
  /** Share of members present for a session that votes awards (default 80 %). */
  awards: number;
}

export interface TallyResult {
  approve: number;
  reject: number;
  abstain: number;
  members: number;
  present: number;
  share: number;
  threshold: number;
  passed: boolean;
}

/** Shares are compared with a tolerance so that 9 of 10 meets 90 % despite binary fractions. */
const EPSILON = 1e-9;

/**
 * The outcome of one nomination (Decree 98 Art 30(7)): approvals counted against ALL members of the council, not those
 * present; absent members' written opinions are already in the counts.
 */
export function tally(
  votes: { approve: number; reject: number; abstain: number },
  members: number,
  present: number,
  threshold: number,
): TallyResult {
  const share = members > 0 ? votes.approve / members : 0;
  const { approve, reject, abstain } = votes;
  return {
    approve,
    reject,
    abstain,
    members,
    present,
    share,
    threshold,
    passed: members > 0 && share + EPSILON >= threshold,
  };
}

/** Refusals to open a session: too few members present for it to meet, or to vote awards. */
export function quorumViolations(
  present: number,
  members: number,
  votesAwards: boolean,
  quorum: Quorum,
): RuleViolation[] {
  const share = members > 0 ? present / members : 0;
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  if (share + EPSILON < quorum.meeting) {
    return [
      {
        rule: 'council.quorum',
        message: `Có mặt ${present}/${members} thành viên (${percent(share)}), chưa đủ ${percent(quorum.meeting)} để họp / quorum not met`,
      },
    ];
  }
  if (votesAwards && share + EPSILON < quorum.awards) {
    return [
      {
        rule: 'council.quorum_awards',
        message: `Có mặt ${present}/${members} thành viên (${percent(share)}), chưa đủ ${percent(quorum.awards)} để xét khen thưởng / quorum for voting awards not met`,
      },
    ];
  }
  return [];
}

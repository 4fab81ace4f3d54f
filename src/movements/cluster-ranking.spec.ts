import { describe, expect, it } from '@jest/globals';
import { leaderCandidates, rankMembers } from './cluster-ranking.js';

describe('cluster ranking', () => {
  it('ranks the highest score first, equal scores sharing a rank, the unscored last', () => {
    const ranked = rankMembers([
      { unitId: 1, score: 92 },
      { unitId: 2, score: null },
      { unitId: 3, score: 97.5 },
      { unitId: 4, score: 92 },
    ]);
    expect(ranked.map(({ unitId, rank }) => [unitId, rank])).toEqual([
      [3, 1],
      [1, 2],
      [4, 2],
      [2, null],
    ]);
  });

  it('offers the lead only to a member ranked first, once every member is scored', () => {
    expect(
      leaderCandidates(
        rankMembers([
          { unitId: 1, score: 90 },
          { unitId: 2, score: null },
        ]),
      ),
    ).toEqual([]);
    expect(
      leaderCandidates(
        rankMembers([
          { unitId: 1, score: 90 },
          { unitId: 2, score: 95 },
        ]),
      ),
    ).toEqual([2]);
    // A tie at the top: the board chooses between them.
    expect(
      leaderCandidates(
        rankMembers([
          { unitId: 1, score: 95 },
          { unitId: 2, score: 95 },
        ]),
      ),
    ).toEqual([1, 2]);
    expect(leaderCandidates([])).toEqual([]);
  });
});

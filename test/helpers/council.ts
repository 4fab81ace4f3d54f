import type { Org } from './org.js';
import { bearer, login, type TestApp } from './test-app.js';

export interface CouncilMemberLogin {
  id: number;
  token: string;
}

/**
 * A council of `count` new members at `unitId` (the province by default), set up by the board of `boardToken`: the first
 * member chairs it, the second (or the only one) keeps the minutes. Every member is signed in.
 */
export async function councilWithMembers(
  t: TestApp,
  org: Org,
  options: { count: number; boardToken?: string; unitId?: number; prefix?: string; name?: string },
): Promise<{ councilId: number; members: CouncilMemberLogin[] }> {
  const unitId = options.unitId ?? org.rootId;
  const prefix = options.prefix ?? 'member';
  const members: CouncilMemberLogin[] = [];
  for (let i = 0; i < options.count; i++) {
    const username = `${prefix}.${i}`;
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(org.adminToken))
      .send({
        username,
        password: 'password-123',
        displayName: `Ủy viên ${i}`,
        unitId,
        roles: i === 0 ? ['council_chair', 'council_member'] : ['council_member'],
      })
      .expect(201);
    members.push({ id: created.body.id, token: await login(t, username, 'password-123') });
  }
  const council = await t
    .http()
    .post('/api/councils')
    .set(bearer(options.boardToken ?? org.tokens.boardRoot))
    .send({
      unitId,
      name: options.name ?? 'Hội đồng Thi đua - Khen thưởng tỉnh',
      memberUserIds: members.map((m) => m.id),
      chairUserId: members[0].id,
      secretaryUserId: members[Math.min(1, members.length - 1)].id,
    })
    .expect(201);
  return { councilId: council.body.id, members };
}

export function sessionEvent(t: TestApp, token: string, sessionId: number, event: Record<string, unknown>) {
  return t.http().post(`/api/council-sessions/${sessionId}/events`).set(bearer(token)).send(event);
}

export function castBallot(
  t: TestApp,
  token: string,
  sessionId: number,
  votes: [nominationId: number, choice: string][],
) {
  return t
    .http()
    .post(`/api/council-sessions/${sessionId}/ballots`)
    .set(bearer(token))
    .send({ votes: votes.map(([nominationId, choice]) => ({ nominationId, choice })) });
}

export function createDecision(t: TestApp, token: string, decision: Record<string, unknown>) {
  return t.http().post('/api/decisions').set(bearer(token)).send(decision);
}

// Printing decisions' certificates as background jobs (issue #18), on the national dataset in PostgreSQL
// (SCALE_DATABASE_URL): two large decisions of one province printed by one app instance, then by two instances sharing
// the database, in pages (certificates) per second from the request to the last PDF kept.
import pg from 'pg';
import { json, login, scalePostgres, startScaleApp } from './lib.mjs';

/** The two decisions of board01's province with the most certificates to print. */
async function largestDecisions(database) {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT da."decisionId" AS id, COUNT(*)::int AS pages FROM "decision_awards" da
       JOIN "nominations" n ON n.id = da."nominationId"
       JOIN "decisions" d ON d.id = da."decisionId"
       JOIN "units" u ON u.id = d."issuingUnitId"
       JOIN "users" board ON board.username = 'board01' AND board."unitId" = u.id
       WHERE da."revokedAt" IS NULL AND n."awardTypeCode" <> 'lao_dong_tien_tien'
       GROUP BY da."decisionId" ORDER BY COUNT(*) DESC LIMIT 2`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Asks each app for one decision's print (round robin) and waits until every PDF is kept; pages per second. */
async function printAll(apps, decisions) {
  const tokens = await Promise.all(apps.map((app) => login(app.base, 'board01', 'scale@2025')));
  const start = performance.now();
  const prints = await Promise.all(
    decisions.map(async (decision, index) => {
      const app = apps[index % apps.length];
      const print = await json(
        `${app.base}/api/decisions/${decision.id}/certificate-prints`,
        tokens[index % apps.length],
        'POST',
        {},
      );
      return { base: app.base, token: tokens[index % apps.length], id: print.id };
    }),
  );
  for (const print of prints) {
    for (;;) {
      const state = await json(`${print.base}/api/certificate-prints/${print.id}`, print.token);
      if (state.state === 'done') break;
      if (state.state === 'failed') throw new Error(`print ${print.id} failed: ${state.error}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const pages = decisions.reduce((sum, decision) => sum + decision.pages, 0);
  return { pages, seconds, rate: pages / seconds };
}

export async function printRows() {
  const database = scalePostgres();
  if (!database) return [];
  const decisions = await largestDecisions(database);
  const rows = [];
  for (const instances of [1, 2]) {
    const apps = [];
    for (let index = 0; index < instances; index++) apps.push(await startScaleApp(database));
    try {
      const { pages, seconds, rate } = await printAll(apps, decisions);
      rows.push([
        `certificate prints, ${instances} instance${instances > 1 ? 's' : ''} (PostgreSQL): ${pages} pages in ${seconds.toFixed(1)} s`,
        `${rate.toFixed(1)} pages/s`,
        '—',
        '—',
        'reported',
      ]);
    } finally {
      apps.forEach((app) => app.stop());
    }
  }
  return rows;
}

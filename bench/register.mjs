// The award register and certificate checks at national scale (issues #17, #19): register searches by name, by a
// province's board and by the national user, and anyone checking a certificate's code, each against the raw SQL it
// needs run by the driver directly; on SQLite, and on PostgreSQL when SCALE_DATABASE_URL is set.
import Database from 'better-sqlite3';
import pg from 'pg';
import { login, percentile, scaleDatabase, scalePostgres, startScaleApp } from './lib.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

async function timed(requests) {
  const timings = [];
  for (const request of requests) {
    const start = performance.now();
    const response = await request();
    if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    timings.push(performance.now() - start);
  }
  return timings;
}

/** The raw SQL's driver: `all(sql with ?, values)` on either database. */
async function rawDatabase(database) {
  if (database.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    return {
      postgres: true,
      all: async (sql, values) => {
        let index = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++index}`),
            values,
          )
        ).rows;
      },
      close: () => client.end(),
    };
  }
  const db = new Database(database, { readonly: true });
  return { postgres: false, all: async (sql, values) => db.prepare(sql).all(...values), close: () => db.close() };
}

async function timedSql(db, statements, samples) {
  const timings = [];
  for (const sample of samples) {
    const start = performance.now();
    for (const [sql, values] of statements(sample)) await db.all(sql, values);
    timings.push(performance.now() - start);
  }
  return timings;
}

async function measure(database, label) {
  // The app first: it brings the schema up to date (migrations) before the raw SQL reads it.
  const app = await startScaleApp(database, { PUBLIC_CHECKS_PER_MINUTE: '1000000' });
  const db = await rawDatabase(database);
  const [{ awards }] = await db.all('SELECT COUNT(*) AS awards FROM decision_awards', []);
  // Names people search for: a family and given name of the dataset, different each time.
  const names = (await db.all('SELECT "fullName" AS name FROM people ORDER BY id LIMIT ?', [SAMPLES * 37]))
    .filter((_, index) => index % 37 === 0)
    .map((row) => row.name);
  const codes = (
    await db.all('SELECT "verificationCode" AS code FROM decision_awards ORDER BY id LIMIT ?', [SAMPLES * 97])
  )
    .filter((_, index) => index % 97 === 0)
    .map((row) => row.code);
  const [{ path: province }] = await db.all('SELECT path FROM units WHERE id = 2', []);
  const scoped = `da."proposingUnitId" IN (SELECT id FROM units WHERE path LIKE ?) AND da."nomineeSearchName" LIKE ?`;
  const page = (where) =>
    `SELECT da.id FROM decision_awards da JOIN decisions d ON d.id = da."decisionId" WHERE ${where}
     ORDER BY d."signedOn" DESC, da.id DESC LIMIT 50`;
  const rawSearchTimes = await timedSql(
    db,
    (name) => [
      [page(scoped), [`${province}%`, `%${fold(name)}%`]],
      [`SELECT COUNT(*) FROM decision_awards da WHERE ${scoped}`, [`${province}%`, `%${fold(name)}%`]],
    ],
    names,
  );
  // Over the whole country SQLite finds a name through its FTS5 trigram index, PostgreSQL through pg_trgm.
  const national = db.postgres
    ? ['da."nomineeSearchName" LIKE ?', (name) => `%${fold(name)}%`]
    : [
        'da.id IN (SELECT rowid FROM decision_award_names WHERE decision_award_names MATCH ?)',
        (name) => `"${fold(name)}"`,
      ];
  const rawNationalTimes = await timedSql(
    db,
    (name) => [
      [page(national[0]), [national[1](name)]],
      [`SELECT COUNT(*) FROM decision_awards da WHERE ${national[0]}`, [national[1](name)]],
    ],
    names,
  );
  const rawVerifyTimes = await timedSql(
    db,
    (code) => [
      [
        `SELECT da.id, da."revokedAt", d.number FROM decision_awards da JOIN decisions d ON d.id = da."decisionId"
         WHERE da."verificationCode" = ?`,
        [code],
      ],
    ],
    codes,
  );
  await db.close();

  const searchesBy = async (username) => {
    const headers = { authorization: `Bearer ${await login(app.base, username, 'scale@2025')}` };
    // One warm-up, as a user's first request after start is not what this measures.
    await fetch(`${app.base}/api/register?q=a`, { headers });
    return timed(
      names.map((name) => () => fetch(`${app.base}/api/register?q=${encodeURIComponent(name)}`, { headers })),
    );
  };
  const searchTimes = await searchesBy('board01');
  const nationalTimes = await searchesBy('national');
  await fetch(`${app.base}/api/public/verify/${codes[0]}`);
  const verifyTimes = await timed(codes.map((code) => () => fetch(`${app.base}/api/public/verify/${code}`)));
  app.stop();
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (measure, app, raw, goal) => [
    `${label}, ${measure}: p99 (p50 ${ms(percentile(app, 50))}) over ${app.length}, against the raw SQL`,
    ms(percentile(app, 99)),
    ms(percentile(raw, 99)),
    `${(percentile(app, 99) / percentile(raw, 99)).toFixed(1)} ×`,
    goal,
  ];
  return [
    row(`register search by name, a province's board (${awards} awards)`, searchTimes, rawSearchTimes, '≤ 50 ms'),
    row('register search by name, the national user', nationalTimes, rawNationalTimes, '≤ 50 ms'),
    row('certificate check by code', verifyTimes, rawVerifyTimes, '≤ 10 ms'),
  ];
}

export async function registerRows() {
  const postgres = scalePostgres();
  return [...(await measure(scaleDatabase(), 'SQLite')), ...(postgres ? await measure(postgres, 'PostgreSQL') : [])];
}

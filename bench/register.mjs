// The award register and certificate checks at national scale (issue #17): a province's board searching the register
// by name, and anyone checking a certificate's code, each against the raw SQL it needs run by the driver directly.
import Database from 'better-sqlite3';
import { login, percentile, scaleDatabase, startScaleApp } from './lib.mjs';

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

export async function registerRows() {
  const path = scaleDatabase();
  // The app first: it brings the file's schema up to date (migrations) before the raw SQL reads it.
  const app = await startScaleApp(path, { PUBLIC_CHECKS_PER_MINUTE: '1000000' });
  const db = new Database(path, { readonly: true });
  const [{ awards }] = db.prepare('SELECT COUNT(*) AS awards FROM decision_awards').all();
  // Names people search for: a family and given name of the dataset, different each time.
  const names = db
    .prepare('SELECT "fullName" AS name FROM people ORDER BY id LIMIT ?')
    .all(SAMPLES * 37)
    .filter((_, index) => index % 37 === 0)
    .map((row) => row.name);
  const codes = db
    .prepare('SELECT "verificationCode" AS code FROM decision_awards ORDER BY id LIMIT ?')
    .all(SAMPLES * 97)
    .filter((_, index) => index % 97 === 0)
    .map((row) => row.code);
  const province = db.prepare(`SELECT path FROM units WHERE id = 2`).get().path;
  const rawSearch = db.prepare(
    `SELECT da.id FROM decision_awards da JOIN decisions d ON d.id = da."decisionId"
     WHERE da."proposingUnitId" IN (SELECT id FROM units WHERE path LIKE ?) AND da."nomineeSearchName" LIKE ? ESCAPE '\\'
     ORDER BY d."signedOn" DESC, da.id DESC LIMIT 50`,
  );
  const rawCount = db.prepare(
    `SELECT COUNT(*) FROM decision_awards da
     WHERE da."proposingUnitId" IN (SELECT id FROM units WHERE path LIKE ?) AND da."nomineeSearchName" LIKE ? ESCAPE '\\'`,
  );
  const rawVerify = db.prepare(
    `SELECT da.id, da."revokedAt", d.number FROM decision_awards da JOIN decisions d ON d.id = da."decisionId"
     WHERE da."verificationCode" = ?`,
  );
  const rawSearchTimes = names.map((name) => {
    const start = performance.now();
    rawSearch.all(`${province}%`, `%${fold(name)}%`);
    rawCount.get(`${province}%`, `%${fold(name)}%`);
    return performance.now() - start;
  });
  const rawNational = db.prepare(
    `SELECT da.id FROM decision_awards da JOIN decisions d ON d.id = da."decisionId"
     WHERE da.id IN (SELECT rowid FROM decision_award_names WHERE decision_award_names MATCH ?)
     ORDER BY d."signedOn" DESC, da.id DESC LIMIT 50`,
  );
  const rawNationalCount = db.prepare(`SELECT COUNT(*) FROM decision_award_names WHERE decision_award_names MATCH ?`);
  const rawNationalTimes = names.map((name) => {
    const start = performance.now();
    rawNational.all(`"${fold(name)}"`);
    rawNationalCount.get(`"${fold(name)}"`);
    return performance.now() - start;
  });
  const rawVerifyTimes = codes.map((code) => {
    const start = performance.now();
    rawVerify.get(code);
    return performance.now() - start;
  });
  db.close();

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
  const row = (label, app, raw, goal) => [
    `${label}: p99 (p50 ${ms(percentile(app, 50))}) over ${app.length}, against the raw SQL`,
    ms(percentile(app, 99)),
    ms(percentile(raw, 99)),
    `${(percentile(app, 99) / percentile(raw, 99)).toFixed(1)} ×`,
    goal,
  ];
  return [
    row(`register search by name, a province's board (${awards} awards)`, searchTimes, rawSearchTimes, '≤ 50 ms'),
    row('register search by name, the national user (FTS5 trigram index)', nationalTimes, rawNationalTimes, '≤ 50 ms'),
    row('certificate check by code', verifyTimes, rawVerifyTimes, '≤ 10 ms'),
  ];
}

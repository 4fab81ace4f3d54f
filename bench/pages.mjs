// Every page and list a board, a department and the national user open, at national scale (issue #19): p50 and p99 of
// each over the seeded dataset (npm run seed:scale: SCALE_SQLITE, reused when it exists; and SCALE_DATABASE_URL).
import { login, percentile, scaleDatabase, scalePostgres, startScaleApp } from './lib.mjs';

const SAMPLES = Number(process.env.PAGE_SAMPLES ?? 40);
const YEAR = 2024;

/** The users measured: a province's board, a department's submitter, the whole country (a board too). */
const USERS = [
  ['a province (board01)', 'board01', 'board'],
  ['a department (dept01)', 'dept01', 'submitter'],
  ['the country (national)', 'national', 'board'],
];

function targets(nominationId) {
  return [
    ['page', 'home', '/'],
    ['page', 'nominations', '/nominations'],
    ['page', 'nominations, submitted', '/nominations?state=submitted'],
    ['page', 'nominations, by year', `/nominations?year=${YEAR}`],
    ['page', 'nominations, by year and state', `/nominations?year=${YEAR}&state=decided`],
    ['page', 'a nomination', `/nominations/${nominationId}`],
    ['page', 'council sessions', '/council/sessions'],
    ['page', 'decisions', '/decisions', 'board'],
    ['page', 'register', '/register'],
    ['page', 'report', `/reports/yearly?year=${YEAR}`, 'board'],
    ['page', 'movements', '/movements'],
    ['list', 'API nominations', '/api/nominations'],
    ['list', 'API nominations, submitted', '/api/nominations?state=submitted'],
    ['list', 'API nominations, by year', `/api/nominations?year=${YEAR}`],
    ['list', 'API decisions', '/api/decisions'],
    ['list', 'API register', '/api/register'],
    ['report', 'yearly report, JSON', `/api/reports/yearly?year=${YEAR}&format=json`, 'board'],
    ['report', 'yearly report, HTML', `/api/reports/yearly?year=${YEAR}&format=html`, 'board'],
    ['report', 'yearly report, XLSX', `/api/reports/yearly?year=${YEAR}&format=xlsx`, 'board'],
  ];
}

const GOALS = { page: 100, list: 50 };

async function timings(base, headers, path, samples) {
  const times = [];
  // One warm-up: the first request after start is not what this measures.
  for (let index = -1; index < samples; index++) {
    const start = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    await response.arrayBuffer();
    if (index >= 0) times.push(performance.now() - start);
  }
  return times;
}

async function measure(database, label) {
  const app = await startScaleApp(database);
  const rows = [];
  try {
    for (const [who, username, role] of USERS) {
      const token = await login(app.base, username, 'scale@2025');
      const headers = { authorization: `Bearer ${token}`, cookie: `tdkt_session=${token}` };
      const first = await (await fetch(`${app.base}/api/nominations?pageSize=1`, { headers })).json();
      // Each page as its users open it: the board's pages are not a department's.
      for (const [kind, name, path] of targets(first.items[0].id).filter(
        (target) => !target[3] || target[3] === role,
      )) {
        // The report's goal depends on the scope: 1 s for the country, 200 ms for a province or below.
        const goal = kind === 'report' ? (username === 'national' ? 1000 : 200) : GOALS[kind];
        const samples = kind === 'report' ? Math.max(5, Math.round(SAMPLES / 4)) : SAMPLES;
        const times = await timings(app.base, headers, path, samples);
        const p99 = percentile(times, 99);
        rows.push([
          `${label}, ${who}: ${name} — p99 (p50 ${percentile(times, 50).toFixed(1)} ms) over ${times.length}`,
          `${p99.toFixed(1)} ms`,
          '—',
          '—',
          `≤ ${goal} ms${p99 <= goal ? '' : ' (not met)'}`,
        ]);
      }
    }
  } finally {
    app.stop();
  }
  return rows;
}

export async function pageRows() {
  const postgres = scalePostgres();
  return [...(await measure(scaleDatabase(), 'SQLite')), ...(postgres ? await measure(postgres, 'PostgreSQL') : [])];
}

// Benchmarks of the nomination workflow (npm run bench). Each figure is measured side by side with its reference in
// the same run, on a temporary SQLite file with the app's durability settings (WAL, synchronous=FULL).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transition } from 'xstate';
import { spawn } from 'node:child_process';
import { nominationMachine } from '../dist/nominations/nomination.machine.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** The raw driver doing what one transition must: a version-checked UPDATE and a log INSERT, committed durably. */
function rawDurableCommits(directory) {
  const db = new Database(join(directory, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE n (id INTEGER PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL)');
  db.exec(
    'CREATE TABLE log (id INTEGER PRIMARY KEY, entity INTEGER, event TEXT, from_state TEXT, to_state TEXT, at TEXT)',
  );
  db.prepare("INSERT INTO n (id, state, version) VALUES (1, 'submitted', 1)").run();
  const update = db.prepare('UPDATE n SET state = ?, version = version + 1 WHERE id = ? AND version = ?');
  const log = db.prepare('INSERT INTO log (entity, event, from_state, to_state, at) VALUES (?, ?, ?, ?, ?)');
  const step = db.transaction((version, from, to) => {
    if (update.run(to, 1, version).changes !== 1) throw new Error('lost');
    log.run(1, 'E', from, to, new Date().toISOString());
  });
  let version = 1;
  let count = 0;
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const [from, to] = version % 2 ? ['submitted', 'returned'] : ['returned', 'submitted'];
    step(version, from, to);
    version++;
    count++;
  }
  db.close();
  return count / SECONDS;
}

async function json(url, token, method = 'GET', body) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = await response.json();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

async function login(base, username, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (await response.json()).accessToken;
}

/** A submitted nomination of a fresh person, ready for RETURN / RESUBMIT cycles. */
async function submittedNomination(base, submitter, unitId, index) {
  const person = await json(`${base}/api/people`, submitter, 'POST', {
    fullName: `Người ${index}`,
    position: 'Chuyên viên',
    unitId,
    category: 'worker',
  });
  const nomination = await json(`${base}/api/nominations`, submitter, 'POST', {
    year: 2024,
    awardTypeCode: 'giay_khen',
    proposingUnitId: unitId,
    personId: person.id,
    achievements: 'Thành tích',
  });
  for (const kind of ['submission', 'achievement_report', 'review_minutes']) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([PDF]), `${kind}.pdf`);
    const response = await fetch(`${base}/api/nominations/${nomination.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${submitter}` },
      body: form,
    });
    if (response.status !== 201) throw new Error(`upload ${response.status}`);
  }
  await json(`${base}/api/nominations/${nomination.id}/events`, submitter, 'POST', { type: 'SUBMIT' });
  return nomination.id;
}

/** Transitions per second over HTTP: each worker cycles its own nomination through RETURN (board) and RESUBMIT (submitter). */
async function httpTransitions(base, board, submitter, ids) {
  let count = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    ids.map(async (id) => {
      while (Date.now() < end) {
        await json(`${base}/api/nominations/${id}/events`, board, 'POST', { type: 'RETURN', comment: 'Bổ sung' });
        await json(`${base}/api/nominations/${id}/events`, submitter, 'POST', { type: 'RESUBMIT' });
        count += 2;
      }
    }),
  );
  return count / SECONDS;
}

async function requestsPerSecond(url, token) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** One restore + transition + allowed-events computation per iteration, with XState and with a plain lookup table. */
function machineTransitions() {
  const context = {
    actor: { roles: ['board'], scopes: { proposing: true, deciding: true } },
    requiresCouncil: false,
    beyondProvince: false,
  };
  const iterations = 200_000;
  let start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const snapshot = nominationMachine.resolveState({ value: i % 2 ? 'submitted' : 'returned', context });
    const [next] = transition(nominationMachine, snapshot, { type: i % 2 ? 'RETURN' : 'RESUBMIT' });
    if (!next.value) throw new Error('no state');
  }
  const xstateMicros = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  const table = { submitted: { RETURN: 'returned' }, returned: { RESUBMIT: 'submitted' } };
  start = process.hrtime.bigint();
  let sink = '';
  for (let i = 0; i < iterations; i++) {
    const state = i % 2 ? 'submitted' : 'returned';
    const allowed = context.actor.roles.includes('board') && context.actor.scopes.deciding;
    sink = allowed ? table[state][i % 2 ? 'RETURN' : 'RESUBMIT'] : state;
  }
  const plainMicros = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  return { xstateMicros, plainMicros, sink };
}

const directory = mkdtempSync(join(tmpdir(), 'bench-'));
const raw = rawDurableCommits(directory);

/** The built app in its own process (as in production), so the load generator here does not share its event loop. */
async function startApp() {
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []),
      'dist/main.js',
    ],
    {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATA_DIR: directory,
        SQLITE_PATH: join(directory, 'app.sqlite'),
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: 'admin-password',
        LOGIN_RATE_LIMIT: '1000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('Listening on') && resolve());
    child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

const { child, base } = await startApp();
const admin = await login(base, 'admin', 'admin-password');
const root = (await json(`${base}/api/users/me`, admin)).unitId;
const unit = await json(`${base}/api/units`, admin, 'POST', {
  code: 'BENCH',
  name: 'Đơn vị đo',
  kind: 'department',
  parentId: root,
});
for (const [username, roles] of [
  ['bench.board', ['board']],
  ['bench.submitter', ['submitter']],
]) {
  await json(`${base}/api/users`, admin, 'POST', {
    username,
    password: 'password-123',
    displayName: username,
    unitId: unit.id,
    roles,
  });
}
const board = await login(base, 'bench.board', 'password-123');
const submitter = await login(base, 'bench.submitter', 'password-123');
const ids = [];
for (let i = 0; i < Number(process.env.BENCH_WORKERS ?? 8); i++)
  ids.push(await submittedNomination(base, submitter, unit.id, i));

const http = await httpTransitions(base, board, submitter, ids);
const detail = await requestsPerSecond(`${base}/api/nominations/${ids[0]}`, board);
const minimal = await requestsPerSecond(`${base}/api/health`, board);
child.kill('SIGTERM');
const machine = machineTransitions();

const rows = [
  [
    'nomination transitions over HTTP (8 workers) vs raw durable commit',
    `${http.toFixed(0)}/s`,
    `${raw.toFixed(0)}/s`,
    http / raw,
    '≥ 50 %',
  ],
  [
    'nomination detail GET vs minimal route (/api/health), 50 connections',
    `${detail.rps.toFixed(0)}/s (p99 ${detail.p99} ms)`,
    `${minimal.rps.toFixed(0)}/s (p99 ${minimal.p99} ms)`,
    detail.rps / minimal.rps,
    '≥ 50 %',
  ],
  [
    'machine restore + transition: XState vs plain lookup',
    `${machine.xstateMicros.toFixed(2)} µs`,
    `${machine.plainMicros.toFixed(3)} µs`,
    machine.plainMicros / machine.xstateMicros,
    'informative',
  ],
];
console.log(`\nNomination benchmarks (${SECONDS} s each, Node ${process.version})\n`);
console.log('| measure | app | reference | ratio | goal |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, value, reference, ratio, goal] of rows)
  console.log(`| ${name} | ${value} | ${reference} | ${(ratio * 100).toFixed(0)} % | ${goal} |`);

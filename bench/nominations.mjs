// Benchmarks of the nomination workflow: each figure measured side by side with its reference in the same run, on a
// temporary SQLite file with the app's durability settings (WAL, synchronous=FULL).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transition } from 'xstate';
import { nominationMachine } from '../dist/nominations/nomination.machine.js';
import { department, keepAliveClient, SECONDS, startApp, submittedNomination } from './lib.mjs';

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
  const commitsPerSecond = () => {
    let count = 0;
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      const [from, to] = version % 2 ? ['submitted', 'returned'] : ['returned', 'submitted'];
      step(version, from, to);
      version++;
      count++;
    }
    return count / SECONDS;
  };
  commitsPerSecond(); // warm-up, as for the app
  const rate = commitsPerSecond();
  db.close();
  return rate;
}

/**
 * Transitions per second over HTTP: each worker cycles its own nomination through RETURN (board) and RESUBMIT
 * (submitter), on its own keep-alive connection. After a warm-up of the same length that is not counted (the JIT).
 */
async function httpTransitions(base, board, submitter, ids) {
  const post = keepAliveClient(base, ids.length);
  const cycle = async (seconds) => {
    let count = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      ids.map(async (id) => {
        while (Date.now() < end) {
          await post(`/api/nominations/${id}/events`, board, { type: 'RETURN', comment: 'Bổ sung' });
          await post(`/api/nominations/${id}/events`, submitter, { type: 'RESUBMIT' });
          count += 2;
        }
      }),
    );
    return count / seconds;
  };
  await cycle(SECONDS);
  return cycle(SECONDS);
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

const WORKERS = Number(process.env.BENCH_WORKERS ?? 8);

/** The rows of the summary table for the nomination workflow. */
export async function nominationRows() {
  const directory = mkdtempSync(join(tmpdir(), 'bench-'));
  const raw = rawDurableCommits(directory);
  const { child, base } = await startApp(directory);
  const { unit, board, submitter } = await department(base);
  const ids = [];
  for (let i = 0; i < WORKERS; i++) ids.push(await submittedNomination(base, submitter, unit.id, i));
  const http = await httpTransitions(base, board, submitter, ids);
  const alone = await httpTransitions(base, board, submitter, ids.slice(0, 1));
  const detail = await requestsPerSecond(`${base}/api/nominations/${ids[0]}`, board);
  const minimal = await requestsPerSecond(`${base}/api/health`, board);
  child.kill('SIGTERM');
  const machine = machineTransitions();
  const percent = (ratio) => `${(ratio * 100).toFixed(0)} %`;
  return [
    [
      `nomination transitions over HTTP (${WORKERS} workers) vs raw durable commit`,
      `${http.toFixed(0)}/s`,
      `${raw.toFixed(0)}/s`,
      percent(http / raw),
      '≥ 50 %',
    ],
    [
      'the same with one worker (no concurrent commit to share)',
      `${alone.toFixed(0)}/s`,
      `${raw.toFixed(0)}/s`,
      percent(alone / raw),
      'informative',
    ],
    [
      'nomination detail GET vs minimal route (/api/health), 50 connections',
      `${detail.rps.toFixed(0)}/s (p99 ${detail.p99} ms)`,
      `${minimal.rps.toFixed(0)}/s (p99 ${minimal.p99} ms)`,
      percent(detail.rps / minimal.rps),
      '≥ 50 %',
    ],
    [
      'machine restore + transition: XState vs plain lookup',
      `${machine.xstateMicros.toFixed(2)} µs`,
      `${machine.plainMicros.toFixed(3)} µs`,
      percent(machine.plainMicros / machine.xstateMicros),
      'informative',
    ],
  ];
}

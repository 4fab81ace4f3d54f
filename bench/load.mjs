// npm run load: 50 connections for LOAD_SECONDS (default 30) each on the nomination list, the detail and transitions,
// against the built app on SQLite. Prints requests per second, p99 latency, errors and the app's memory over time.
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { department, memoryOf, startApp, submittedNomination } from './lib.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = 50;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Samples the app's resident memory once a second while `work` runs. */
async function withMemory(pid, work) {
  const samples = [memoryOf(pid).rss];
  const timer = setInterval(() => samples.push(memoryOf(pid).rss), 1000);
  try {
    return { result: await work(), samples: [...samples, memoryOf(pid).rss] };
  } finally {
    clearInterval(timer);
  }
}

async function cannon(url, token) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/** Each of the 50 workers cycles its own nomination through RETURN (board) and RESUBMIT (submitter). */
async function transitions(base, board, submitter, ids) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const post = async (id, token, body) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/nominations/${id}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (response.status !== 200) errors++;
  };
  await Promise.all(
    ids.map(async (id) => {
      while (Date.now() < end) {
        await post(id, board, { type: 'RETURN', comment: 'Bổ sung hồ sơ' });
        await post(id, submitter, { type: 'RESUBMIT' });
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS, p99: percentile(latencies, 99), errors, total: latencies.length };
}

const directory = mkdtempSync(join(tmpdir(), 'load-'));
const { child, base } = await startApp(directory);
try {
  const { unit, board, submitter } = await department(base);
  const ids = [];
  for (let i = 0; i < CONNECTIONS; i++) ids.push(await submittedNomination(base, submitter, unit.id, i));
  const phases = [
    ['GET /api/nominations (list, 50 per page)', () => cannon(`${base}/api/nominations?pageSize=50`, board)],
    ['GET /api/nominations/:id (detail)', () => cannon(`${base}/api/nominations/${ids[0]}`, board)],
    ['POST /api/nominations/:id/events (RETURN / RESUBMIT)', () => transitions(base, board, submitter, ids)],
  ];
  console.log(
    `\nLoad: ${CONNECTIONS} connections, ${SECONDS} s per endpoint, Node ${process.version}, ${cpus().length} cores, SQLite\n`,
  );
  console.log('| endpoint | requests | per second | p99 | errors | app RSS start → end (max) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, work] of phases) {
    const { result, samples } = await withMemory(child.pid, work);
    const memory = `${samples[0].toFixed(0)} → ${samples[samples.length - 1].toFixed(0)} MB (${Math.max(...samples).toFixed(0)})`;
    console.log(
      `| ${name} | ${result.total} | ${result.rps.toFixed(0)} | ${result.p99.toFixed(0)} ms | ${result.errors} | ${memory} |`,
    );
  }
} finally {
  child.kill('SIGTERM');
}

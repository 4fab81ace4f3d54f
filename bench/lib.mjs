// Shared pieces of the benchmarks: the built app in its own process, HTTP helpers, a department with its users.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built app in its own process (as in production), so the load generator does not share its event loop. */
export async function startApp(directory, env = {}) {
  const port = await freePort();
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
        ...env,
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

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function json(url, token, method = 'GET', body) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = await response.json();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

/**
 * A POST client on `connections` keep-alive sockets, for loops that must load the app rather than the client: on two
 * cores the client shares the machine with the app, and `fetch` costs several times what `node:http` does.
 */
export function keepAliveClient(base, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return (path, token, body) =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const headers = {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      };
      const request = http.request(`${base}${path}`, { method: 'POST', agent, headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (response.statusCode >= 300) reject(new Error(`POST ${path}: ${response.statusCode} ${text}`));
          else resolve(JSON.parse(text));
        });
      });
      request.on('error', reject);
      request.end(payload);
    });
}

export async function login(base, username, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (await response.json()).accessToken;
}

/** A department with a board user and a submitter, signed in. */
export async function department(base) {
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
  return {
    admin,
    unit,
    board: await login(base, 'bench.board', 'password-123'),
    submitter: await login(base, 'bench.submitter', 'password-123'),
  };
}

/** A submitted nomination of a fresh person, ready for RETURN / RESUBMIT cycles. */
export async function submittedNomination(base, submitter, unitId, index) {
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

/** Prints the rows [measure, app, reference, ratio, goal] as one Markdown table. */
export function printTable(title, rows) {
  console.log(`\n${title}\n`);
  console.log('| measure | app | reference | ratio | goal |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

let scale;

/**
 * The national dataset (npm run seed:scale: 34 provinces, 1M nominations), seeded once per bench run into a temporary file
 * unless SCALE_SQLITE names an existing one.
 */
export function scaleDatabase() {
  scale ??= (() => {
    let path = process.env.SCALE_SQLITE;
    if (!path || !existsSync(path)) {
      path = join(mkdtempSync(join(tmpdir(), 'bench-scale-')), 'scale.sqlite');
      console.error(`Seeding ${process.env.SCALE_NOMINATIONS ?? '1000000'} nominations into ${path}…`);
      const seeded = spawnSync(process.execPath, ['dist/seeds/scale/cli.js'], {
        env: { ...process.env, SQLITE_PATH: path },
        stdio: 'inherit',
      });
      if (seeded.status !== 0) throw new Error('seed:scale failed');
    }
    return path;
  })();
  return scale;
}

/**
 * The national dataset on PostgreSQL, when SCALE_DATABASE_URL names a database seeded by `npm run seed:scale` with
 * DATABASE_URL; null otherwise (it is not seeded here: that takes minutes and a database of its own).
 */
export function scalePostgres() {
  return process.env.SCALE_DATABASE_URL || null;
}

/** The built app on the national dataset (a SQLite file's path, or a PostgreSQL URL), on a free port; `stop()` ends it. */
export async function startScaleApp(database, env = {}) {
  const port = await freePort();
  const target = database.startsWith('postgres') ? { DATABASE_URL: database } : { SQLITE_PATH: database };
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH, PORT: String(port), ...target, LOGIN_RATE_LIMIT: '1000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('Listening on') && resolve());
    child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** The p-th percentile (0–100) of some timings. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

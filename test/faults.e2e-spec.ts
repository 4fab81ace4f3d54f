import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { createServer, Socket, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { completeDossier, createPerson, nominate, send } from './helpers/dossier.js';
import { buildOrg } from './helpers/org.js';
import { spawnBuiltApp, type ProcessApp } from './helpers/process-app.js';
import {
  ADMIN,
  bearer,
  e2eDatabase,
  expectErrorShape,
  login,
  resetPostgres,
  startApp,
  type TestApp,
} from './helpers/test-app.js';

/** Rows of a query on whichever database this run targets, read directly (not through the app). */
async function query(env: Record<string, string>, sql: string): Promise<Record<string, unknown>[]> {
  if (env.SQLITE_PATH) {
    const db = new Database(env.SQLITE_PATH, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('faults', () => {
  let app: ProcessApp | undefined;
  let t: TestApp | undefined;
  afterAll(async () => {
    await app?.stop('SIGKILL');
    await t?.close();
  });

  it('survives kill -9 during a stream of transitions and a decision: every state matches its log, no decision is half applied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faults-'));
    const env: Record<string, string> = {
      DATA_DIR: dir,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    };
    if (e2eDatabase() === 'sqlite') env.SQLITE_PATH = join(dir, 'emulation.sqlite');
    else {
      env.DATABASE_URL = process.env.TEST_DATABASE_URL!;
      await resetPostgres(env.DATABASE_URL);
    }
    app = await spawnBuiltApp(env);
    const http = app.asTestApp();
    const org = await buildOrg(http);
    const streamed: number[] = [];
    const approved: number[] = [];
    for (let i = 0; i < 24; i++) {
      const person = await createPerson(http, org.tokens.submitterA, org.departmentA, `Người số ${i}`);
      const nomination = await nominate(http, org.tokens.submitterA, {
        awardTypeCode: 'giay_khen',
        proposingUnitId: org.departmentA,
        personId: person,
      });
      await completeDossier(http, org.tokens.submitterA, nomination.id);
      await send(http, org.tokens.submitterA, nomination.id, { type: 'SUBMIT' }).expect(200);
      if (i < 12) {
        streamed.push(nomination.id);
      } else {
        await send(http, org.tokens.boardA, nomination.id, {
          type: 'VERIFY',
          comment: 'Thành tích tiêu biểu, đã xác minh',
        }).expect(200);
        await send(http, org.tokens.boardA, nomination.id, { type: 'APPROVE' }).expect(200);
        approved.push(nomination.id);
      }
    }

    // Each worker cycles its nomination through RETURN and RESUBMIT until the process dies under it.
    let running = true;
    const workers = streamed.map(async (id) => {
      while (running) {
        try {
          await fetch(`${app!.url}/api/nominations/${id}/events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${org.tokens.boardA}`, 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'RETURN', comment: 'Bổ sung' }),
          });
          await fetch(`${app!.url}/api/nominations/${id}/events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${org.tokens.submitterA}`, 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'RESUBMIT' }),
          });
        } catch {
          return;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    void fetch(`${app.url}/api/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${org.tokens.boardA}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        number: '99/QĐ-SNN',
        signedOn: '2024-12-20',
        signerName: 'Giám đốc',
        signerTitle: 'GIÁM ĐỐC',
        issuingUnitId: org.departmentA,
        nominationIds: approved,
      }),
    }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await app.stop('SIGKILL');
    running = false;
    await Promise.all(workers);

    app = await spawnBuiltApp(env);
    const logged = await query(
      env,
      `SELECT n.id, n.state, n.version,
              (SELECT COUNT(*) FROM transition_log l WHERE l.workflow = 'nomination' AND l."entityId" = n.id) AS logs,
              (SELECT l."toState" FROM transition_log l WHERE l.workflow = 'nomination' AND l."entityId" = n.id
                ORDER BY l.id DESC LIMIT 1) AS "lastTo"
       FROM nominations n`,
    );
    expect(logged).toHaveLength(24);
    for (const row of logged) {
      expect(row.state).toBe(row.lastTo);
      // Each transition bumps the version and writes one log row, in one transaction.
      expect(Number(row.version)).toBe(1 + Number(row.logs));
    }
    expect(logged.filter((row) => streamed.includes(Number(row.id))).some((row) => Number(row.logs) > 3)).toBe(true);
    const decisions = await query(
      env,
      `SELECT d.id, (SELECT COUNT(*) FROM decision_awards a WHERE a."decisionId" = d.id) AS awards FROM decisions d`,
    );
    const decided = logged.filter((row) => row.state === 'decided');
    if (decisions.length === 0) expect(decided).toHaveLength(0);
    else {
      expect(decisions).toHaveLength(1);
      expect(Number(decisions[0].awards)).toBe(approved.length);
      expect(decided.map((row) => Number(row.id)).sort((a, b) => a - b)).toEqual(approved);
    }

    // And the restarted app carries on from where the log says each nomination is.
    const first = logged.find((row) => Number(row.id) === streamed[0])!;
    const restarted = app.asTestApp();
    if (first.state === 'submitted') {
      const board = await login(restarted, 'board.a', 'password-123');
      await send(restarted, board, streamed[0], { type: 'RETURN', comment: 'Sau sự cố' }).expect(200);
    } else {
      const submitter = await login(restarted, 'submitter.a', 'password-123');
      await send(restarted, submitter, streamed[0], { type: 'RESUBMIT' }).expect(200);
    }
    await app.asTestApp().http().get('/api/health').expect(200);
  });

  (e2eDatabase() === 'postgres' ? it : it.skip)(
    'answers 503 in the error shape while PostgreSQL is unreachable, and recovers when it is back',
    async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      const sockets = new Set<Socket>();
      let up = true;
      const proxy: Server = createServer((client) => {
        if (!up) return client.destroy();
        const server = new Socket();
        server.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, server]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(server).pipe(client);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const proxied = new URL(target.toString());
      proxied.hostname = '127.0.0.1';
      proxied.port = String((proxy.address() as { port: number }).port);
      t = await startApp({ DATABASE_URL: proxied.toString() });
      const org = await buildOrg(t);
      const list = () => t!.http().get('/api/nominations').set(bearer(org.tokens.submitterA));
      await list().expect(200);

      up = false;
      for (const socket of sockets) socket.destroy();
      const during = await Promise.all(Array.from({ length: 10 }, () => list()));
      for (const response of during) {
        expect(response.status).toBe(503);
        expectErrorShape(response.body, 503);
      }

      up = true;
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await list()).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
      const after = await Promise.all(Array.from({ length: 10 }, () => list()));
      expect(after.map((response) => response.status)).toEqual(Array(10).fill(200));
      await t.close();
      t = undefined;
      await new Promise((resolve) => proxy.close(resolve));
    },
  );
});

import { expect } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { BootstrapService } from '../../src/seeds/bootstrap.service.js';
import { ResponseCheck } from './response-check.js';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };

/** The database an e2e run targets: SQLite in memory by default, PostgreSQL when E2E_DB=postgres (CI sets both runs). */
export function e2eDatabase(): 'sqlite' | 'postgres' {
  return process.env.E2E_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/** Empties the PostgreSQL test database so every test file starts from migrations alone, with no job queued. */
export async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    // pg-boss keeps its jobs and schedules in a schema of its own.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** Starts the real app (migrations, bootstrap admin, optional demo data) against a fresh database. */
export async function startApp(env: Record<string, string> = {}, options: { reset?: boolean } = {}): Promise<TestApp> {
  const database: Record<string, string> = {};
  if (e2eDatabase() === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('E2E_DB=postgres needs TEST_DATABASE_URL');
    if (options.reset !== false) await resetPostgres(url);
    database.DATABASE_URL = url;
  } else {
    database.SQLITE_PATH = ':memory:';
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '1000',
    ...database,
    ...env,
  });
  const app = await createApp(config);
  // The document is served only once the app listens; answers before that (none) go unchecked.
  const check: { responses?: ResponseCheck } = {};
  ResponseCheck.install(app.getHttpAdapter().getInstance(), () => check.responses);
  await app.get(BootstrapService).run();
  // A real listening socket, as clients meet it (supertest's per-request listen races with multipart bodies).
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  const responses = new ResponseCheck((await request(url).get('/api/docs-json').expect(200)).body);
  check.responses = responses;
  return {
    app,
    config,
    url,
    http: () => request(url),
    close: async () => {
      await app.close();
      // Every JSON answer of the run matched the OpenAPI document: the contract a third party codes against.
      if (responses.mismatches.length) {
        throw new Error(
          `Answers the OpenAPI document does not describe:\n${[...new Set(responses.mismatches)].join('\n')}`,
        );
      }
    },
  };
}

export async function login(t: TestApp, username: string, password: string): Promise<string> {
  const response = await t.http().post('/api/auth/login').send({ username, password });
  if (response.status !== 200)
    throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken as string;
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** Asserts the one error shape of api.md and that nothing internal leaked. */
export function expectErrorShape(body: Record<string, unknown>, status: number): void {
  expect(body.statusCode).toBe(status);
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(js|ts):\d+|QueryFailedError|SQLITE_|stack/);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import request from 'supertest';
import type { TestApp } from './test-app.js';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ProcessApp {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** A TestApp view for the HTTP helpers (buildOrg, nominate…). */
  asTestApp: () => TestApp;
  /** Waits for the process to end after a signal. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** The built app (`node dist/main.js`) as its own process, as production runs it; resolves once `ready` is printed. */
export async function spawnBuiltApp(env: Record<string, string>, ready = 'Listening on'): Promise<ProcessApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH, PORT: String(port), LOGIN_RATE_LIMIT: '1000', ...env },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    output: () => output,
    asTestApp: () => ({ url, http: () => request(url), close: async () => undefined }) as unknown as TestApp,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

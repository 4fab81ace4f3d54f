import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** What a job does with its data; a job that throws is tried again later. */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/** How often a failed job is tried, in all, and the first pause before trying again (doubled each time). */
const ATTEMPTS = 4;
const FIRST_RETRY_MS = 2_000;

/**
 * Background work. On PostgreSQL it runs on pg-boss: jobs and schedules are rows of the same database (schema `pgboss`),
 * so several app instances share them and each job is done by one instance, once, and a job queued before a restart is
 * done after it. On SQLite (one process) the same handlers run in this process, and schedules on `croner`. Features
 * register their handlers and schedules while the app is built; the queue starts with the app.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: { name: string; cron: string }[] = [];
  private readonly startJobs: string[] = [];
  private boss: PgBoss | null = null;
  private crons: Cron[] = [];
  private stopped = false;
  /** SQLite: the jobs running in this process, awaited at shutdown. */
  private readonly running = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The handler of the jobs named `name`. */
  work(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  /** Queues `name` on a schedule (cron, to the minute, in UTC). */
  schedule(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  /** Queues `name` once each time the queue starts (work a stopped instance may have left). */
  atStart(name: string): void {
    this.startJobs.push(name);
  }

  /** True once the app is shutting down: a long job stops at its next step and leaves the rest to be resumed. */
  get stopping(): boolean {
    return this.stopped;
  }

  /** Queues one job. Call it after the commit of what the job will read (`Transactions.afterCommit`). */
  async send(name: string, data: Record<string, unknown> = {}): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`No handler for jobs "${name}"`);
    if (this.boss) {
      await this.boss.send(name, data, {
        retryLimit: ATTEMPTS - 1,
        retryDelay: FIRST_RETRY_MS / 1000,
        retryBackoff: true,
      });
    } else this.runHere(name, data, 1);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Nothing to run (no feature registered work): no queue to start.
    if (this.handlers.size === 0) return;
    if (this.config.database.kind === 'postgres') {
      this.boss = new PgBoss({ connectionString: this.config.database.url, schema: 'pgboss' });
      this.boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
      await this.boss.start();
      for (const [name, handler] of this.handlers) {
        await this.boss.createQueue(name);
        await this.boss.work<Record<string, unknown>>(name, async (jobs) => {
          for (const job of jobs) await handler(job.data ?? {});
        });
      }
      for (const { name, cron } of this.schedules) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    } else {
      this.crons = this.schedules.map(
        ({ name, cron }) => new Cron(cron, { timezone: 'UTC', unref: true }, () => this.runHere(name, {}, 1)),
      );
    }
    for (const name of this.startJobs) await this.send(name);
  }

  /**
   * Before the database closes (and the PDF printer): no new job starts, and the jobs under way finish or stop at their
   * next step (they read `stopping`), leaving what remains to be resumed.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.crons.forEach((cron) => cron.stop());
    await Promise.allSettled([...this.running]);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** SQLite: the job runs in this process soon after; a failure is tried again after a pause, up to ATTEMPTS times. */
  private runHere(name: string, data: Record<string, unknown>, attempt: number): void {
    const handler = this.handlers.get(name)!;
    setImmediate(() => {
      if (this.stopped) return;
      const run = handler(data).catch((error: unknown) => {
        this.logger.warn(`Job "${name}" failed (attempt ${attempt} of ${ATTEMPTS}): ${String(error)}`);
        if (attempt < ATTEMPTS) {
          setTimeout(() => this.runHere(name, data, attempt + 1), FIRST_RETRY_MS * 2 ** (attempt - 1)).unref();
        }
      });
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    });
  }
}

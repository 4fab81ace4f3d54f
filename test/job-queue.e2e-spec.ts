import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/config/app-config.js';
import { JobQueue } from '../src/jobs/job-queue.js';
import { e2eDatabase, resetPostgres } from './helpers/test-app.js';

// Several instances share one queue only on PostgreSQL (pg-boss); on SQLite there is one process.
const describeOnPostgres = e2eDatabase() === 'postgres' ? describe : describe.skip;

/**
 * A schedule on two instances of the app's queue sharing one PostgreSQL (issue #18): when the minute comes, one of them
 * runs the job, once. This waits for a real minute of the clock (up to about 100 s).
 */
describeOnPostgres('scheduled jobs on two instances sharing one PostgreSQL', () => {
  it('runs a job scheduled every minute once per minute, on one instance', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    await resetPostgres(url);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url });
    const runs: { instance: number; minute: string }[] = [];
    const instances = [1, 2].map((instance) => {
      const queue = new JobQueue(config);
      queue.work('tick', async () => void runs.push({ instance, minute: new Date().toISOString().slice(0, 16) }));
      queue.schedule('tick', '* * * * *');
      return queue;
    });
    try {
      for (const queue of instances) await queue.onApplicationBootstrap();
      for (let waited = 0; runs.length === 0 && waited < 110_000; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(runs.length).toBeGreaterThan(0);
      // Long enough for the other instance's run of the same minute to show up, were there one.
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      const minutes = runs.map((run) => run.minute);
      expect(new Set(minutes).size).toBe(minutes.length);
    } finally {
      for (const queue of instances) await queue.beforeApplicationShutdown();
    }
  }, 180_000);
});

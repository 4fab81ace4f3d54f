import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

interface QueuedWork {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** At most this many units of work share one SQLite commit, so a long queue still commits (and answers) regularly. */
const GROUP_LIMIT = 32;
/** The longest a group waits for the writers of the group before it to come back (less than one commit's fsync). */
const GROUP_WAIT_MS = 0.5;

/**
 * Runs write transactions. PostgreSQL runs them concurrently on its pool.
 *
 * TypeORM's better-sqlite3 driver shares one connection, so two overlapping transactions fail ("cannot start a
 * transaction within a transaction") even on different rows: on SQLite the work is queued here and runs one unit at a
 * time, in arrival order. Units that queue up while one runs share its commit (group commit): each runs in its own
 * savepoint, so a unit that fails leaves no trace and the others go on, and each promise settles only after the one
 * COMMIT, so nothing is answered before it is durable. The fsync of a commit blocks the event loop (better-sqlite3 is
 * synchronous), so sharing it among concurrent requests is what lets writes keep up with them.
 */
@Injectable()
export class Transactions {
  private readonly queue: QueuedWork[] = [];
  private draining = false;
  private lastGroupSize = 0;
  private readonly serialise: boolean;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.dataSource.transaction(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (result: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  /**
   * Work runs in microtasks (the driver is synchronous), so requests waiting on sockets only get to queue theirs when
   * the event loop turns: give it one turn before committing. While this group is smaller than the last one, keep
   * turning for a moment: the last group's writers, just answered, are likely on their way back.
   */
  private async awaitMoreWork(size: number, started: number): Promise<void> {
    do await new Promise(setImmediate);
    while (this.queue.length === 0 && size < this.lastGroupSize && performance.now() - started < GROUP_WAIT_MS);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length > 0) await this.commitGroup();
    this.draining = false;
  }

  /**
   * Runs queued units in one transaction, each in a savepoint, taking those that arrive meanwhile (until the event loop
   * has turned once with none arriving), then commits.
   */
  private async commitGroup(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const committed: { unit: QueuedWork; result: unknown }[] = [];
    const failAll = (error: unknown) => committed.forEach(({ unit }) => unit.reject(error));
    try {
      await runner.startTransaction();
    } catch (error) {
      this.queue.splice(0).forEach((unit) => unit.reject(error));
      return;
    }
    const started = performance.now();
    let count = 0;
    for (; count < GROUP_LIMIT; count++) {
      if (this.queue.length === 0) await this.awaitMoreWork(count, started);
      const unit = this.queue.shift();
      if (!unit) break;
      try {
        await runner.startTransaction();
      } catch (error) {
        unit.reject(error);
        failAll(error);
        await runner.rollbackTransaction().catch(() => undefined);
        return;
      }
      try {
        const result = await unit.work(runner.manager);
        await runner.commitTransaction();
        committed.push({ unit, result });
      } catch (error) {
        unit.reject(error);
        try {
          await runner.rollbackTransaction();
        } catch (rollbackError) {
          // SQLite itself ended the transaction (an I/O error): the earlier units are gone with it.
          failAll(rollbackError);
          await runner.rollbackTransaction().catch(() => undefined);
          return;
        }
      }
    }
    this.lastGroupSize = count;
    try {
      await runner.commitTransaction();
    } catch (error) {
      failAll(error);
      await runner.rollbackTransaction().catch(() => undefined);
      return;
    }
    committed.forEach(({ unit, result }) => unit.resolve(result));
  }
}

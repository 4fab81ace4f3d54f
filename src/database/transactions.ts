import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

interface QueuedWork {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** At most this many units of work share one SQLite commit, so a long queue still commits (and answers) regularly. */
const GROUP_LIMIT = 32;

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
    for (let count = 0; count < GROUP_LIMIT; count++) {
      // Work runs in microtasks (the driver is synchronous), so requests waiting on sockets only get to queue theirs
      // when the event loop turns: give it one turn before committing.
      if (this.queue.length === 0) await new Promise(setImmediate);
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

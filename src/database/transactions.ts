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
 * time, in arrival order. Units queued together share one commit (group commit): each runs in its own savepoint, so a
 * unit that fails leaves no trace and the others go on, and each promise settles only after the one COMMIT, so nothing
 * is answered before it is durable. The fsync of a commit blocks the event loop (better-sqlite3 is synchronous), so
 * sharing it among concurrent requests is what lets writes keep up with them.
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

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length > 0) {
      await this.gather();
      await this.commitGroup();
    }
    this.draining = false;
  }

  /**
   * Lets requests waiting on sockets queue their work before the group starts. It turns the event loop while no
   * transaction is open, so other requests never read a group's uncommitted writes: the units themselves run in
   * microtasks (the driver is synchronous), so nothing else runs between BEGIN and COMMIT. While fewer units are queued
   * than the last group had, it keeps turning for a moment: those writers, just answered, are likely on their way back.
   */
  private async gather(): Promise<void> {
    const started = performance.now();
    do await new Promise(setImmediate);
    while (this.queue.length < this.lastGroupSize && performance.now() - started < GROUP_WAIT_MS);
  }

  /** Runs the queued units (and any queued meanwhile) in one transaction, each in a savepoint, then commits. */
  private async commitGroup(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const committed: { unit: QueuedWork; result: unknown }[] = [];
    /** The whole group is lost: every unit run so far fails, and the transaction is rolled back as far as it still exists. */
    const abandon = async (error: unknown) => {
      committed.forEach(({ unit }) => unit.reject(error));
      await runner.rollbackTransaction().catch(() => undefined);
    };
    try {
      await runner.startTransaction();
    } catch (error) {
      this.queue.splice(0).forEach((unit) => unit.reject(error));
      return;
    }
    let count = 0;
    for (; count < GROUP_LIMIT && this.queue.length > 0; count++) {
      const unit = this.queue.shift()!;
      try {
        await runner.startTransaction();
      } catch (error) {
        unit.reject(error);
        return abandon(error);
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
          return abandon(rollbackError);
        }
      }
    }
    this.lastGroupSize = count;
    try {
      await runner.commitTransaction();
    } catch (error) {
      return abandon(error);
    }
    committed.forEach(({ unit, result }) => unit.resolve(result));
  }
}

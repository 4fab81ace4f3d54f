import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type BetterSqlite3 from 'better-sqlite3';
import { DataSource, type EntityManager, type QueryFailedError } from 'typeorm';

/** Nest token for `TransactionsOptions`. */
export const TRANSACTIONS_OPTIONS = Symbol('TRANSACTIONS_OPTIONS');

interface QueuedWork {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** Work that must wait for a commit: a job to queue, a message to send. It may not throw into the unit it follows. */
export type AfterCommit = () => Promise<void> | void;

/** At most this many units of work share one SQLite commit, so a long queue still commits (and answers) regularly. */
const GROUP_LIMIT = 32;
/** The longest a group waits for the writers of the group before it to come back (less than one commit's fsync). */
const GROUP_WAIT_MS = 0.5;

/** PostgreSQL's codes for a transaction it ended to let others go on: a deadlock, a serialization failure. */
const RETRIED = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

/** Statements that open, end or mark a transaction, or set the connection up: not writes of a unit. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b/i;

export interface TransactionsOptions {
  /**
   * Refuse any write on SQLite that runs while no unit of work does (tests turn this on: it proves rule 3 below over
   * the whole suite). It wraps the driver's prepared statements, so it is for tests, not for production.
   */
  checkWritesOutsideUnits?: boolean;
}

/**
 * Runs write transactions. PostgreSQL runs them concurrently on its pool.
 *
 * TypeORM's better-sqlite3 driver shares one connection, so two overlapping transactions fail ("cannot start a
 * transaction within a transaction") even on different rows: on SQLite the work is queued here and runs one unit at a
 * time, in arrival order. Units queued together share one commit (group commit): each runs in its own savepoint, so a
 * unit that fails leaves no trace and the others go on, and each promise settles only after the one COMMIT, so nothing
 * is answered before it is durable. The fsync of a commit blocks the event loop (better-sqlite3 is synchronous), so
 * sharing it among concurrent requests is what lets writes keep up with them.
 *
 * The rules a unit of work (the function given to `run`) keeps, on which the group commit relies:
 * 1. **It awaits only the database.** No file, network or timer inside: while a unit waits on real I/O, other requests
 *    run and could read the group's uncommitted writes. Do such work before `run` (files are stored, passwords hashed
 *    first). On SQLite a `run` called while a unit is running is refused, which catches the common case.
 * 2. **`run` is never nested.** A unit that called `run` would wait for a group that waits for it. Pass the manager down
 *    instead. Refused on SQLite, as above.
 * 3. **Nothing writes outside `run`.** Every INSERT, UPDATE and DELETE goes through a unit's manager, so it is part of a
 *    transaction and a commit. Checked in tests (`checkWritesOutsideUnits`).
 * A refused unit is rolled back before it is answered, so whoever reads right after the refusal sees none of it.
 */
@Injectable()
export class Transactions {
  private readonly queue: QueuedWork[] = [];
  private draining = false;
  private lastGroupSize = 0;
  private readonly serialise: boolean;
  /** True while a unit's own code runs (SQLite only): nothing else may call `run` or write then, or outside it. */
  private unitRunning = false;
  /** What each running unit asked to do once it has committed, by the manager it was given. */
  private readonly afterCommitHooks = new WeakMap<EntityManager, AfterCommit[]>();
  private readonly logger = new Logger('Transactions');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Optional() @Inject(TRANSACTIONS_OPTIONS) options: TransactionsOptions = {},
  ) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
    if (this.serialise && options.checkWritesOutsideUnits) this.refuseWritesOutsideUnits();
  }

  /**
   * Runs `hook` once the unit of work given `manager` has committed, and never if it is rolled back: the way a unit
   * hands over what rule 1 forbids it to do itself (queue a job, send a message).
   */
  afterCommit(manager: EntityManager, hook: AfterCommit): void {
    const hooks = this.afterCommitHooks.get(manager);
    if (!hooks) throw new Error('afterCommit was called outside a unit of work');
    hooks.push(hook);
  }

  /**
   * After a bulk load (an import) commits: fresh planner statistics for the tables it filled, so that the next reader
   * does not get a plan made for the tables as they were. SQLite samples a thousand rows of each index
   * (`analysis_limit`) rather than reading them all; PostgreSQL's ANALYZE samples by itself.
   */
  analyzeAfterCommit(manager: EntityManager, tables: readonly string[]): void {
    this.afterCommit(manager, () =>
      this.run(async (next) => {
        if (this.serialise) await next.query('PRAGMA analysis_limit = 1000');
        for (const table of tables) await next.query(`ANALYZE "${table}"`);
      }),
    );
  }

  private runHooks(hooks: readonly AfterCommit[]): void {
    for (const hook of hooks) {
      Promise.resolve()
        .then(hook)
        .catch((error: unknown) => this.logger.error(`After a commit: ${String(error)}`));
    }
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.runConcurrently(work, 1);
    if (this.unitRunning) {
      return Promise.reject(
        new Error(
          'Transactions.run was called while a unit of work was running: units neither nest nor await other I/O',
        ),
      );
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (result: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  /**
   * PostgreSQL: one transaction on the pool. One that PostgreSQL ends to break a deadlock (two writers each waiting for
   * a row the other holds, e.g. the same counts of `RunningTallies` taken in another order) is run again from the
   * start, as a unit of work may be (rule 1); the third such failure is answered.
   */
  private async runConcurrently<T>(work: (manager: EntityManager) => Promise<T>, attempt: number): Promise<T> {
    const hooks: AfterCommit[] = [];
    try {
      const result = await this.dataSource.transaction((manager) => {
        this.afterCommitHooks.set(manager, hooks);
        return work(manager);
      });
      this.runHooks(hooks);
      return result;
    } catch (error) {
      const code = ((error as QueryFailedError).driverError as { code?: string } | undefined)?.code;
      if (attempt < MAX_ATTEMPTS && code !== undefined && RETRIED.has(code)) {
        this.logger.warn(`A transaction was ended by PostgreSQL (${code}); running it again (attempt ${attempt + 1})`);
        return this.runConcurrently(work, attempt + 1);
      }
      throw error;
    }
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

  /** Runs the queued units in one transaction, each in a savepoint, then commits. */
  private async commitGroup(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const group = this.queue.splice(0, GROUP_LIMIT);
    const committed: { unit: QueuedWork; result: unknown; hooks: AfterCommit[] }[] = [];
    /** The whole group is lost: it is rolled back as far as it still exists, then every unit not yet answered fails. */
    const abandon = async (error: unknown, from: number) => {
      await runner.rollbackTransaction().catch(() => undefined);
      committed.forEach(({ unit }) => unit.reject(error));
      group.slice(from).forEach((unit) => unit.reject(error));
    };
    try {
      await runner.startTransaction();
    } catch (error) {
      group.forEach((unit) => unit.reject(error));
      return;
    }
    for (const [index, unit] of group.entries()) {
      try {
        await runner.startTransaction();
      } catch (error) {
        return abandon(error, index);
      }
      let result: unknown;
      const hooks: AfterCommit[] = [];
      this.afterCommitHooks.set(runner.manager, hooks);
      try {
        this.unitRunning = true;
        result = await unit.work(runner.manager);
      } catch (error) {
        this.unitRunning = false;
        try {
          await runner.rollbackTransaction();
        } catch (rollbackError) {
          // SQLite itself ended the transaction (an I/O error): the earlier units are gone with it.
          return abandon(rollbackError, index);
        }
        // Answered only once its writes are undone, so a read right after the refusal sees none of them.
        unit.reject(error);
        continue;
      } finally {
        this.unitRunning = false;
      }
      try {
        await runner.commitTransaction();
      } catch (error) {
        return abandon(error, index);
      }
      committed.push({ unit, result, hooks });
    }
    this.lastGroupSize = group.length;
    try {
      await runner.commitTransaction();
    } catch (error) {
      return abandon(error, group.length);
    }
    committed.forEach(({ unit, result }) => unit.resolve(result));
    this.runHooks(committed.flatMap(({ hooks }) => hooks));
  }

  /** Wraps every writing statement prepared from now on, so that one run outside a unit throws instead. */
  private refuseWritesOutsideUnits(): void {
    const database = (this.dataSource.driver as { databaseConnection?: BetterSqlite3.Database }).databaseConnection;
    if (!database) return;
    const prepare = database.prepare.bind(database);
    database.prepare = ((source: string) => {
      const statement = prepare(source);
      if (statement.readonly || TRANSACTION_CONTROL.test(source)) return statement;
      for (const method of ['run', 'get', 'all', 'iterate'] as const) {
        const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          if (!this.unitRunning) throw new Error(`A write ran outside Transactions.run: ${source.slice(0, 200)}`);
          return original(...args);
        };
      }
      return statement;
    }) as typeof database.prepare;
  }
}

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import { Transactions } from './transactions.js';

describe('Transactions on SQLite (group commit)', () => {
  let directory: string;
  let dataSource: DataSource;
  let transactions: Transactions;
  let commits: number;
  /** A second connection to the same file: it sees only what was committed. */
  let observer: Database.Database;

  const committedIds = (table: string) =>
    (observer.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((row) => row.id);

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'transactions-'));
    const file = join(directory, 'db.sqlite');
    commits = 0;
    const logger: Logger = {
      logQuery: (query) => void (query === 'COMMIT' && commits++),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    dataSource = new DataSource({ type: 'better-sqlite3', database: file, logging: ['query'], logger });
    await dataSource.initialize();
    await dataSource.query('PRAGMA journal_mode = WAL');
    await dataSource.query('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    await dataSource.query(
      'CREATE TABLE child (id INTEGER PRIMARY KEY, parentId INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)',
    );
    commits = 0;
    transactions = new Transactions(dataSource);
    observer = new Database(file, { readonly: true });
  });

  afterEach(async () => {
    observer.close();
    await dataSource.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  it('lets units that queue together share one commit, and answers each only once it is committed', async () => {
    const seenOnAnswer: number[][] = [];
    await Promise.all(
      [1, 2, 3, 4, 5, 6].map((id) =>
        transactions
          .run((manager) => manager.query('INSERT INTO parent (id) VALUES (?)', [id]))
          .then(() => seenOnAnswer.push(committedIds('parent'))),
      ),
    );
    expect(commits).toBe(1);
    for (const seen of seenOnAnswer) expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses run() from inside a unit of work, which would wait for itself', async () => {
    const outcome = transactions.run(async (manager) => {
      await manager.query('INSERT INTO parent (id) VALUES (1)');
      await transactions.run((inner) => inner.query('INSERT INTO parent (id) VALUES (2)'));
    });
    await expect(outcome).rejects.toThrow(/while a unit of work was running/);
    expect(committedIds('parent')).toEqual([]);
  });

  it('rolls back a unit that fails after writing, and commits the others of its group', async () => {
    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4].map((id) =>
        transactions.run(async (manager) => {
          await manager.query('INSERT INTO parent (id) VALUES (?)', [id]);
          if (id === 3) throw new Error('refused by a rule');
          return id;
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason.message).toBe('refused by a rule');
    expect(committedIds('parent')).toEqual([1, 2, 4]);
    expect(commits).toBe(1);
  });

  it('answers a refused unit only after its writes are rolled back, so a read right after sees none of them', async () => {
    await transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (1)'));
    const seenOnRefusal: number[][] = [];
    const refused = transactions
      .run(async (manager) => {
        await manager.query('INSERT INTO parent (id) VALUES (2)');
        throw new Error('refused by a rule');
      })
      // The web form re-reads the record at once, on the shared connection, to show the page again.
      .catch(async () =>
        seenOnRefusal.push(
          (await dataSource.query('SELECT id FROM parent ORDER BY id')).map((row: { id: number }) => row.id),
        ),
      );
    const other = transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (3)'));
    await Promise.all([refused, other]);
    expect(seenOnRefusal).toEqual([[1]]);
    expect(committedIds('parent')).toEqual([1, 3]);
  });

  it('in tests, refuses a write outside any unit of work, and allows reads', async () => {
    const checked = new Transactions(dataSource, { checkWritesOutsideUnits: true });
    await expect(dataSource.query('INSERT INTO parent (id) VALUES (1)')).rejects.toThrow(/outside Transactions.run/);
    await checked.run((manager) => manager.query('INSERT INTO parent (id) VALUES (2)'));
    expect(await dataSource.query('SELECT id FROM parent')).toEqual([{ id: 2 }]);
    expect(committedIds('parent')).toEqual([2]);
  });

  it('fails every unit of a group whose commit fails, keeps none of them, and goes on with the next', async () => {
    const outcomes = await Promise.allSettled([
      transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (1)')),
      // A deferred foreign key is checked only at COMMIT, so the whole group's commit fails.
      transactions.run((manager) => manager.query('INSERT INTO child (id, parentId) VALUES (1, 99)')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(committedIds('parent')).toEqual([]);
    expect(committedIds('child')).toEqual([]);

    await transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (2)'));
    expect(committedIds('parent')).toEqual([2]);
  });

  it('never lets other requests on the shared connection read a group’s uncommitted writes', async () => {
    // Each arrival is a request of its own: it reads on the shared connection, then queues a write.
    const mismatches: string[] = [];
    const writes: Promise<unknown>[] = [];
    await new Promise<void>((resolve) => {
      let id = 0;
      const arrive = () => {
        void dataSource.query('SELECT id FROM parent ORDER BY id').then((rows: { id: number }[]) => {
          const shared = rows.map((row) => row.id).join(',');
          const committed = committedIds('parent').join(',');
          if (shared !== committed) mismatches.push(`${shared} read, ${committed} committed`);
        });
        if (++id > 40) return resolve();
        writes.push(transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (?)', [id])));
        setImmediate(arrive);
      };
      arrive();
    });
    await Promise.all(writes);
    expect(mismatches).toEqual([]);
    expect(committedIds('parent')).toHaveLength(40);
  });

  it('refuses work while the database is closed, without hanging, and goes on once it is open again', async () => {
    await dataSource.destroy();
    await expect(transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (1)'))).rejects.toThrow();
    await dataSource.initialize();
    await transactions.run((manager) => manager.query('INSERT INTO parent (id) VALUES (2)'));
    expect(committedIds('parent')).toEqual([2]);
  });

  it('runs units one at a time, in arrival order', async () => {
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        transactions.run(async () => {
          order.push(`${name} starts`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push(`${name} ends`);
        }),
      ),
    );
    expect(order).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('runs what a unit hands over after its commit, and nothing of a unit rolled back', async () => {
    const seen: string[] = [];
    const committedWhenRun: number[][] = [];
    await Promise.allSettled([
      transactions.run(async (manager) => {
        await manager.query('INSERT INTO parent (id) VALUES (1)');
        transactions.afterCommit(manager, () => {
          committedWhenRun.push(committedIds('parent'));
          seen.push('kept');
        });
      }),
      transactions.run(async (manager) => {
        await manager.query('INSERT INTO parent (id) VALUES (2)');
        transactions.afterCommit(manager, () => void seen.push('refused'));
        throw new Error('refused');
      }),
    ]);
    await new Promise(setImmediate);
    expect(seen).toEqual(['kept']);
    expect(committedWhenRun).toEqual([[1]]);
    expect(() => transactions.afterCommit(dataSource.manager, () => undefined)).toThrow(/outside a unit of work/);
  });
});

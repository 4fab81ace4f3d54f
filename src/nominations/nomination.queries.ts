import type { EntityManager } from 'typeorm';
import { placeholder, readRows, whereClause } from '../database/sql.js';
import { Nomination } from './nomination.entity.js';

/**
 * Reading nominations: one SELECT for a nomination with its units' paths and the names a list or a page shows, used by
 * every read of a single nomination, every list (API, pages, the council's agenda) and every transition.
 */

/** A nomination with the paths of its proposing and deciding units, which scope checks and guards read. */
const NOMINATION_WITH_UNIT_PATHS = `SELECT n.*, pu.path AS "proposingUnitPath", du.path AS "decidingUnitPath",
     pu.name AS "proposingUnitName", COALESCE(p."fullName", nu.name, 'Hộ ' || n."householdHeadName") AS "nomineeName"
   FROM nominations n
   JOIN units pu ON pu.id = n."proposingUnitId"
   JOIN units du ON du.id = n."decidingUnitId"
   LEFT JOIN people p ON p.id = n."personId"
   LEFT JOIN units nu ON nu.id = n."nomineeUnitId"`;

type NominationRow = Nomination & {
  proposingUnitPath: string;
  decidingUnitPath: string;
  proposingUnitName: string;
  nomineeName: string | null;
};

function toNomination({
  proposingUnitPath,
  decidingUnitPath,
  proposingUnitName,
  nomineeName,
  ...columns
}: NominationRow): Nomination {
  return Object.assign(new Nomination(), columns, {
    proposingUnit: { path: proposingUnitPath, name: proposingUnitName } as Nomination['proposingUnit'],
    decidingUnit: { path: decidingUnitPath } as Nomination['decidingUnit'],
    nomineeName: nomineeName ?? '',
  });
}

/**
 * Loads a nomination with its units' paths. Hand-written SQL: it runs on every read and transition, and the query
 * builder cost more than the rest of the request.
 */
export async function loadNomination(manager: EntityManager, id: number): Promise<Nomination | null> {
  const rows = await readRows<NominationRow>(
    manager,
    `${NOMINATION_WITH_UNIT_PATHS} WHERE n.id = ${placeholder(manager.connection, 1)}`,
    [id],
  );
  return rows.length === 0 ? null : toNomination(rows[0]);
}

/** A condition for `findNominations`: the column equals one of the values (a `?` for each). */
export function anyOf(column: string, values: readonly unknown[]): [sql: string, values: unknown[]] {
  return [`(${values.map(() => `${column} = ?`).join(' OR ')})`, [...values]];
}

/**
 * One page of nominations matching every condition (SQL with a `?` for each of its values), newest first, and how many match
 * in all. Hand-written for the same reason as `loadNomination`: the query builder paginates joined rows with a second
 * query and hydrates both units as entities, for rows whose units only need their paths.
 */
/**
 * How many of the newest nominations a list first looks through. Found there, a page is exact: every nomination in
 * scope that is newer than the page's last one is among them.
 */
const NEWEST_WINDOW = 5000;

export async function findNominations(
  manager: EntityManager,
  conditions: [sql: string, value: unknown][],
  page: { skip: number; take: number },
  /** How many match, when the caller can tell without counting the rows (`countInScope`). */
  knownTotal?: Promise<number>,
): Promise<{ rows: Nomination[]; total: number }> {
  const { where, values } = whereClause(manager.connection, conditions);
  const index = values.length;
  // The page's ids first, from the indexes alone where the conditions allow (scope, state, year), then its rows: a wide
  // scope sorts thousands of ids, not thousands of rows.
  const pageOf = (from: string) =>
    readRows<NominationRow>(
      manager,
      `${NOMINATION_WITH_UNIT_PATHS} WHERE n.id IN (SELECT n.id FROM ${from} n JOIN units pu ON pu.id = n."proposingUnitId"
        WHERE ${where} ORDER BY n.id DESC
        LIMIT ${placeholder(manager.connection, index + 1)} OFFSET ${placeholder(manager.connection, index + 2)})
        ORDER BY n.id DESC`,
      [...values, page.take, page.skip],
    );
  const [newest, [{ total }]] = await Promise.all([
    // A wide scope (a province, the country) finds its newest nominations among the newest of all: a short walk back
    // instead of sorting every nomination in scope. A narrow one (a department) finds too few there: its own units'
    // nominations are read through the indexes instead.
    pageOf(`(SELECT * FROM nominations ORDER BY id DESC LIMIT ${NEWEST_WINDOW})`),
    knownTotal?.then((total) => [{ total }]) ??
      readRows<{ total: number | string }>(
        manager,
        `SELECT COUNT(*) AS total FROM nominations n JOIN units pu ON pu.id = n."proposingUnitId" WHERE ${where}`,
        values,
      ),
  ]);
  const rows =
    newest.length === page.take || page.skip + newest.length >= Number(total) ? newest : await pageOf('nominations');
  return { rows: rows.map(toNomination), total: Number(total) };
}

/**
 * How many nominations of a scope (the unit and every unit below it) stand in each state, from the counts the database
 * keeps current (`nomination_counts`): a few dozen rows for any scope. Only the given states and year when given.
 */
export async function countInScope(
  manager: EntityManager,
  scopeUnitId: number,
  filter: { states?: readonly string[]; year?: number } = {},
): Promise<Map<string, number>> {
  const conditions: [string, unknown][] = [['"scopeUnitId" = ?', scopeUnitId]];
  if (filter.states?.length) conditions.push(anyOf('"state"', filter.states));
  if (filter.year !== undefined) conditions.push(['"year" = ?', filter.year]);
  const { where, values } = whereClause(manager.connection, conditions);
  const rows = await readRows<{ state: string; count: number | string }>(
    manager,
    `SELECT "state", SUM("count") AS "count" FROM nomination_counts WHERE ${where} GROUP BY "state"`,
    values,
  );
  return new Map(rows.filter((row) => Number(row.count) !== 0).map((row) => [row.state, Number(row.count)]));
}

/** The submission deadline of a movement, if the nomination is linked to one that sets it. */
export async function movementDeadlineOf(manager: EntityManager, movementId: number | null): Promise<string | null> {
  if (movementId === null) return null;
  const [row] = await readRows<{ submissionDeadline: string | null }>(
    manager,
    `SELECT "submissionDeadline" FROM movements WHERE id = ${placeholder(manager.connection, 1)}`,
    [movementId],
  );
  return row?.submissionDeadline ?? null;
}

/**
 * A caller's scope is a unit and every unit below it: materialised paths (`/1/5/12/`) share their ancestors' prefix, so
 * a subtree is one indexed `LIKE 'prefix%'`. Paths hold only digits and slashes, so nothing in them needs escaping.
 */

/** For the query builder: `.where(...inSubtree('unit.path', caller.unitPath))`. */
export function inSubtree(column: string, unitPath: string): [sql: string, parameters: { scope: string }] {
  return [`${column} LIKE :scope`, { scope: `${unitPath}%` }];
}

/** For hand-written SQL with one `?` for its value. */
export function subtreeCondition(column: string, unitPath: string): [sql: string, value: string] {
  return [`${column} LIKE ?`, `${unitPath}%`];
}

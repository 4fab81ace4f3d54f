import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures kept current by the database itself, in the transaction of every change they count, so that home pages, list
 * totals and the yearly report read a few hundred rows for any scope instead of a million, and never disagree with the
 * records. Triggers, not application code, keep them: every writer (the workflow, unit mergers, imports, the scale seed,
 * a repair in raw SQL) goes through them.
 *
 * - `unit_ancestors`: each unit with itself and every unit above it (a closure table). A figure is kept for each scope
 *   the records fall in, so a province's or the country's figure is one lookup by the caller's unit.
 * - `nomination_counts`: nominations by scope, year and state.
 * - `award_counts`: register entries by scope, signing year, revoked or not, and the facts the statistical forms
 *   classify them by (award type, nominee kind, category, the person's category, the nominee unit's kind);
 *   `unit_award_counts`: the same by proposing unit only, for the report's table of units.
 * - `appraisal_rounds`: each answer of the board (VERIFY, RETURN, REJECT) to a submission, with the working days it took,
 *   weekends and `holidays` excluded (a holiday added or removed later corrects them); `appraisal_counts` sums them by
 *   scope, year, answer, working days and whether it was the dossier's first answer; `waiting_counts` counts the
 *   dossiers waiting for an answer by the day they were received.
 *
 * A SQLite migration that rebuilds one of these tables must create its triggers again.
 */

type Dialect = 'sqlite' | 'postgres';

interface Tally {
  table: string;
  /** The columns after the scope (or, for a tally by unit, after the unit). */
  key: string[];
  /** Kept for each unit above the records too (`scopeUnitId`), or only for the proposing unit (`proposingUnitId`). */
  byScope: boolean;
}

const NOMINATIONS: Tally = { table: 'nomination_counts', key: ['year', 'state'], byScope: true };
const AWARD_FACTS = ['awardTypeCode', 'nomineeKind', 'category', 'personCategory', 'nomineeUnitKind'];
const AWARDS: Tally = { table: 'award_counts', key: ['signedYear', 'revoked', ...AWARD_FACTS], byScope: true };
const UNIT_AWARDS: Tally = { table: 'unit_award_counts', key: ['signedYear', 'revoked'], byScope: false };
const APPRAISALS: Tally = {
  table: 'appraisal_counts',
  key: ['year', 'answer', 'workingDays', 'first'],
  byScope: true,
};
const WAITING: Tally = { table: 'waiting_counts', key: ['year', 'receivedOn'], byScope: true };
const SCOPED = [NOMINATIONS, AWARDS, APPRAISALS, WAITING];

const quoted = (columns: string[]) => columns.map((column) => `"${column}"`).join(', ');

/**
 * Adds the deltas the sources select (each a SELECT of `"unitId"`, the tally's key columns and `"delta"`) to the tally:
 * for every unit above the record when kept by scope. Summed first, so a key that gains and loses in one change (a
 * province when a nomination moves between two of its units) is not touched, and taken in key order, so two writers
 * lock the rows they share in the same order.
 */
function addTo(tally: Tally, sources: string[]): string {
  const owner = tally.byScope ? 'scopeUnitId' : 'proposingUnitId';
  const unit = tally.byScope ? 'anc."ancestorId"' : 's."unitId"';
  const join = tally.byScope ? ` JOIN unit_ancestors anc ON anc."unitId" = s."unitId"` : '';
  const key = [unit, ...tally.key.map((column) => `s."${column}"`)];
  return `INSERT INTO ${tally.table} ("${owner}", ${quoted(tally.key)}, "count")
    SELECT ${key.join(', ')}, SUM(s."delta") FROM (${sources.join(' UNION ALL ')}) s${join}
    WHERE true GROUP BY ${key.join(', ')} HAVING SUM(s."delta") <> 0 ORDER BY ${key.join(', ')}
    ON CONFLICT ("${owner}", ${quoted(tally.key)}) DO UPDATE SET "count" = ${tally.table}."count" + excluded."count"`;
}

/** The day in Vietnam (UTC+7) of an ISO instant, as `todayInVietnam` gives it. */
function vietnamDay(dialect: Dialect, instant: string): string {
  return dialect === 'sqlite'
    ? `date(${instant}, '+7 hours')`
    : `to_char(CAST(${instant} AS timestamp) + interval '7 hours', 'YYYY-MM-DD')`;
}

/** Weekdays from Monday 1900-01-01 up to and including the day: the difference of two is the weekdays between. */
function weekdaysUpTo(dialect: Dialect, day: string): string {
  const days =
    dialect === 'sqlite'
      ? `CAST(julianday(${day}) - julianday('1900-01-01') AS INTEGER)`
      : `(CAST(${day} AS date) - DATE '1900-01-01')`;
  const least = dialect === 'sqlite' ? 'MIN' : 'LEAST';
  return `(5 * ((${days} + 1) / 7) + ${least}((${days} + 1) % 7, 5))`;
}

function isWeekday(dialect: Dialect, day: string): string {
  return dialect === 'sqlite'
    ? `strftime('%w', ${day}) NOT IN ('0', '6')`
    : `EXTRACT(ISODOW FROM CAST(${day} AS date)) < 6`;
}

/** `workingDaysBetween(from, to)`: working days after `from` up to and including `to`, weekends and holidays excluded. */
function workingDays(dialect: Dialect, from: string, to: string): string {
  return `(${weekdaysUpTo(dialect, to)} - ${weekdaysUpTo(dialect, from)} - (SELECT COUNT(*) FROM holidays h
    WHERE h."date" > ${from} AND h."date" <= ${to} AND ${isWeekday(dialect, 'h."date"')}))`;
}

/** The day the nomination's latest submission before the log entry `before` (or any) was received. */
function receivedOn(dialect: Dialect, nominationId: string, before?: string): string {
  return `(SELECT ${vietnamDay(dialect, 'l."at"')} FROM transition_log l WHERE l."workflow" = 'nomination'
    AND l."entityId" = ${nominationId} AND l."event" IN ('SUBMIT', 'RESUBMIT')${before ? ` AND l."id" < ${before}` : ''}
    ORDER BY l."id" DESC LIMIT 1)`;
}

// Award facts as they stand, read from the tables `a` (the award), `d`, `n`, `p` and `nu`.
const AWARD_NOW: Record<string, string> = {
  unitId: 'a."proposingUnitId"',
  signedYear: 'd."signedYear"',
  revoked: 'CASE WHEN a."revokedAt" IS NULL THEN 0 ELSE 1 END',
  awardTypeCode: 'n."awardTypeCode"',
  nomineeKind: 'n."nomineeKind"',
  category: 'n."category"',
  personCategory: `COALESCE(p."category", '')`,
  nomineeUnitKind: `COALESCE(nu."kind", '')`,
};
const AWARDS_WITH_FACTS = `decision_awards a
  JOIN decisions d ON d.id = a."decisionId"
  JOIN nominations n ON n.id = a."nominationId"
  LEFT JOIN people p ON p.id = n."personId"
  LEFT JOIN units nu ON nu.id = n."nomineeUnitId"`;

/** Awards with their facts (some replaced by older values), each counting `delta`. */
function awards(delta: 1 | -1, where: string, facts: Record<string, string> = {}, from = AWARDS_WITH_FACTS): string {
  const columns = Object.entries({ ...AWARD_NOW, ...facts }).map(([name, sql]) => `${sql} AS "${name}"`);
  return `SELECT ${columns.join(', ')}, ${delta} AS "delta" FROM ${from} WHERE ${where}`;
}

/** An award as it was before an update or a delete: its own columns from OLD, the rest through its nomination. */
const OLD_AWARD = {
  unitId: 'OLD."proposingUnitId"',
  signedYear: '(SELECT "signedYear" FROM decisions WHERE id = OLD."decisionId")',
  revoked: 'CASE WHEN OLD."revokedAt" IS NULL THEN 0 ELSE 1 END',
};
const OLD_AWARD_FROM = `nominations n
  LEFT JOIN people p ON p.id = n."personId"
  LEFT JOIN units nu ON nu.id = n."nomineeUnitId"`;
const oldAward = (delta: 1 | -1) => awards(delta, 'n.id = OLD."nominationId"', OLD_AWARD, OLD_AWARD_FROM);

/** Both award tallies, with the same deltas. */
const addToAwards = (sources: string[]) => [addTo(AWARDS, sources), addTo(UNIT_AWARDS, sources)];

const nomination = (row: 'NEW' | 'OLD', delta: 1 | -1) =>
  `SELECT ${row}."proposingUnitId" AS "unitId", ${row}."year" AS "year", ${row}."state" AS "state", ${delta} AS "delta"`;

interface Trigger {
  name: string;
  table: string;
  event: 'INSERT' | 'DELETE' | 'UPDATE';
  /** For UPDATE: the columns whose change fires it. */
  columns?: string[];
  /** A further condition on NEW and OLD, in SQL both databases read. */
  when?: string;
  statements: string[];
  /**
   * PostgreSQL: once per statement over the rows it changed (`old_rows`, `new_rows`) instead of once per row, for a
   * change of many rows at once (a holiday correcting thousands of rounds).
   */
  postgresPerStatement?: string[];
}

function triggers(dialect: Dialect): Trigger[] {
  const day = (instant: string) => vietnamDay(dialect, instant);
  // The nomination of a log entry, with the day its current submission was received (before this entry).
  const answered = `SELECT n."proposingUnitId" AS "unitId", n."year" AS "year",
      ${receivedOn(dialect, 'NEW."entityId"', 'NEW."id"')} AS "receivedOn"
    FROM nominations n WHERE n.id = NEW."entityId"`;
  const waitingOf = (row: 'NEW' | 'OLD', delta: 1 | -1) =>
    `SELECT ${row}."proposingUnitId" AS "unitId", ${row}."year" AS "year", ${receivedOn(dialect, 'NEW.id')} AS "receivedOn",
      ${delta} AS "delta"`;
  const roundsOf = (row: 'NEW' | 'OLD', delta: 1 | -1) =>
    `SELECT ${row}."proposingUnitId" AS "unitId", ${row}."year" AS "year", r."answer" AS "answer",
      r."workingDays" AS "workingDays", r."first" AS "first", ${delta} AS "delta"
    FROM appraisal_rounds r WHERE r."nominationId" = NEW.id`;
  const rounds = (table: string, delta: 1 | -1) =>
    `SELECT n."proposingUnitId" AS "unitId", n."year" AS "year", r."answer" AS "answer",
      r."workingDays" AS "workingDays", r."first" AS "first", ${delta} AS "delta"
    FROM ${table} r JOIN nominations n ON n.id = r."nominationId"`;
  const round = (row: 'NEW' | 'OLD', delta: 1 | -1) =>
    `SELECT n."proposingUnitId" AS "unitId", n."year" AS "year", ${row}."answer" AS "answer",
      ${row}."workingDays" AS "workingDays", ${row}."first" AS "first", ${delta} AS "delta"
    FROM nominations n WHERE n.id = ${row}."nominationId"`;
  // A holiday on a weekday shortens (or, removed, lengthens) every round it falls in.
  const holiday = (row: 'NEW' | 'OLD', change: '+ 1' | '- 1') =>
    `UPDATE appraisal_rounds SET "workingDays" = "workingDays" ${change}
      WHERE "receivedOn" < ${row}."date" AND "answeredOn" >= ${row}."date" AND ${isWeekday(dialect, `${row}."date"`)}`;
  // A unit moving under another parent takes its whole subtree's figures (those of its own scope) from every unit above
  // the old parent and the old parent itself, to the new parent and every unit above it.
  const moveScope = (tally: Tally) => {
    const key = tally.key.map((column) => `s."${column}"`).join(', ');
    const rows = (parent: 'OLD' | 'NEW', sign: '' | '-') =>
      `SELECT a."ancestorId" AS "scopeUnitId", ${tally.key.map((column) => `c."${column}" AS "${column}"`).join(', ')},
        ${sign}c."count" AS "delta"
      FROM ${tally.table} c JOIN unit_ancestors a ON a."unitId" = ${parent}."parentId" WHERE c."scopeUnitId" = NEW.id`;
    return `INSERT INTO ${tally.table} ("scopeUnitId", ${quoted(tally.key)}, "count")
      SELECT s."scopeUnitId", ${key}, SUM(s."delta") FROM (${rows('OLD', '-')} UNION ALL ${rows('NEW', '')}) s
      WHERE true GROUP BY s."scopeUnitId", ${key} HAVING SUM(s."delta") <> 0 ORDER BY s."scopeUnitId", ${key}
      ON CONFLICT ("scopeUnitId", ${quoted(tally.key)}) DO UPDATE SET "count" = ${tally.table}."count" + excluded."count"`;
  };
  return [
    {
      name: 'unit_ancestors_insert',
      table: 'units',
      event: 'INSERT',
      statements: [
        `INSERT INTO unit_ancestors ("unitId", "ancestorId") SELECT NEW.id, NEW.id
          UNION ALL SELECT NEW.id, "ancestorId" FROM unit_ancestors WHERE "unitId" = NEW."parentId"`,
      ],
    },
    {
      name: 'unit_ancestors_move',
      table: 'units',
      event: 'UPDATE',
      columns: ['parentId'],
      statements: [
        ...SCOPED.map(moveScope),
        `DELETE FROM unit_ancestors WHERE "unitId" IN (SELECT "unitId" FROM unit_ancestors WHERE "ancestorId" = NEW.id)
          AND "ancestorId" IN (SELECT "ancestorId" FROM unit_ancestors WHERE "unitId" = OLD."parentId")`,
        `INSERT INTO unit_ancestors ("unitId", "ancestorId") SELECT below."unitId", above."ancestorId"
          FROM unit_ancestors below JOIN unit_ancestors above ON above."unitId" = NEW."parentId"
          WHERE below."ancestorId" = NEW.id`,
      ],
    },
    {
      name: 'unit_ancestors_delete',
      table: 'units',
      event: 'DELETE',
      statements: [`DELETE FROM unit_ancestors WHERE "unitId" = OLD.id`],
    },
    {
      name: 'nomination_counts_insert',
      table: 'nominations',
      event: 'INSERT',
      statements: [addTo(NOMINATIONS, [nomination('NEW', 1)])],
    },
    {
      name: 'nomination_counts_delete',
      table: 'nominations',
      event: 'DELETE',
      statements: [addTo(NOMINATIONS, [nomination('OLD', -1)])],
    },
    {
      name: 'nomination_counts_update',
      table: 'nominations',
      event: 'UPDATE',
      columns: ['proposingUnitId', 'year', 'state'],
      statements: [addTo(NOMINATIONS, [nomination('OLD', -1), nomination('NEW', 1)])],
    },
    {
      // A nomination moving to another unit or year takes its answered rounds, and its waiting, with it.
      name: 'appraisal_counts_nomination',
      table: 'nominations',
      event: 'UPDATE',
      columns: ['proposingUnitId', 'year'],
      statements: [
        addTo(APPRAISALS, [roundsOf('OLD', -1), roundsOf('NEW', 1)]),
        `${addTo(WAITING, [waitingOf('OLD', -1), waitingOf('NEW', 1)]).replace(
          'WHERE true',
          `WHERE OLD."state" = 'submitted' AND NEW."state" = 'submitted' AND s."receivedOn" IS NOT NULL`,
        )}`,
      ],
    },
    {
      name: 'waiting_counts_submit',
      table: 'transition_log',
      event: 'INSERT',
      when: `NEW."workflow" = 'nomination' AND NEW."event" IN ('SUBMIT', 'RESUBMIT')`,
      statements: [
        addTo(WAITING, [
          `SELECT n."proposingUnitId" AS "unitId", n."year" AS "year", ${day('NEW."at"')} AS "receivedOn", 1 AS "delta"
            FROM nominations n WHERE n.id = NEW."entityId"`,
        ]),
      ],
    },
    {
      // Leaving "submitted" (answered, or withdrawn) ends the wait; an answer is an appraisal round.
      name: 'appraisal_rounds_answer',
      table: 'transition_log',
      event: 'INSERT',
      when: `NEW."workflow" = 'nomination' AND NEW."fromState" = 'submitted' AND NEW."toState" <> 'submitted'`,
      statements: [
        addTo(WAITING, [
          `SELECT w."unitId", w."year", w."receivedOn", -1 AS "delta" FROM (${answered}) w WHERE w."receivedOn" IS NOT NULL`,
        ]),
        `INSERT INTO appraisal_rounds ("nominationId", "answer", "receivedOn", "answeredOn", "workingDays", "first")
          SELECT NEW."entityId", NEW."event", w."receivedOn", w."answeredOn",
            ${workingDays(dialect, 'w."receivedOn"', 'w."answeredOn"')},
            CASE WHEN EXISTS (SELECT 1 FROM appraisal_rounds r WHERE r."nominationId" = NEW."entityId") THEN 0 ELSE 1 END
          FROM (SELECT ${receivedOn(dialect, 'NEW."entityId"', 'NEW."id"')} AS "receivedOn",
            ${day('NEW."at"')} AS "answeredOn") w
          WHERE NEW."event" IN ('VERIFY', 'RETURN', 'REJECT') AND w."receivedOn" IS NOT NULL`,
      ],
    },
    {
      name: 'appraisal_counts_insert',
      table: 'appraisal_rounds',
      event: 'INSERT',
      statements: [addTo(APPRAISALS, [round('NEW', 1)])],
    },
    {
      name: 'appraisal_counts_update',
      table: 'appraisal_rounds',
      event: 'UPDATE',
      columns: ['workingDays'],
      statements: [addTo(APPRAISALS, [round('OLD', -1), round('NEW', 1)])],
      postgresPerStatement: [addTo(APPRAISALS, [rounds('old_rows', -1), rounds('new_rows', 1)])],
    },
    {
      name: 'appraisal_rounds_holiday_insert',
      table: 'holidays',
      event: 'INSERT',
      statements: [holiday('NEW', '- 1')],
    },
    {
      name: 'appraisal_rounds_holiday_delete',
      table: 'holidays',
      event: 'DELETE',
      statements: [holiday('OLD', '+ 1')],
    },
    {
      name: 'appraisal_rounds_holiday_update',
      table: 'holidays',
      event: 'UPDATE',
      columns: ['date'],
      statements: [holiday('OLD', '+ 1'), holiday('NEW', '- 1')],
    },
    {
      name: 'award_counts_insert',
      table: 'decision_awards',
      event: 'INSERT',
      statements: addToAwards([awards(1, 'a.id = NEW.id')]),
    },
    { name: 'award_counts_delete', table: 'decision_awards', event: 'DELETE', statements: addToAwards([oldAward(-1)]) },
    {
      name: 'award_counts_update',
      table: 'decision_awards',
      event: 'UPDATE',
      columns: ['proposingUnitId', 'decisionId', 'nominationId', 'revokedAt'],
      statements: addToAwards([oldAward(-1), awards(1, 'a.id = NEW.id')]),
    },
    {
      name: 'award_counts_decision',
      table: 'decisions',
      event: 'UPDATE',
      columns: ['signedYear'],
      statements: addToAwards([
        awards(-1, 'a."decisionId" = NEW.id', { signedYear: 'OLD."signedYear"' }),
        awards(1, 'a."decisionId" = NEW.id'),
      ]),
    },
    {
      name: 'award_counts_nomination',
      table: 'nominations',
      event: 'UPDATE',
      columns: ['awardTypeCode', 'category', 'nomineeKind', 'personId', 'nomineeUnitId'],
      statements: addToAwards([
        awards(-1, 'a."nominationId" = NEW.id', {
          awardTypeCode: 'OLD."awardTypeCode"',
          category: 'OLD."category"',
          nomineeKind: 'OLD."nomineeKind"',
          personCategory: `COALESCE((SELECT "category" FROM people WHERE id = OLD."personId"), '')`,
          nomineeUnitKind: `COALESCE((SELECT "kind" FROM units WHERE id = OLD."nomineeUnitId"), '')`,
        }),
        awards(1, 'a."nominationId" = NEW.id'),
      ]),
    },
    {
      name: 'award_counts_person',
      table: 'people',
      event: 'UPDATE',
      columns: ['category'],
      statements: addToAwards([
        awards(-1, 'n."personId" = NEW.id', { personCategory: 'OLD."category"' }),
        awards(1, 'n."personId" = NEW.id'),
      ]),
    },
    {
      name: 'award_counts_unit',
      table: 'units',
      event: 'UPDATE',
      columns: ['kind'],
      statements: addToAwards([
        awards(-1, 'n."nomineeUnitId" = NEW.id', { nomineeUnitKind: 'OLD."kind"' }),
        awards(1, 'n."nomineeUnitId" = NEW.id'),
      ]),
    },
  ];
}

function createTrigger(dialect: Dialect, trigger: Trigger): string[] {
  const event = trigger.columns ? `UPDATE OF ${quoted(trigger.columns)}` : trigger.event;
  const differs = dialect === 'sqlite' ? 'IS NOT' : 'IS DISTINCT FROM';
  const conditions = [
    ...(trigger.columns
      ? [`(${trigger.columns.map((column) => `OLD."${column}" ${differs} NEW."${column}"`).join(' OR ')})`]
      : []),
    ...(trigger.when ? [`(${trigger.when})`] : []),
  ];
  const statements = trigger.statements.map((statement) => `${statement};`).join('\n');
  if (dialect === 'sqlite') {
    const when = conditions.length > 0 ? ` WHEN ${conditions.join(' AND ')}` : '';
    return [`CREATE TRIGGER ${trigger.name} AFTER ${event} ON "${trigger.table}"${when} BEGIN ${statements} END`];
  }
  if (trigger.postgresPerStatement) {
    // Transition tables allow no column list: it fires on any update of the table.
    const body = trigger.postgresPerStatement.map((statement) => `${statement};`).join('\n');
    return [
      `CREATE FUNCTION ${trigger.name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`,
      `CREATE TRIGGER ${trigger.name} AFTER ${trigger.event} ON "${trigger.table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${trigger.name}()`,
    ];
  }
  const when = conditions.length > 0 ? ` WHEN (${conditions.join(' AND ')})` : '';
  return [
    `CREATE FUNCTION ${trigger.name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${statements} RETURN NULL; END $$`,
    `CREATE TRIGGER ${trigger.name} AFTER ${event} ON "${trigger.table}" FOR EACH ROW${when}
      EXECUTE FUNCTION ${trigger.name}()`,
  ];
}

/** The figures from the records, for the tables as they stand when the triggers are created. */
function backfill(dialect: Dialect): string[] {
  const scoped = (tally: Tally, select: string) =>
    `INSERT INTO ${tally.table} ("scopeUnitId", ${quoted(tally.key)}, "count")
      SELECT anc."ancestorId", ${tally.key.map((column) => `s."${column}"`).join(', ')}, SUM(s."delta")
      FROM (${select}) s JOIN unit_ancestors anc ON anc."unitId" = s."unitId"
      GROUP BY anc."ancestorId", ${tally.key.map((column) => `s."${column}"`).join(', ')}`;
  const allAwards = awards(1, 'true');
  return [
    `INSERT INTO unit_ancestors ("unitId", "ancestorId")
      WITH RECURSIVE chain ("unitId", "ancestorId") AS (
        SELECT id, id FROM units
        UNION ALL SELECT chain."unitId", u."parentId" FROM chain JOIN units u ON u.id = chain."ancestorId"
          WHERE u."parentId" IS NOT NULL)
      SELECT "unitId", "ancestorId" FROM chain`,
    scoped(NOMINATIONS, nomination('NEW', 1).replaceAll('NEW.', 'n.') + ' FROM nominations n'),
    scoped(AWARDS, allAwards),
    `INSERT INTO unit_award_counts ("proposingUnitId", "signedYear", "revoked", "count")
      SELECT s."unitId", s."signedYear", s."revoked", COUNT(*) FROM (${allAwards}) s
      GROUP BY s."unitId", s."signedYear", s."revoked"`,
    // Every answer to a submission, with the day that submission was received: one lookup in the log's index each.
    `INSERT INTO appraisal_rounds ("nominationId", "answer", "receivedOn", "answeredOn", "workingDays", "first")
      SELECT w."entityId", w."event", w."receivedOn", w."answeredOn",
        ${workingDays(dialect, 'w."receivedOn"', 'w."answeredOn"')},
        CASE WHEN ROW_NUMBER() OVER (PARTITION BY w."entityId" ORDER BY w."id") = 1 THEN 1 ELSE 0 END
      FROM (SELECT e."id", e."entityId", e."event", ${vietnamDay(dialect, 'e."at"')} AS "answeredOn",
          ${receivedOn(dialect, 'e."entityId"', 'e."id"')} AS "receivedOn"
        FROM transition_log e WHERE e."workflow" = 'nomination' AND e."fromState" = 'submitted'
          AND e."event" IN ('VERIFY', 'RETURN', 'REJECT')) w
      WHERE w."receivedOn" IS NOT NULL ORDER BY w."id"`,
    scoped(
      APPRAISALS,
      `SELECT n."proposingUnitId" AS "unitId", n."year" AS "year", r."answer" AS "answer",
        r."workingDays" AS "workingDays", r."first" AS "first", 1 AS "delta"
      FROM appraisal_rounds r JOIN nominations n ON n.id = r."nominationId"`,
    ),
    scoped(
      WAITING,
      `SELECT w."unitId", w."year", w."receivedOn", 1 AS "delta" FROM (
        SELECT n."proposingUnitId" AS "unitId", n."year" AS "year", ${receivedOn(dialect, 'n.id')} AS "receivedOn"
        FROM nominations n WHERE n."state" = 'submitted') w WHERE w."receivedOn" IS NOT NULL`,
    ),
  ];
}

/**
 * Creates the tables, fills them from the records and creates the triggers. A bulk load (the scale seed) drops them
 * first and creates them afterwards: one GROUP BY over a million rows instead of a trigger for each.
 */
export async function createRunningTallies(queryRunner: QueryRunner): Promise<void> {
  const dialect: Dialect = queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  const id = dialect === 'sqlite' ? 'integer PRIMARY KEY AUTOINCREMENT NOT NULL' : 'SERIAL PRIMARY KEY';
  await queryRunner.query(`CREATE TABLE unit_ancestors ("unitId" integer NOT NULL, "ancestorId" integer NOT NULL,
    PRIMARY KEY ("unitId", "ancestorId"))`);
  await queryRunner.query(`CREATE INDEX "IDX_unit_ancestors_ancestor" ON unit_ancestors ("ancestorId", "unitId")`);
  await queryRunner.query(`CREATE TABLE appraisal_rounds ("id" ${id}, "nominationId" integer NOT NULL,
    "answer" varchar(20) NOT NULL, "receivedOn" varchar(10) NOT NULL, "answeredOn" varchar(10) NOT NULL,
    "workingDays" integer NOT NULL, "first" integer NOT NULL)`);
  await queryRunner.query(`CREATE INDEX "IDX_appraisal_rounds_nomination" ON appraisal_rounds ("nominationId")`);
  await queryRunner.query(`CREATE INDEX "IDX_appraisal_rounds_answered" ON appraisal_rounds ("answeredOn")`);
  const text = (column: string) =>
    ['state', 'answer', 'nomineeKind', 'category', 'personCategory', 'nomineeUnitKind'].includes(column)
      ? 'varchar(20)'
      : column === 'awardTypeCode'
        ? 'varchar(60)'
        : column === 'receivedOn'
          ? 'varchar(10)'
          : 'integer';
  for (const tally of [...SCOPED, UNIT_AWARDS]) {
    const owner = tally.byScope ? 'scopeUnitId' : 'proposingUnitId';
    await queryRunner.query(`CREATE TABLE ${tally.table} ("${owner}" integer NOT NULL,
      ${tally.key.map((column) => `"${column}" ${text(column)} NOT NULL`).join(', ')}, "count" integer NOT NULL,
      PRIMARY KEY ("${owner}", ${quoted(tally.key)}))`);
  }
  for (const sql of backfill(dialect)) await queryRunner.query(sql);
  for (const trigger of triggers(dialect))
    for (const sql of createTrigger(dialect, trigger)) {
      await queryRunner.query(sql);
    }
  // Fresh planner statistics for the new tables, so that the first report after the migration does not wait.
  for (const table of [
    ...SCOPED.map((tally) => tally.table),
    'unit_award_counts',
    'appraisal_rounds',
    'unit_ancestors',
  ])
    await queryRunner.query(`ANALYZE ${table}`);
}

/** Drops the triggers and the tables. */
export async function dropRunningTallies(queryRunner: QueryRunner): Promise<void> {
  const dialect: Dialect = queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  for (const trigger of triggers(dialect)) {
    await queryRunner.query(`DROP TRIGGER ${trigger.name}${dialect === 'postgres' ? ` ON "${trigger.table}"` : ''}`);
    if (dialect === 'postgres') await queryRunner.query(`DROP FUNCTION ${trigger.name}()`);
  }
  for (const table of [
    ...SCOPED.map((tally) => tally.table),
    'unit_award_counts',
    'appraisal_rounds',
    'unit_ancestors',
  ])
    await queryRunner.query(`DROP TABLE ${table}`);
}

export class RunningTallies1796500000038 implements MigrationInterface {
  name = 'RunningTallies1796500000038';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createRunningTallies(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropRunningTallies(queryRunner);
  }
}

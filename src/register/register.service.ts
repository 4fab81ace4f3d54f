import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { foldForSearch } from '../common/fold.js';
import { skipTake, type Page } from '../common/pagination.js';
import { subtreeCondition } from '../database/scope.js';
import { placeholder, readRows, whereClause } from '../database/sql.js';
import { Unit } from '../units/unit.entity.js';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { Transactions } from '../database/transactions.js';
import { inSubtree } from '../database/scope.js';
import { readSpreadsheet } from '../files/spreadsheet.js';
import { PersonAward } from '../people/person-facts.entity.js';
import { Person } from '../people/person.entity.js';
import { checkHistoryRow, matchPerson, type HistoryRow, type ImportProblem } from './award-history-import.js';
import type { RegisterEntryView, RegisterQuery } from './register.dto.js';

interface Row {
  registerNumber: number | null;
  registerYear: number | null;
  awardTypeCode: string;
  year: number;
  kind: string;
  name: string | null;
  unitName: string | null;
  number: string | null;
  signedOn: string | null;
  revoked: number | boolean;
  source: 'decision' | 'recorded' | 'imported';
  sortKey: string | null;
  id: number;
}

export interface HistoryImportResult {
  rows: number;
  created: number;
  matched: number;
  newPeople: { row: number; fullName: string; unitCode: string }[];
  errors: { row: number; field: string; message: string }[];
}

/** What LIKE reads literally: a `%` or `_` typed in a search box is a character, not a wildcard. */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The award register (sổ theo dõi khen thưởng): every award of this system's decisions and every award recorded from
 * before it, searchable by the nominee's name without case or diacritics, award type, year, unit (with the units merged
 * into it) and decision number, scoped to the caller's unit. Two reads, one per source, each bounded by the page, merged
 * newest first.
 */
@Injectable()
export class RegisterService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async search(caller: CurrentUser, query: RegisterQuery): Promise<Page<RegisterEntryView>> {
    const { skip, take } = skipTake(query);
    const unitPaths = query.unitId === undefined ? null : await this.unitAndMerged(query.unitId);
    const folded = query.q ? foldForSearch(query.q) : '';
    const q = folded ? `%${likeText(folded)}%` : null;

    // Each award carries its proposing unit, indexed with the folded name: a scope's awards are read from the units of
    // its subtree without joining every nomination of the country. The whole tree needs no condition: its newest
    // awards are read from the end of the (signing day, id) index.
    const wholeTree = caller.unitPath.split('/').filter(Boolean).length === 1 && !unitPaths;
    const decided: [string, unknown][] = wholeTree
      ? []
      : [[`da."proposingUnitId" IN (SELECT id FROM units WHERE path LIKE ?)`, `${caller.unitPath}%`]];
    const recorded: [string, unknown][] = [
      subtreeCondition('u.path', caller.unitPath),
      ["pa.source IN ('recorded', 'imported')", []],
    ];
    if (q) {
      // Below the top of the tree the (unit, name) index holds few enough names to read them all. Over the whole tree,
      // on SQLite, a part of a name of three letters or more is found through the FTS5 trigram index (the migration
      // RegisterSearchIndex); PostgreSQL's pg_trgm index serves the LIKE itself.
      if (this.dataSource.options.type !== 'postgres' && wholeTree && folded.length >= 3)
        decided.push([
          'da.id IN (SELECT rowid FROM decision_award_names WHERE decision_award_names MATCH ?)',
          `"${folded.replace(/"/g, '""')}"`,
        ]);
      else decided.push([`da."nomineeSearchName" LIKE ? ESCAPE '\\'`, q]);
      recorded.push([`p."searchName" LIKE ? ESCAPE '\\'`, q]);
    }
    if (query.awardTypeCode) {
      decided.push(['n."awardTypeCode" = ?', query.awardTypeCode]);
      recorded.push(['pa."awardTypeCode" = ?', query.awardTypeCode]);
    }
    if (query.year !== undefined) {
      decided.push(['n.year = ?', query.year]);
      recorded.push(['pa.year = ?', query.year]);
    }
    if (unitPaths) {
      const any = (column: string) => `(${unitPaths.map(() => `${column} LIKE ?`).join(' OR ')})`;
      const prefixes = unitPaths.map((path) => `${path}%`);
      decided.push([`da."proposingUnitId" IN (SELECT id FROM units WHERE ${any('path')})`, prefixes]);
      recorded.push([any('u.path'), prefixes]);
    }
    if (query.nomineeUnitId !== undefined) {
      // A collective's own awards; recorded history is of people only.
      decided.push(['n."nomineeUnitId" = ?', query.nomineeUnitId]);
      recorded.push(['1 = 0', []]);
    }
    if (query.decisionNumber) {
      decided.push(['d.number = ?', query.decisionNumber.trim()]);
      recorded.push(['pa."decisionNumber" = ?', query.decisionNumber.trim()]);
    }
    const connection = this.dataSource;
    const a = whereClause(connection, decided);
    const b = whereClause(connection, recorded);
    const limit = (index: number) => placeholder(connection, index);
    // The filters join the nomination only when they read it; the names are joined for the page's rows only, in the
    // page's own order (ordered by a table's column, the planner would read that table's index from its end instead).
    const unfiltered =
      !q &&
      !query.awardTypeCode &&
      query.year === undefined &&
      !unitPaths &&
      !query.decisionNumber &&
      query.nomineeUnitId === undefined;
    const byNomination = query.awardTypeCode || query.year !== undefined || query.nomineeUnitId !== undefined;
    const nominationJoin = byNomination ? 'JOIN nominations n ON n.id = da."nominationId"' : '';
    const decisionJoin = 'JOIN decisions d ON d.id = da."decisionId"';
    const decidedFrom = `FROM decision_awards da ${query.decisionNumber ? decisionJoin : ''} ${nominationJoin} WHERE ${a.where}`;
    const recordedFrom = `FROM person_awards pa
        JOIN people p ON p.id = pa."personId"
        JOIN units u ON u.id = p."unitId"
      WHERE ${b.where}`;
    const [decidedRows, recordedRows, [decidedCount], [recordedCount]] = await Promise.all([
      readRows<Row>(
        connection,
        `SELECT da.id, da."registerNumber", da."registerYear", n."awardTypeCode", n.year, n."nomineeKind" AS kind,
            COALESCE(p."fullName", nu.name, 'Hộ ông (bà) ' || n."householdHeadName") AS name,
            COALESCE(pun.name, pu.name) AS "unitName", d.number, d."signedOn",
            CASE WHEN da."revokedAt" IS NULL THEN 0 ELSE 1 END AS revoked, 'decision' AS source, d."signedOn" AS "sortKey"
          FROM (SELECT da.id, da."signedOn" ${decidedFrom} ORDER BY da."signedOn" DESC, da.id DESC
              LIMIT ${limit(a.values.length + 1)}) page
            JOIN decision_awards da ON da.id = page.id
            JOIN decisions d ON d.id = da."decisionId"
            JOIN nominations n ON n.id = da."nominationId"
            JOIN units pu ON pu.id = n."proposingUnitId"
            LEFT JOIN people p ON p.id = n."personId"
            LEFT JOIN units pun ON pun.id = p."unitId"
            LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
          ORDER BY page."signedOn" DESC, page.id DESC`,
        [...a.values, skip + take],
      ),
      readRows<Row>(
        connection,
        `SELECT pa.id, NULL AS "registerNumber", NULL AS "registerYear", pa."awardTypeCode", pa.year,
            'individual' AS kind, p."fullName" AS name, u.name AS "unitName", pa."decisionNumber" AS number,
            pa."decidedOn" AS "signedOn", 0 AS revoked, pa.source AS source,
            COALESCE(pa."decidedOn", CAST(pa.year AS ${connection.options.type === 'postgres' ? 'text' : 'TEXT'})) AS "sortKey"
          ${recordedFrom} ORDER BY "sortKey" DESC, pa.id DESC LIMIT ${limit(b.values.length + 1)}`,
        [...b.values, skip + take],
      ),
      // Unfiltered, a scope's awards are counted by the database as they change (award_counts, revoked ones included).
      unfiltered
        ? readRows<{ total: number | string }>(
            connection,
            `SELECT COALESCE(SUM("count"), 0) AS total FROM award_counts WHERE "scopeUnitId" = ${limit(1)}`,
            [caller.unitId],
          )
        : readRows<{ total: number | string }>(connection, `SELECT COUNT(*) AS total ${decidedFrom}`, a.values),
      readRows<{ total: number | string }>(connection, `SELECT COUNT(*) AS total ${recordedFrom}`, b.values),
    ]);
    const merged = [...decidedRows, ...recordedRows].sort(
      (x, y) => (y.sortKey ?? '').localeCompare(x.sortKey ?? '') || y.id - x.id,
    );
    return {
      items: merged.slice(skip, skip + take).map((row) => ({
        registerNumber: row.registerNumber === null ? null : `${row.registerNumber}/${row.registerYear}`,
        awardTypeCode: row.awardTypeCode,
        year: Number(row.year),
        nominee: { kind: row.kind, name: row.name ?? '', unitName: row.unitName ?? '' },
        decision: { number: row.number, signedOn: row.signedOn },
        status: Number(row.revoked) === 1 ? 'revoked' : 'valid',
        source: row.source,
      })),
      total: Number(decidedCount.total) + Number(recordedCount.total),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Imports award history from a province's list (XLSX or CSV in the template's columns): each row's person is found in
   * the named unit by name (and year of birth when given); every bad, unknown or ambiguous row is named and nothing is
   * imported; an award already in the register (same person, year, award and decision) is not added again, so the same
   * file twice adds nothing. `dryRun` checks and counts without writing.
   */
  async importHistory(caller: CurrentUser, content: Buffer, dryRun: boolean): Promise<HistoryImportResult> {
    const sheet = await readSpreadsheet(content);
    if (sheet.length === 0) {
      throw AppError.rules([
        { rule: 'import.empty', message: 'Tệp không có dòng dữ liệu nào', messageEn: 'The file has no rows' },
      ]);
    }
    const problems: ImportProblem[] = [];
    const rows: HistoryRow[] = [];
    for (const [index, sheetRow] of sheet.entries()) {
      const checked = checkHistoryRow(sheetRow, index + 2);
      if (Array.isArray(checked)) problems.push(...checked);
      else rows.push(checked);
    }
    return this.transactions.run(async (manager) => {
      if (!dryRun) this.transactions.analyzeAfterCommit(manager, ['person_awards', 'people']);
      const units = await manager
        .getRepository(Unit)
        .createQueryBuilder('unit')
        .select(['unit.id', 'unit.code'])
        .where(...inSubtree('unit.path', caller.unitPath))
        .getMany();
      const unitIds = new Map(units.map((unit) => [unit.code.toLowerCase(), unit.id]));
      const named = rows.map((row) => unitIds.get(row.unitCode.toLowerCase())).filter((id) => id !== undefined);
      const people = named.length
        ? await manager.find(Person, {
            select: { id: true, unitId: true, searchName: true, birthYear: true },
            where: { unitId: In([...new Set(named)]) },
          })
        : [];
      // A row names a person found in its unit, or one to add there (once, however many rows name them).
      const found: { row: HistoryRow; person: number | Person }[] = [];
      const newPeople = new Map<string, { person: Person; row: HistoryRow }>();
      for (const row of rows) {
        const unitId = unitIds.get(row.unitCode.toLowerCase());
        if (unitId === undefined) {
          problems.push({
            row: row.row,
            field: 'unitCode',
            message: `không có đơn vị mã "${row.unitCode}" trong phạm vi`,
            messageEn: `no unit "${row.unitCode}" in scope`,
          });
          continue;
        }
        const matches = matchPerson(
          people.filter((person) => person.unitId === unitId),
          row,
        );
        if (matches.length === 1) found.push({ row, person: matches[0].id });
        else if (matches.length === 0) {
          const key = `${unitId}|${foldForSearch(row.fullName)}|${row.birthYear ?? ''}`;
          const added = newPeople.get(key) ?? {
            row,
            person: manager.create(Person, {
              fullName: row.fullName,
              searchName: foldForSearch(row.fullName),
              birthYear: row.birthYear,
              gender: null,
              position: row.position,
              unitId,
              category: 'other',
              createdAt: new Date().toISOString(),
            }),
          };
          newPeople.set(key, added);
          found.push({ row, person: added.person });
        } else
          problems.push({
            row: row.row,
            field: 'fullName',
            message: `có ${matches.length} người tên "${row.fullName}" ở đơn vị ${row.unitCode}: ghi thêm năm sinh`,
            messageEn: `${matches.length} people named "${row.fullName}" in unit ${row.unitCode}: add the year of birth`,
          });
      }
      if (problems.length > 0) {
        problems.sort((a, b) => a.row - b.row);
        throw AppError.rules(
          problems.map((problem) => ({
            rule: 'import.row',
            message: `Dòng ${problem.row}, cột ${problem.field}: ${problem.message}`,
            messageEn: `Row ${problem.row}, column ${problem.field}: ${problem.messageEn}`,
          })),
          'Tệp có dòng không hợp lệ: chưa nhập dòng nào',
          'The file has bad rows: nothing was imported',
        );
      }
      const matchedIds = found.flatMap(({ person }) => (typeof person === 'number' ? [person] : []));
      const existing = matchedIds.length
        ? await manager.find(PersonAward, { where: { personId: In([...new Set(matchedIds)]) } })
        : [];
      // A person still to be added has no id yet: the object itself tells them apart.
      const newKeys = new Map([...newPeople.values()].map(({ person }, index) => [person, `new${index}`]));
      const key = (person: number | Person, year: number, code: string, number: string | null) =>
        `${typeof person === 'number' ? person : newKeys.get(person)}|${year}|${code}|${number ?? ''}`;
      const present = new Set(existing.map((a) => key(a.personId, a.year, a.awardTypeCode, a.decisionNumber)));
      const fresh = found.filter((item) => {
        const k = key(item.person, item.row.year, item.row.awardTypeCode, item.row.decisionNumber);
        if (present.has(k)) return false;
        present.add(k);
        return true;
      });
      if (!dryRun && fresh.length > 0) {
        const added = [...newPeople.values()].map(({ person }) => person);
        await manager.save(added, { chunk: 500 });
        await manager.save(
          fresh.map(({ person, row }) =>
            manager.create(PersonAward, {
              personId: typeof person === 'number' ? person : person.id,
              year: row.year,
              awardTypeCode: row.awardTypeCode,
              decisionNumber: row.decisionNumber,
              decidedOn: row.decidedOn,
              category: 'merit',
              source: 'imported',
              nominationId: null,
            }),
          ),
          { chunk: 500 },
        );
        await this.audit.record(manager, {
          entityType: 'register',
          entityId: caller.unitId,
          action: 'import',
          actorId: caller.id,
          details: { rows: sheet.length, created: fresh.length, peopleAdded: added.map((person) => person.id) },
        });
      }
      const newList = [...newPeople.values()].map(({ row }) => ({
        row: row.row,
        fullName: row.fullName,
        unitCode: row.unitCode,
      }));
      return {
        rows: sheet.length,
        created: fresh.length,
        matched: matchedIds.length,
        newPeople: newList,
        errors: [],
      };
    });
  }

  /** A unit's path and the paths of the units merged into it (and into those), for the register's unit filter. */
  private async unitAndMerged(unitId: number): Promise<string[]> {
    const units = this.dataSource.getRepository(Unit);
    const paths: string[] = [];
    let frontier = [unitId];
    const seen = new Set<number>();
    while (frontier.length > 0) {
      const found = await units.find({ where: frontier.map((id) => ({ id })) });
      for (const unit of found) {
        if (seen.has(unit.id)) continue;
        seen.add(unit.id);
        paths.push(unit.path);
      }
      const merged = await units.find({ where: frontier.map((id) => ({ mergedIntoId: id })) });
      frontier = merged.map((unit) => unit.id).filter((id) => !seen.has(id));
    }
    return paths.length > 0 ? paths : ['/nowhere/'];
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { foldForSearch } from '../common/fold.js';
import { skipTake, type Page } from '../common/pagination.js';
import { subtreeCondition } from '../database/scope.js';
import { placeholder, readRows, whereClause } from '../database/sql.js';
import { Unit } from '../units/unit.entity.js';
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
  source: 'decision' | 'recorded';
  sortKey: string | null;
  id: number;
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
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async search(caller: CurrentUser, query: RegisterQuery): Promise<Page<RegisterEntryView>> {
    const { skip, take } = skipTake(query);
    const unitPaths = query.unitId === undefined ? null : await this.unitAndMerged(query.unitId);
    const q = query.q ? `%${likeText(foldForSearch(query.q))}%` : null;

    const decided: [string, unknown][] = [subtreeCondition('pu.path', caller.unitPath)];
    const recorded: [string, unknown][] = [subtreeCondition('u.path', caller.unitPath), ["pa.source = 'recorded'", []]];
    if (q) {
      decided.push([`da."nomineeSearchName" LIKE ? ESCAPE '\\'`, q]);
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
      decided.push([any('pu.path'), prefixes]);
      recorded.push([any('u.path'), prefixes]);
    }
    if (query.decisionNumber) {
      decided.push(['d.number = ?', query.decisionNumber.trim()]);
      recorded.push(['pa."decisionNumber" = ?', query.decisionNumber.trim()]);
    }
    const connection = this.dataSource;
    const a = whereClause(connection, decided);
    const b = whereClause(connection, recorded);
    const limit = (index: number) => placeholder(connection, index);
    const decidedFrom = `FROM decision_awards da
        JOIN decisions d ON d.id = da."decisionId"
        JOIN nominations n ON n.id = da."nominationId"
        JOIN units pu ON pu.id = n."proposingUnitId"
        LEFT JOIN people p ON p.id = n."personId"
        LEFT JOIN units pun ON pun.id = p."unitId"
        LEFT JOIN units nu ON nu.id = n."nomineeUnitId"
      WHERE ${a.where}`;
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
          ${decidedFrom} ORDER BY d."signedOn" DESC, da.id DESC LIMIT ${limit(a.values.length + 1)}`,
        [...a.values, skip + take],
      ),
      readRows<Row>(
        connection,
        `SELECT pa.id, NULL AS "registerNumber", NULL AS "registerYear", pa."awardTypeCode", pa.year,
            'individual' AS kind, p."fullName" AS name, u.name AS "unitName", pa."decisionNumber" AS number,
            pa."decidedOn" AS "signedOn", 0 AS revoked, 'recorded' AS source,
            COALESCE(pa."decidedOn", CAST(pa.year AS ${connection.options.type === 'postgres' ? 'text' : 'TEXT'})) AS "sortKey"
          ${recordedFrom} ORDER BY "sortKey" DESC, pa.id DESC LIMIT ${limit(b.values.length + 1)}`,
        [...b.values, skip + take],
      ),
      readRows<{ total: number | string }>(connection, `SELECT COUNT(*) AS total ${decidedFrom}`, a.values),
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

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { skipTake, type Page } from '../common/pagination.js';
import { inSubtree } from '../database/scope.js';
import { User } from '../users/user.entity.js';
import type { AuditQuery } from './audit-log.dto.js';

export interface AuditLogItem {
  id: number;
  at: string;
  actor: { id: number; displayName: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  reason: string | null;
  changes: Record<string, unknown> | null;
}

/** Midnight in Vietnam (UTC+7) of a day, as the UTC timestamp the log stores. */
const vietnamDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+07:00`)).toISOString();

/**
 * The audit log as administrators and boards read it: newest first, filtered, and limited to what the caller's own
 * scope did (entries whose actor belongs to a unit in the caller's scope), and what the system did to its units.
 */
@Injectable()
export class AuditLogService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(caller: CurrentUser, query: AuditQuery): Promise<Page<AuditLogItem>> {
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .leftJoin(User, 'actor', 'actor.id = entry.actorId')
      .leftJoin('actor.unit', 'unit')
      .select(['entry.id', 'entry.at', 'entry.entityType', 'entry.entityId', 'entry.action', 'entry.details'])
      .addSelect(['actor.id', 'actor.displayName'])
      .orderBy('entry.id', 'DESC');
    if (caller.unitPath === '/') builder.where('1 = 1');
    else {
      // The system's own changes (start-up, the demo's 2025 mergers) are shown for the units in the caller's scope.
      const [inScope, parameters] = inSubtree('unit.path', caller.unitPath);
      const [systemUnit] = inSubtree('scoped.path', caller.unitPath);
      builder.where(
        `(${inScope} OR (entry.actorId IS NULL AND entry.entityType = 'unit' AND entry.entityId IN ` +
          `(SELECT CAST(scoped.id AS VARCHAR) FROM units scoped WHERE ${systemUnit})))`,
        parameters,
      );
    }
    if (query.entityType) builder.andWhere('entry.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('entry.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId !== undefined) builder.andWhere('entry.actorId = :actorId', { actorId: query.actorId });
    if (query.from) builder.andWhere('entry.at >= :from', { from: vietnamDayStart(query.from) });
    if (query.to) {
      const next = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      builder.andWhere('entry.at < :to', { to: vietnamDayStart(next) });
    }
    const { skip, take } = skipTake(query);
    const total = await builder.getCount();
    const rows = await builder.offset(skip).limit(take).getRawMany<Record<string, unknown>>();
    return {
      items: rows.map((row) => {
        const raw = row.entry_details;
        const details = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
        const { reason, changes, ...rest } = details ?? {};
        return {
          id: Number(row.entry_id),
          at: String(row.entry_at),
          actor: row.actor_id ? { id: Number(row.actor_id), displayName: String(row.actor_displayName) } : null,
          entityType: String(row.entry_entityType),
          entityId: String(row.entry_entityId),
          action: String(row.entry_action),
          reason: typeof reason === 'string' ? reason : null,
          changes: (changes as Record<string, unknown> | undefined) ?? (Object.keys(rest).length ? rest : null),
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

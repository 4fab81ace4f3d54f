import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { nowIso } from '../common/time.js';
import { AuditEntry } from './audit-entry.entity.js';

@Injectable()
export class AuditService {
  /** Appends an entry inside the caller's transaction, so the change and its record commit together. */
  async record(
    manager: EntityManager,
    entry: {
      entityType: string;
      entityId: string | number;
      action: string;
      actorId: number | null;
      details?: Record<string, unknown>;
    },
  ): Promise<void> {
    await manager.save(
      manager.create(AuditEntry, {
        entityType: entry.entityType,
        entityId: String(entry.entityId),
        action: entry.action,
        actorId: entry.actorId,
        at: nowIso(),
        details: entry.details ?? null,
      }),
    );
  }
}

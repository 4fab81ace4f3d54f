import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { skipTake } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { EmulationCluster } from './movement.entity.js';
import type { ClusterQuery, CreateClusterDto } from './movements.dto.js';

function toView(cluster: EmulationCluster) {
  const { id, name, kind, year, covenant, leaderUnitId, memberUnitIds } = cluster;
  return { id, name, kind, year, covenant, leaderUnitId, memberUnitIds };
}

/** Emulation clusters and blocs (cụm, khối thi đua): their members sign a covenant; the leader may earn the provincial flag. */
@Injectable()
export class ClustersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(caller: CurrentUser, dto: CreateClusterDto) {
    return this.transactions.run(async (manager) => {
      const units = await manager.find(Unit, {
        select: { id: true, path: true },
        where: { id: In(dto.memberUnitIds) },
      });
      const outside = dto.memberUnitIds.filter(
        (id) => !units.some((unit) => unit.id === id && inScope(caller, unit.path)),
      );
      if (outside.length > 0)
        throw AppError.rules([
          {
            rule: 'cluster.members',
            message: `Đơn vị không tồn tại hoặc ngoài phạm vi: ${outside.join(', ')}`,
            messageEn: `Units unknown or outside your scope: ${outside.join(', ')}`,
          },
        ]);
      const cluster = await manager.save(
        manager.create(EmulationCluster, {
          name: dto.name.trim(),
          kind: dto.kind,
          year: dto.year,
          covenant: dto.covenant?.trim() || null,
          leaderUnitId: null,
          memberUnitIds: dto.memberUnitIds,
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      await this.audit.record(manager, {
        entityType: 'cluster',
        entityId: cluster.id,
        action: 'create',
        actorId: caller.id,
      });
      return toView(cluster);
    });
  }

  async setLeader(caller: CurrentUser, id: number, unitId: number) {
    return this.transactions.run(async (manager) => {
      const cluster = await manager.findOneBy(EmulationCluster, { id });
      const units = cluster
        ? await manager.find(Unit, { select: { id: true, path: true }, where: { id: In(cluster.memberUnitIds) } })
        : [];
      if (!cluster || !units.some((unit) => inScope(caller, unit.path)))
        throw AppError.notFound('cụm, khối thi đua', 'Cluster');
      if (!cluster.memberUnitIds.includes(unitId)) {
        throw AppError.rules([
          {
            rule: 'cluster.leader',
            message: 'Đơn vị dẫn đầu phải là thành viên của cụm, khối / the leader must be a member',
          },
        ]);
      }
      await manager.update(EmulationCluster, { id }, { leaderUnitId: unitId });
      await this.audit.record(manager, {
        entityType: 'cluster',
        entityId: id,
        action: 'leader',
        actorId: caller.id,
        details: { unitId, previous: cluster.leaderUnitId },
      });
      return toView({ ...cluster, leaderUnitId: unitId });
    });
  }

  async list(caller: CurrentUser, query: ClusterQuery) {
    const where = query.year !== undefined ? { year: query.year } : {};
    const [rows, total] = await this.dataSource
      .getRepository(EmulationCluster)
      .findAndCount({ where, order: { id: 'ASC' }, ...skipTake(query) });
    const unitIds = [...new Set(rows.flatMap((row) => row.memberUnitIds))];
    const units = unitIds.length
      ? await this.dataSource.getRepository(Unit).find({ select: { id: true, path: true }, where: { id: In(unitIds) } })
      : [];
    const visible = (row: EmulationCluster) =>
      row.memberUnitIds.some((id) => {
        const path = units.find((unit) => unit.id === id)?.path ?? '';
        return path.startsWith(caller.unitPath) || caller.unitPath.startsWith(path);
      });
    const items = rows.filter(visible).map(toView);
    return { items, total: total - (rows.length - items.length), page: query.page, pageSize: query.pageSize };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { skipTake } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { leaderCandidates, rankMembers } from './cluster-ranking.js';
import { ClusterScore, EmulationCluster } from './movement.entity.js';
import type { ClusterDetailView, ClusterQuery, ClusterScoreDto, CreateClusterDto } from './movements.dto.js';

/** A cluster is seen by the units in, above or below any of its members. */
function visibleTo(caller: CurrentUser, path: string): boolean {
  return path !== '' && (path.startsWith(caller.unitPath) || caller.unitPath.startsWith(path));
}

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

  /** The cluster, when one of its members is in the caller's scope (404 otherwise), with its members' units. */
  private async requireVisible(manager: EntityManager, caller: CurrentUser, id: number) {
    const cluster = await manager.findOneBy(EmulationCluster, { id });
    const units = cluster
      ? await manager.find(Unit, {
          select: { id: true, path: true, name: true },
          where: { id: In(cluster.memberUnitIds) },
        })
      : [];
    if (!cluster || !units.some((unit) => visibleTo(caller, unit.path)))
      throw AppError.notFound('cụm, khối thi đua', 'Cluster');
    return { cluster, units };
  }

  /** The ranking of a cluster's members by their scores. */
  private async ranking(manager: EntityManager, cluster: EmulationCluster, units: Pick<Unit, 'id' | 'name'>[]) {
    const scores = await manager.findBy(ClusterScore, { clusterId: cluster.id });
    return rankMembers(
      cluster.memberUnitIds.map((unitId) => {
        const scored = scores.find((row) => row.unitId === unitId);
        return {
          unitId,
          name: units.find((unit) => unit.id === unitId)?.name ?? '',
          score: scored?.score ?? null,
          note: scored?.note ?? null,
        };
      }),
    );
  }

  /** The board of a unit above every member scores and recognises the leader. */
  private mayScore(caller: CurrentUser, units: Pick<Unit, 'path'>[]): boolean {
    return caller.roles.includes('board') && units.length > 0 && units.every((unit) => inScope(caller, unit.path));
  }

  async get(caller: CurrentUser, id: number): Promise<ClusterDetailView> {
    const manager = this.dataSource.manager;
    const { cluster, units } = await this.requireVisible(manager, caller, id);
    const members = await this.ranking(manager, cluster, units);
    return {
      ...toView(cluster),
      members,
      leaderCandidates: leaderCandidates(members),
      mayScore: this.mayScore(caller, units),
    };
  }

  /** Records (or corrects, logged with the previous score) a member's score for the year. */
  async recordScore(caller: CurrentUser, id: number, dto: ClusterScoreDto): Promise<ClusterDetailView> {
    await this.transactions.run(async (manager) => {
      const { cluster, units } = await this.requireVisible(manager, caller, id);
      this.requireScorer(caller, units);
      if (!cluster.memberUnitIds.includes(dto.unitId)) {
        throw AppError.rules([
          {
            rule: 'cluster.member',
            message: 'Đơn vị không phải thành viên của cụm, khối này',
            messageEn: 'The unit is not a member of this cluster or bloc',
          },
        ]);
      }
      const previous = await manager.findOneBy(ClusterScore, { clusterId: id, unitId: dto.unitId });
      const values = {
        score: dto.score,
        note: dto.note?.trim() || null,
        recordedById: caller.id,
        recordedAt: nowIso(),
      };
      if (previous) await manager.update(ClusterScore, { id: previous.id }, values);
      else await manager.insert(ClusterScore, { clusterId: id, unitId: dto.unitId, ...values });
      await this.audit.record(manager, {
        entityType: 'cluster',
        entityId: id,
        action: 'score',
        actorId: caller.id,
        details: { unitId: dto.unitId, score: dto.score, previous: previous?.score ?? null },
      });
    });
    return this.get(caller, id);
  }

  /** Recognises the leader: a member ranked first once every member is scored (one flag per cluster and year). */
  async setLeader(caller: CurrentUser, id: number, unitId: number) {
    return this.transactions.run(async (manager) => {
      const { cluster, units } = await this.requireVisible(manager, caller, id);
      this.requireScorer(caller, units);
      if (!cluster.memberUnitIds.includes(unitId)) {
        throw AppError.rules([
          {
            rule: 'cluster.leader',
            message: 'Đơn vị dẫn đầu phải là thành viên của cụm, khối / the leader must be a member',
          },
        ]);
      }
      const ranked = await this.ranking(manager, cluster, units);
      if (!leaderCandidates(ranked).includes(unitId)) {
        throw AppError.rules([
          {
            rule: 'cluster.ranking',
            message: 'Chỉ công nhận dẫn đầu đơn vị xếp hạng nhất, sau khi đã chấm điểm tất cả thành viên của cụm, khối',
            messageEn: 'Only a member ranked first, once every member is scored, may be recognised as leading',
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

  private requireScorer(caller: CurrentUser, units: Pick<Unit, 'path'>[]): void {
    if (!this.mayScore(caller, units)) {
      throw AppError.forbidden(
        'Chỉ Phòng TĐKT cấp trên của mọi thành viên được chấm điểm cụm, khối',
        'Only the board above every member may score the cluster',
      );
    }
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
      row.memberUnitIds.some((id) => visibleTo(caller, units.find((unit) => unit.id === id)?.path ?? ''));
    const items = rows.filter(visible).map(toView);
    return { items, total: total - (rows.length - items.length), page: query.page, pageSize: query.pageSize };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import type { CouncilView, CreateCouncilDto } from './council.dto.js';
import { Council, CouncilMember } from './council.entity.js';

@Injectable()
export class CouncilsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(caller: CurrentUser, dto: CreateCouncilDto): Promise<CouncilView> {
    const memberIds = [...new Set([...dto.memberUserIds, dto.chairUserId, dto.secretaryUserId])];
    const id = await this.transactions.run(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id: dto.unitId });
      if (!unit || !inScope(caller, unit.path)) {
        throw AppError.rules([
          { rule: 'council.unit', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi / unit unknown or out of scope' },
        ]);
      }
      const users = await manager.find(User, { select: { id: true }, where: { id: In(memberIds), active: true } });
      const missing = memberIds.filter((userId) => !users.some((user) => user.id === userId));
      if (missing.length > 0) {
        throw AppError.rules([
          { rule: 'council.members', message: `Người dùng không tồn tại: ${missing.join(', ')} / unknown users` },
        ]);
      }
      const council = await manager.save(
        manager.create(Council, {
          unitId: unit.id,
          name: dto.name.trim(),
          chairUserId: dto.chairUserId,
          secretaryUserId: dto.secretaryUserId,
          createdAt: nowIso(),
        }),
      );
      await manager.insert(
        CouncilMember,
        memberIds.map((userId) => ({ councilId: council.id, userId })),
      );
      await this.audit.record(manager, {
        entityType: 'council',
        entityId: council.id,
        action: 'create',
        actorId: caller.id,
        details: { memberIds },
      });
      return council.id;
    });
    return this.get(caller, id);
  }

  /** Readable by anyone whose scope holds the council's unit, and by its members. */
  async get(caller: CurrentUser, id: number, manager: EntityManager = this.dataSource.manager): Promise<CouncilView> {
    const council = await manager.findOne(Council, { where: { id }, relations: { unit: true } });
    const members = council ? await this.members(id, manager) : [];
    if (!council?.unit || (!inScope(caller, council.unit.path) && !members.some((member) => member.id === caller.id))) {
      throw AppError.notFound('hội đồng', 'Council');
    }
    return {
      id: council.id,
      unitId: council.unitId,
      name: council.name,
      chairUserId: council.chairUserId,
      secretaryUserId: council.secretaryUserId,
      members,
    };
  }

  async members(councilId: number, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.find(CouncilMember, {
      where: { councilId },
      relations: { user: true },
      order: { userId: 'ASC' },
    });
    return rows.map((row) => ({ id: row.userId, displayName: row.user!.displayName, unitId: row.user!.unitId }));
  }
}

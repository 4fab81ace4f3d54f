import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../auth/access.js';
import type { CurrentUser } from '../auth/current-user.js';
import { hashPassword } from '../auth/password.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import type { CreateUserDto, UserView } from './users.dto.js';
import { User } from './user.entity.js';

export function toUserView(user: Pick<User, 'id' | 'username' | 'displayName' | 'unitId' | 'roles'>): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    roles: user.roles,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The caller for the auth guard: one query for the user and its unit's path. */
  async findActiveCaller(id: number): Promise<CurrentUser | null> {
    if (!Number.isSafeInteger(id)) return null;
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoinAndSelect('user.unit', 'unit')
      .where('user.id = :id AND user.active = :active', { id, active: true })
      .getOne();
    if (!row?.unit) return null;
    return { ...toUserView(row), unitPath: row.unit.path };
  }

  findByUsername(username: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ username });
  }

  async create(caller: CurrentUser | null, dto: CreateUserDto): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    return this.transactions.run(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id: dto.unitId });
      if (!unit || (caller && !inScope(caller, unit.path))) {
        throw AppError.rules([{ rule: 'user.unit', message: 'Đơn vị không tồn tại / unit does not exist' }]);
      }
      if (await manager.existsBy(User, { username: dto.username })) {
        throw AppError.conflict(`Tên đăng nhập "${dto.username}" đã tồn tại`, `Username "${dto.username}" is taken`);
      }
      const user = manager.create(User, {
        username: dto.username,
        passwordHash,
        displayName: dto.displayName,
        unitId: dto.unitId,
        roles: dto.roles,
        active: true,
        createdAt: nowIso(),
      });
      await manager.save(user);
      await this.audit.record(manager, {
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        actorId: caller?.id ?? null,
        details: { username: user.username, roles: user.roles, unitId: user.unitId },
      });
      return toUserView(user);
    });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(User).count();
  }
}

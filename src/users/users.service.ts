import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { fieldChanges } from '../audit/field-changes.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { hashPassword, verifyPassword } from './password.js';
import { weakPasswordViolations } from './password-policy.js';
import { foldForSearch } from '../common/fold.js';
import { skipTake, type Page } from '../common/pagination.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { placeholder, readRows } from '../database/sql.js';
import { inSubtree } from '../database/scope.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import type {
  CreateUserDto,
  NotificationSettingsDto,
  NotificationSettingsView,
  UpdateUserDto,
  UserDetailView,
  UserQuery,
  UserView,
} from './users.dto.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
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

export function toUserDetailView(user: User): UserDetailView {
  return {
    ...toUserView(user),
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UnitsService) units: UnitsService,
  ) {
    units.onMerged('users', async (manager, from, into) => {
      const count = await manager.countBy(User, { unitId: from.id });
      await manager.update(User, { unitId: from.id }, { unitId: into.id });
      return count;
    });
  }

  /**
   * The caller for the auth guard, on every authenticated request: one hand-written query for the user and its unit's
   * path (the query builder cost five times as much here).
   */
  async findActiveCaller(id: number): Promise<CurrentUser | null> {
    if (!Number.isSafeInteger(id)) return null;
    const rows: {
      id: number;
      username: string;
      displayName: string;
      unitId: number;
      roles: string;
      path: string;
      systemScope: boolean | number;
      mustChangePassword: boolean | number;
      credentialsVersion: number;
    }[] = await readRows(
      this.dataSource,
      `SELECT u.id, u.username, u."displayName", u."unitId", u.roles, unit.path, u."systemScope",
              u."mustChangePassword", u."credentialsVersion"
         FROM users u JOIN units unit ON unit.id = u."unitId"
        WHERE u.id = ${placeholder(this.dataSource, 1)} AND u.active = TRUE`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const roles = row.roles.split(',').filter(Boolean) as User['roles'];
    return {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      unitId: row.unitId,
      roles,
      // System scope is the whole tree: every path starts with "/".
      unitPath: row.systemScope ? '/' : row.path,
      mustChangePassword: Boolean(row.mustChangePassword),
      credentialsVersion: Number(row.credentialsVersion),
    };
  }

  findByUsername(username: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ username });
  }

  /** Users of units in the caller's scope, by username, filtered; `q` ignores case and Vietnamese diacritics. */
  async list(caller: CurrentUser, query: UserQuery): Promise<Page<UserDetailView>> {
    const builder = this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoin('user.unit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('user.username', 'ASC');
    if (query.unitId !== undefined) builder.andWhere('user.unitId = :unitId', { unitId: query.unitId });
    if (query.active !== undefined) builder.andWhere('user.active = :active', { active: query.active });
    let users = await builder.getMany();
    if (query.role) users = users.filter((user) => user.roles.includes(query.role!));
    if (query.q) {
      const q = foldForSearch(query.q);
      users = users.filter((user) => foldForSearch(`${user.username} ${user.displayName}`).includes(q));
    }
    const { skip, take } = skipTake(query);
    return {
      items: users.slice(skip, skip + take).map(toUserDetailView),
      total: users.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(caller: CurrentUser, id: number): Promise<UserDetailView> {
    return toUserDetailView(await this.requireInScope(this.dataSource.manager, caller, id));
  }

  /** A user of a unit in the caller's scope; anyone else's answers 404. */
  private async requireInScope(manager: EntityManager, caller: CurrentUser, id: number): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, relations: { unit: true } });
    if (!user || !inScope(caller, user.unit!.path)) throw AppError.notFound('người dùng', 'User');
    return user;
  }

  /**
   * An administrator changes a user's name, unit, roles or whether it may sign in. Deactivating raises the credentials
   * version, so the user's tokens and sessions stop working at once. An administrator cannot lock itself out.
   */
  async update(caller: CurrentUser, id: number, dto: UpdateUserDto): Promise<UserDetailView> {
    return this.transactions.run(async (manager) => {
      const user = await this.requireInScope(manager, caller, id);
      if (id === caller.id && (dto.active === false || (dto.roles && !dto.roles.includes('admin')))) {
        throw AppError.rules([
          {
            rule: 'user.self_lockout',
            message:
              'Không thể tự khóa tài khoản hoặc bỏ vai trò quản trị của chính mình; nhờ một quản trị viên khác thực hiện.',
          },
        ]);
      }
      if (dto.unitId !== undefined && dto.unitId !== user.unitId) {
        const unit = await manager.findOneBy(Unit, { id: dto.unitId });
        if (!unit || !inScope(caller, unit.path)) {
          throw AppError.rules([{ rule: 'user.unit', message: 'Đơn vị không tồn tại / unit does not exist' }]);
        }
      }
      const changes: Partial<User> = {};
      if (dto.displayName !== undefined) changes.displayName = dto.displayName.trim();
      if (dto.unitId !== undefined) changes.unitId = dto.unitId;
      if (dto.roles !== undefined) changes.roles = dto.roles;
      if (dto.active !== undefined) changes.active = dto.active;
      const changed = fieldChanges(user, changes);
      if (Object.keys(changed).length === 0) return toUserDetailView(user);
      if (changes.active === false) changes.credentialsVersion = user.credentialsVersion + 1;
      await manager.update(User, { id }, changes);
      await this.audit.record(manager, {
        entityType: 'user',
        entityId: id,
        action: changes.active === false ? 'deactivate' : changes.active === true ? 'reactivate' : 'update',
        actorId: caller.id,
        details: { changes: changed },
      });
      return toUserDetailView({ ...user, ...changes } as User);
    });
  }

  /** An administrator sets a new password; the user's tokens stop working and it must choose its own at sign-in. */
  async setPassword(caller: CurrentUser, id: number, password: string): Promise<void> {
    const target = await this.requireInScope(this.dataSource.manager, caller, id);
    const violations = weakPasswordViolations(password, target.username);
    if (violations.length > 0) throw AppError.rules(violations);
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      const user = await this.requireInScope(manager, caller, id);
      await manager.update(
        User,
        { id },
        { passwordHash, mustChangePassword: true, credentialsVersion: user.credentialsVersion + 1 },
      );
      await this.audit.record(manager, {
        entityType: 'user',
        entityId: id,
        action: 'password.reset',
        actorId: caller.id,
      });
    });
  }

  /** Anyone changes its own password; every token issued before (this session's too) stops working. */
  /** One's own address and choice for notifications by e-mail, as they are now. */
  async notificationSettings(caller: CurrentUser): Promise<NotificationSettingsView> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.id });
    return {
      email: user.email,
      emailNotifications: user.emailNotifications,
      serverSendsEmail: this.config.mail !== undefined,
    };
  }

  /** Sets one's own address and choice (audited, like every change to a user). */
  async setNotificationSettings(caller: CurrentUser, dto: NotificationSettingsDto): Promise<NotificationSettingsView> {
    const email = dto.email?.trim() || null;
    await this.transactions.run(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: caller.id });
      const changes = { email, emailNotifications: dto.emailNotifications };
      await manager.update(User, { id: caller.id }, changes);
      await this.audit.record(manager, {
        entityType: 'user',
        entityId: caller.id,
        action: 'notification_settings',
        actorId: caller.id,
        details: { changes: fieldChanges(user, changes) },
      });
    });
    return this.notificationSettings(caller);
  }

  async changeOwnPassword(caller: CurrentUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.id });
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw AppError.rules([
        { rule: 'password.current', message: 'Mật khẩu hiện tại không đúng. / The current password is wrong.' },
      ]);
    }
    const violations = weakPasswordViolations(newPassword, user.username);
    if (newPassword === currentPassword) {
      violations.push({
        rule: 'password.weak',
        message: 'Mật khẩu mới phải khác mật khẩu hiện tại. / The new password must differ from the current one.',
      });
    }
    if (violations.length > 0) throw AppError.rules(violations);
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneByOrFail(User, { id: caller.id });
      await manager.update(
        User,
        { id: caller.id },
        { passwordHash, mustChangePassword: false, credentialsVersion: current.credentialsVersion + 1 },
      );
      await this.audit.record(manager, {
        entityType: 'user',
        entityId: caller.id,
        action: 'password.change',
        actorId: caller.id,
      });
    });
  }

  /** Remembers a successful sign-in, shown to administrators. */
  async recordSignIn(id: number): Promise<void> {
    await this.transactions.run((manager) => manager.update(User, { id }, { lastLoginAt: nowIso() }));
  }

  async create(caller: CurrentUser | null, dto: CreateUserDto): Promise<UserView> {
    const violations = weakPasswordViolations(dto.password, dto.username);
    if (violations.length > 0) throw AppError.rules(violations);
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

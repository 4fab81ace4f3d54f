import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import type { Role } from '../access/roles.js';
import { AppError } from '../common/app-error.js';
import { skipTake } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { Notification, type NotificationKind } from './notification.entity.js';

/** The job that e-mails pending notifications (see NotificationMailer). */
export const NOTIFICATION_EMAILS = 'notification-emails';
import type { NotificationPageView, NotificationQuery, NotificationView } from './notifications.dto.js';

export interface Notice {
  kind: NotificationKind;
  message: string;
  messageEn: string;
  link: string;
  /** A message each user gets once only, however often it is sent (a reminder run twice, or by two instances). */
  key?: string;
}

/**
 * Each user's inbox. Features tell it who must know of a change, in the transaction that makes the change, so a message
 * is never sent of something that was rolled back, nor lost when it was committed.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {}

  /**
   * One notification to each of `userIds` (each user once). Where the server sends e-mail, those of users with an
   * address who have not turned it off are also e-mailed, by a job queued once the change has committed.
   */
  async notify(manager: EntityManager, userIds: Iterable<number>, notice: Notice): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    const mailed = new Set<number>();
    if (this.config.mail) {
      const users = await manager.find(User, {
        select: { id: true, email: true, emailNotifications: true },
        where: { id: In(ids) },
      });
      for (const user of users) if (user.email && user.emailNotifications) mailed.add(user.id);
    }
    const at = nowIso();
    const insert = manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        ids.map((userId) => ({
          ...notice,
          key: notice.key ?? null,
          userId,
          at,
          emailState: mailed.has(userId) ? ('pending' as const) : ('none' as const),
        })),
      );
    // A keyed message a user already has is left out (and nothing else is ignored for the others).
    await (notice.key ? insert.orIgnore() : insert).execute();
    if (mailed.size > 0) this.transactions.afterCommit(manager, () => this.jobs.send(NOTIFICATION_EMAILS));
  }

  /** The active users holding `role` in any of `unitIds` (not in the units below them). */
  async holders(manager: EntityManager, unitIds: readonly number[], role: Role): Promise<number[]> {
    return [...(await this.holdersByUnit(manager, unitIds, role)).values()].flat();
  }

  /** The same, by unit, in one read: for a change that tells many units apart. */
  async holdersByUnit(manager: EntityManager, unitIds: readonly number[], role: Role): Promise<Map<number, number[]>> {
    const byUnit = new Map<number, number[]>();
    if (unitIds.length === 0) return byUnit;
    const users = await manager.find(User, {
      select: { id: true, roles: true, unitId: true },
      where: { unitId: In([...new Set(unitIds)]), active: true },
    });
    for (const user of users.filter((candidate) => candidate.roles.includes(role))) {
      byUnit.set(user.unitId, [...(byUnit.get(user.unitId) ?? []), user.id]);
    }
    return byUnit;
  }

  /** The board users of the nearest unit, at or above `unitId`, that has any (api.md: who is told of a submission). */
  async nearestBoard(manager: EntityManager, unitId: number): Promise<number[]> {
    const unit = await manager.findOne(Unit, { select: { id: true, path: true }, where: { id: unitId } });
    if (!unit) return [];
    const upwards = unit.path.split('/').filter(Boolean).map(Number).reverse();
    const boards = await this.holdersByUnit(manager, upwards, 'board');
    return upwards.map((id) => boards.get(id)).find((board) => board !== undefined) ?? [];
  }

  async list(caller: CurrentUser, query: NotificationQuery): Promise<NotificationPageView> {
    const { skip, take } = skipTake(query);
    const repository = this.dataSource.getRepository(Notification);
    const where = { userId: caller.id, ...(query.unread ? { readAt: IsNull() } : {}) };
    const [rows, total] = await repository.findAndCount({ where, order: { id: 'DESC' }, skip, take });
    return {
      items: rows.map(toView),
      total,
      unread: query.unread ? total : await this.unreadCount(caller.id),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  unreadCount(userId: number): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /**
   * Marks one of the caller's notifications read (again: no change) and answers the page it is about; another user's
   * is not found.
   */
  async markRead(caller: CurrentUser, id: number): Promise<string> {
    return this.transactions.run(async (manager) => {
      const found = await manager.findOne(Notification, { where: { id, userId: caller.id } });
      if (!found) throw AppError.notFound('thông báo', 'Notification');
      if (found.readAt === null) await manager.update(Notification, { id }, { readAt: nowIso() });
      return found.link;
    });
  }

  /** Marks every unread notification of the caller read. */
  async markAllRead(caller: CurrentUser): Promise<void> {
    await this.transactions.run((manager) =>
      manager.update(Notification, { userId: caller.id, readAt: IsNull() }, { readAt: nowIso() }),
    );
  }
}

function toView(row: Notification): NotificationView {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    message: row.message,
    messageEn: row.messageEn,
    link: row.link,
    read: row.readAt !== null,
  };
}

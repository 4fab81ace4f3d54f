import { Inject, Injectable } from '@nestjs/common';
import { Between, DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { readRows } from '../database/sql.js';
import { Transactions } from '../database/transactions.js';
import { Holiday } from './holiday.entity.js';
import { shippedHolidayName } from './holiday-names.js';
import type { CreateHolidayDto, HolidayView } from './holidays.dto.js';

/**
 * The holiday calendar every working-day limit reads (the board's 5 and 20 days, the public notice's 10), kept by the
 * administrators. Read from the database each time it is needed (a few dozen rows), so that every app instance counts
 * with an edit at once.
 */
@Injectable()
export class HolidayCalendar {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Read on every deadline a request shows: one prepared statement, not an entity query. */
  async days(manager: EntityManager = this.dataSource.manager): Promise<ReadonlySet<string>> {
    const rows = await readRows<{ date: string }>(manager, 'SELECT "date" FROM holidays', []);
    return new Set(rows.map((row) => row.date));
  }

  async list(year?: number): Promise<HolidayView[]> {
    return this.dataSource.getRepository(Holiday).find({
      where: year === undefined ? {} : { date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC' },
    });
  }

  async add(caller: CurrentUser, dto: CreateHolidayDto): Promise<HolidayView> {
    return this.transactions.run(async (manager) => {
      if (await manager.existsBy(Holiday, { date: dto.date })) {
        throw AppError.conflict(`Ngày ${dto.date} đã có trong lịch nghỉ`, `${dto.date} is already a holiday`);
      }
      const holiday = await manager.save(manager.create(Holiday, { date: dto.date, name: dto.name.trim() }));
      await this.audit.record(manager, {
        entityType: 'holiday',
        entityId: holiday.id,
        action: 'create',
        actorId: caller.id,
        details: { date: holiday.date, name: holiday.name },
      });
      return holiday;
    });
  }

  async remove(caller: CurrentUser, id: number): Promise<void> {
    await this.transactions.run(async (manager) => {
      const holiday = await manager.findOneBy(Holiday, { id });
      if (!holiday) throw AppError.notFound('ngày nghỉ', 'Holiday');
      await manager.delete(Holiday, { id });
      await this.audit.record(manager, {
        entityType: 'holiday',
        entityId: id,
        action: 'delete',
        actorId: caller.id,
        details: { date: holiday.date, name: holiday.name },
      });
    });
  }

  /**
   * Fills an empty calendar at start with the shipped days (or the HOLIDAYS the province set); from then on the
   * administrators keep it. Several instances starting at once insert each day once.
   */
  async fillIfEmpty(): Promise<number> {
    return this.transactions.run(async (manager) => {
      if ((await manager.count(Holiday)) > 0) return 0;
      const rows = this.config.holidays.map((date) => ({ date, name: shippedHolidayName(date) }));
      await manager.createQueryBuilder().insert().into(Holiday).values(rows).orIgnore().execute();
      return rows.length;
    });
  }
}

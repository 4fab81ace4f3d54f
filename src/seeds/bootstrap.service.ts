import { Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { hashPassword } from '../users/password.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { nowIso } from '../common/time.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { User } from '../users/user.entity.js';
import { DEMO_PASSWORD, loadDemoData, type DemoLogin } from './demo/demo-data.js';
import { Transactions } from '../database/transactions.js';
import { HolidayCalendar } from '../calendar/holiday-calendar.js';

export interface BootstrapResult {
  demoLogins: DemoLogin[];
  demoPassword?: string;
  adminCreated: boolean;
}

/**
 * Fills an empty database at start: the holiday calendar, the demo province (DEMO_DATA=true) and the admin of
 * ADMIN_USERNAME/ADMIN_PASSWORD. Each only acts on an empty database, so restarts and several instances starting together change nothing.
 */
@Injectable()
export class BootstrapService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(UnitsService) private readonly units: UnitsService,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
  ) {}

  async run(): Promise<BootstrapResult> {
    const result: BootstrapResult = { demoLogins: [], adminCreated: false };
    const holidays = await this.calendar.fillIfEmpty();
    if (holidays > 0) this.logger.log(`Holiday calendar filled with ${holidays} days`);
    if (this.config.demoData) {
      await this.transactions.run(async (manager) => {
        if ((await manager.count(Unit)) > 0) return;
        result.demoLogins = await loadDemoData(manager, this.units);
        result.demoPassword = DEMO_PASSWORD;
        this.logger.log(`Demo data loaded: ${result.demoLogins.length} users`);
      });
    }
    const admin = this.config.admin;
    if (admin) {
      const passwordHash = await hashPassword(admin.password);
      await this.transactions.run(async (manager) => {
        if ((await manager.count(User)) > 0 && !result.demoLogins.length) return;
        if (await manager.existsBy(User, { username: admin.username })) return;
        // The admin belongs to the root unit; an empty database gets one to hold it.
        let root = await manager.findOne(Unit, { where: { parentId: IsNull() }, order: { id: 'ASC' } });
        root ??= await this.units.insertUnit(
          manager,
          { code: 'ROOT', name: 'Ủy ban nhân dân tỉnh', kind: 'province', parentId: null },
          '/',
        );
        await manager.insert(User, {
          username: admin.username,
          passwordHash,
          displayName: 'Quản trị hệ thống',
          unitId: root.id,
          roles: ['admin'],
          // The first administrator sets the province up: every unit, including the roots it creates, is in its scope.
          systemScope: true,
          active: true,
          createdAt: nowIso(),
        });
        result.adminCreated = true;
        this.logger.log(`Administrator "${admin.username}" created`);
      });
    }
    return result;
  }
}

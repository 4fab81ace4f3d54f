import { CalendarModule } from '../calendar/calendar.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CouncilModule } from '../council/council.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { PublicNoticesModule } from '../public-notices/public-notices.module.js';
import { RegisterModule } from '../register/register.module.js';
import { MovementsModule } from '../movements/movements.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { UnitsModule } from '../units/units.module.js';
import { UsersModule } from '../users/users.module.js';
import { ViewRenderer } from './view-renderer.js';
import { WebAdminController } from './web-admin.controller.js';
import { WebAdministrationController } from './web-administration.controller.js';
import { AuditLogModule } from '../audit-log/audit-log.module.js';
import { WebCouncilController } from './web-council.controller.js';
import { WebHomeController } from './web-home.controller.js';
import { WebMovementsController } from './web-movements.controller.js';
import { WebNominationsController } from './web-nominations.controller.js';
import { WebPeopleController } from './web-people.controller.js';
import { WebPublicController } from './web-public.controller.js';
import { WebUnitsController } from './web-units.controller.js';
import { WebErrorFilter, WebPages } from './web-pages.js';

/** Server-rendered pages in Vietnamese (English on request) over the same services as the API. */
@Module({
  imports: [
    CalendarModule,
    NotificationsModule,
    AuditLogModule,
    AuthModule,
    UsersModule,
    UnitsModule,
    PeopleModule,
    NominationsModule,
    CouncilModule,
    DecisionsModule,
    ProposalsModule,
    PublicNoticesModule,
    RegisterModule,
    MovementsModule,
    RegistrationsModule,
    ReportsModule,
  ],
  controllers: [
    WebHomeController,
    WebNominationsController,
    WebCouncilController,
    WebPeopleController,
    WebAdminController,
    WebMovementsController,
    WebAdministrationController,
    WebUnitsController,
    WebPublicController,
  ],
  providers: [ViewRenderer, WebPages, WebErrorFilter],
})
export class WebModule {}

import { CalendarModule } from './calendar/calendar.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditLogModule } from './audit-log/audit-log.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AwardTypesModule } from './award-types/award-types.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { CouncilModule } from './council/council.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { PublicNoticesModule } from './public-notices/public-notices.module.js';
import { RegisterModule } from './register/register.module.js';
import { BootstrapService } from './seeds/bootstrap.service.js';
import { DatabaseModule } from './schema/database.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { FilesModule } from './files/files.module.js';
import { HealthController } from './health/health.controller.js';
import { MovementsModule } from './movements/movements.module.js';
import { NominationsModule } from './nominations/nominations.module.js';
import { PeopleModule } from './people/people.module.js';
import { RegistrationsModule } from './registrations/registrations.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';
import { WebModule } from './web/web.module.js';
import { WorkflowCatalogueModule } from './workflow-catalogue/workflow-catalogue.module.js';
import { WorkflowModule } from './workflow/workflow.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AuditModule,
        FilesModule,
        DocumentsModule,
        AuthModule,
        UsersModule,
        UnitsModule,
        PeopleModule,
        AwardTypesModule,
        WorkflowModule,
        JobsModule,
        CalendarModule,
        NotificationsModule,
        NominationsModule,
        RegistrationsModule,
        CouncilModule,
        DecisionsModule,
        ProposalsModule,
        PublicNoticesModule,
        RegisterModule,
        MovementsModule,
        ReportsModule,
        WorkflowCatalogueModule,
        AuditLogModule,
        WebModule,
      ],
      controllers: [HealthController],
      providers: [BootstrapService],
    };
  }
}

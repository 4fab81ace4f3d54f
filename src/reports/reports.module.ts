import { CalendarModule } from '../calendar/calendar.module.js';
import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { YearlyReportService } from './yearly-report.service.js';

@Module({
  imports: [CalendarModule],
  controllers: [ReportsController],
  providers: [YearlyReportService],
  exports: [YearlyReportService],
})
export class ReportsModule {}

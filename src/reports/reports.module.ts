import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { YearlyReportService } from './yearly-report.service.js';

@Module({ controllers: [ReportsController], providers: [YearlyReportService], exports: [YearlyReportService] })
export class ReportsModule {}

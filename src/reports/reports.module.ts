import { Module } from '@nestjs/common';
import { DocumentRenderer } from '../documents/renderer.js';
import { ReportsController } from './reports.controller.js';
import { YearlyReportService } from './yearly-report.service.js';

@Module({ controllers: [ReportsController], providers: [YearlyReportService, DocumentRenderer] })
export class ReportsModule {}

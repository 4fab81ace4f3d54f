import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { FileStore, safeFileName } from '../files/file-store.js';
import type { MultipartUpload } from '../files/multipart.js';
import { Unit } from '../units/unit.entity.js';
import { WorkflowService } from '../workflow/workflow.service.js';
import { ProgressReport, Target } from './movement.entity.js';
import { TargetWorkflow, type LoadedTarget } from './movement.workflows.js';
import type { ProgressReportDto } from './movements.dto.js';
import { mayReport, TargetsService } from './targets.service.js';

function toReportView(report: ProgressReport) {
  const { id, period, value, note, reportedAt } = report;
  const evidence = report.evidenceSha256
    ? { fileName: report.evidenceFileName, mediaType: report.evidenceMediaType, sha256: report.evidenceSha256 }
    : null;
  return { id, period, value, note, reportedAt, evidence };
}

/** Progress reports on targets (báo cáo tiến độ), with their evidence files. */
@Injectable()
export class ProgressReportsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(TargetWorkflow) private readonly targets: TargetWorkflow,
    @Inject(TargetsService) private readonly targetsService: TargetsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(FileStore) private readonly files: FileStore,
  ) {}

  /** A progress report from the board, or from a submitter of the assigned unit; the first one starts an assigned target. */
  async report(caller: CurrentUser, targetId: number, dto: ProgressReportDto) {
    await this.transactions.run(async (manager) => {
      const target = await this.targets.load(manager, { user: caller }, targetId);
      await this.recordReport(manager, caller, target, dto);
    });
    return this.targetsService.getTarget(caller, targetId);
  }

  /** Reports come from the launching unit's board or from a submitter of the assigned unit. */
  private async requireReporter(manager: EntityManager, caller: CurrentUser, target: LoadedTarget): Promise<void> {
    const assigneePath = target.assigneeUnitId
      ? (await manager.findOneBy(Unit, { id: target.assigneeUnitId }))?.path
      : undefined;
    if (!mayReport(caller, target.launchingPath, assigneePath)) {
      throw AppError.forbidden(
        'Chỉ Phòng TĐKT hoặc đơn vị được giao được báo cáo',
        'Only the board or the assigned unit may report',
      );
    }
  }

  async recordReport(
    manager: EntityManager,
    caller: CurrentUser,
    target: LoadedTarget,
    dto: ProgressReportDto,
  ): Promise<void> {
    await this.requireReporter(manager, caller, target);
    if (target.movementState !== 'launched') {
      throw AppError.conflict(
        `Phong trào không còn nhận báo cáo (${target.movementState})`,
        `The movement does not take reports (${target.movementState})`,
        {
          state: target.movementState,
          allowedEvents: [],
        },
      );
    }
    if (!['assigned', 'in_progress'].includes(target.state)) {
      throw AppError.conflict(
        `Chỉ tiêu ở trạng thái ${target.state} không nhận báo cáo`,
        `A ${target.state} target takes no reports`,
        {
          state: target.state,
          allowedEvents: [],
        },
      );
    }
    await manager.insert(ProgressReport, {
      targetId: target.id,
      period: dto.period,
      value: dto.value,
      note: dto.note?.trim() || null,
      reportedById: caller.id,
      reportedAt: nowIso(),
    });
    // The latest report is the one for the latest period (a late report for an earlier period does not replace it).
    if (target.latestPeriod === null || dto.period >= target.latestPeriod) {
      await manager.update(Target, { id: target.id }, { latestValue: dto.value, latestPeriod: dto.period });
    }
    if (target.state === 'assigned') {
      await this.workflow.transition(
        this.targets,
        target.id,
        { type: 'REPORT', comment: `Báo cáo kỳ ${dto.period}` },
        { user: caller, system: true },
        manager,
      );
    }
  }

  async reports(caller: CurrentUser, targetId: number) {
    await this.targets.load(this.dataSource.manager, { user: caller }, targetId);
    const rows = await this.dataSource
      .getRepository(ProgressReport)
      .find({ where: { targetId }, order: { period: 'ASC', id: 'ASC' } });
    return rows.map(toReportView);
  }

  /** Attaches the evidence file of a report (PDF, JPEG, PNG, DOCX, XLSX judged by content). */
  async attachEvidence(caller: CurrentUser, targetId: number, reportId: number, upload: MultipartUpload) {
    if (!upload.file || upload.file.content.length === 0)
      throw AppError.invalid([{ field: 'file', message: 'bắt buộc nhập', messageEn: 'required' }]);
    const stored = await this.files.inspect(upload.file.content);
    const fileName = safeFileName(upload.file.fileName);
    await this.files.store(stored, upload.file.content);
    return this.transactions.run(async (manager) => {
      const target = await this.targets.load(manager, { user: caller }, targetId);
      await this.requireReporter(manager, caller, target);
      const report = await manager.findOneBy(ProgressReport, { id: reportId, targetId });
      if (!report) throw AppError.notFound('báo cáo tiến độ', 'Progress report');
      await manager.update(
        ProgressReport,
        { id: reportId },
        { evidenceFileName: fileName, evidenceMediaType: stored.mediaType, evidenceSha256: stored.sha256 },
      );
      await this.audit.record(manager, {
        entityType: 'target',
        entityId: targetId,
        action: 'report.evidence',
        actorId: caller.id,
        details: { reportId, sha256: stored.sha256 },
      });
      return toReportView({
        ...report,
        evidenceFileName: fileName,
        evidenceMediaType: stored.mediaType,
        evidenceSha256: stored.sha256,
      });
    });
  }

  async openEvidence(caller: CurrentUser, targetId: number, reportId: number) {
    await this.targets.load(this.dataSource.manager, { user: caller }, targetId);
    const report = await this.dataSource.getRepository(ProgressReport).findOneBy({ id: reportId, targetId });
    if (!report?.evidenceSha256) throw AppError.notFound('minh chứng', 'Evidence');
    return { report, stream: this.files.open(report.evidenceSha256) };
  }
}

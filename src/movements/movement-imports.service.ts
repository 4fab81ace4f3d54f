import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { Transactions } from '../database/transactions.js';
import { readSpreadsheet, type SheetRow } from '../files/spreadsheet.js';
import { Unit } from '../units/unit.entity.js';
import { DIRECTIONS, type Direction } from './achievement.js';
import { Target } from './movement.entity.js';
import { loadTarget, MovementWorkflow, type LoadedTarget } from './movement.workflows.js';
import type { CreateTargetDto, ProgressReportDto } from './movements.dto.js';
import { ProgressReportsService } from './progress-reports.service.js';
import { TargetsService } from './targets.service.js';

/** Targets and progress reports imported from CSV or XLSX: every bad row is reported, and nothing is imported unless all are good. */
@Injectable()
export class MovementImportsService {
  constructor(
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(MovementWorkflow) private readonly movements: MovementWorkflow,
    @Inject(TargetsService) private readonly targets: TargetsService,
    @Inject(ProgressReportsService) private readonly reports: ProgressReportsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Imports targets from CSV or XLSX (code, name, unit, targetValue, direction, tolerance, assigneeUnitCode): all rows or none. */
  async importTargets(caller: CurrentUser, movementId: number, content: Buffer) {
    const rows = await this.readRows(content);
    const created = await this.transactions.run(async (manager) => {
      const movement = await this.targets.editableMovement(manager, caller, movementId);
      const problems: RuleViolation[] = [];
      const seen = new Set<string>();
      const valid: CreateTargetDto[] = [];
      for (const [index, row] of rows.entries()) {
        const line = index + 2;
        const { dto, errors } = await this.targetFromRow(manager, row);
        if (dto && seen.has(dto.code)) errors.push(`mã ${dto.code} lặp lại trong tệp (duplicate code in the file)`);
        if (dto && errors.length === 0) errors.push(...(await this.targets.targetProblems(manager, movement, dto)));
        if (dto) seen.add(dto.code);
        for (const message of errors) problems.push({ rule: 'import.row', message: `Dòng ${line}: ${message}` });
        if (dto && errors.length === 0) valid.push(dto);
      }
      if (problems.length > 0)
        throw AppError.rules(
          problems,
          'Tệp có dòng không hợp lệ: không nhập dòng nào',
          'The file has invalid rows: nothing was imported',
        );
      for (const dto of valid) await this.targets.insertTarget(manager, caller, movement, dto);
      await this.audit.record(manager, {
        entityType: 'movement',
        entityId: movementId,
        action: 'targets.import',
        actorId: caller.id,
        details: { count: valid.length },
      });
      return valid.length;
    });
    return { imported: created, targets: await this.targets.listTargets(caller, movementId) };
  }

  /** Imports progress reports from CSV or XLSX (targetCode, period, value, note): all rows or none. */
  async importReports(caller: CurrentUser, movementId: number, content: Buffer) {
    const rows = await this.readRows(content);
    const imported = await this.transactions.run(async (manager) => {
      await this.movements.load(manager, { user: caller }, movementId);
      const problems: RuleViolation[] = [];
      const accepted: { target: LoadedTarget; dto: ProgressReportDto }[] = [];
      for (const [index, row] of rows.entries()) {
        const line = index + 2;
        const errors: string[] = [];
        const code = row.targetcode ?? row.code ?? '';
        const value = Number((row.value ?? '').replace(',', '.'));
        const period = row.period ?? '';
        if (!/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/.test(period))
          errors.push('kỳ báo cáo phải như 2024, 2024-06, 2024-Q2 (period)');
        if (row.value === undefined || row.value === '' || !Number.isFinite(value))
          errors.push('giá trị phải là số (value must be a number)');
        const found = code ? await manager.findOneBy(Target, { movementId, code }) : null;
        if (!found) errors.push(`không có chỉ tiêu mã "${code}" (unknown target code)`);
        for (const message of errors) problems.push({ rule: 'import.row', message: `Dòng ${line}: ${message}` });
        if (found && errors.length === 0)
          accepted.push({
            target: (await loadTarget(manager, found.id))!,
            dto: { period, value, note: row.note || undefined },
          });
      }
      if (problems.length > 0)
        throw AppError.rules(
          problems,
          'Tệp có dòng không hợp lệ: không nhập dòng nào',
          'The file has invalid rows: nothing was imported',
        );
      for (const { target, dto } of accepted)
        await this.reports.recordReport(manager, caller, (await loadTarget(manager, target.id))!, dto);
      return accepted.length;
    });
    return { imported, targets: await this.targets.listTargets(caller, movementId) };
  }

  private async readRows(content: Buffer): Promise<SheetRow[]> {
    try {
      const rows = await readSpreadsheet(content);
      if (rows.length === 0) throw new Error('empty');
      return rows;
    } catch {
      throw AppError.invalid([
        {
          field: 'file',
          message:
            'tệp CSV hoặc XLSX có dòng tiêu đề và ít nhất một dòng dữ liệu (a CSV or XLSX file with a header row and data)',
        },
      ]);
    }
  }

  private async targetFromRow(
    manager: EntityManager,
    row: SheetRow,
  ): Promise<{ dto?: CreateTargetDto; errors: string[] }> {
    const errors: string[] = [];
    const code = row.code ?? '';
    if (!/^[A-Za-z0-9._-]{1,30}$/.test(code)) errors.push('mã chỉ tiêu thiếu hoặc sai (code)');
    if (!row.name?.trim()) errors.push('thiếu tên chỉ tiêu (name)');
    if (!row.unit?.trim()) errors.push('thiếu đơn vị tính (unit)');
    const targetValue = Number((row.targetvalue ?? '').replace(',', '.'));
    if (row.targetvalue === undefined || row.targetvalue === '' || !Number.isFinite(targetValue))
      errors.push('giá trị chỉ tiêu phải là số (targetValue)');
    const direction = (row.direction ?? '') as Direction;
    if (!DIRECTIONS.includes(direction)) errors.push(`chiều đánh giá phải là ${DIRECTIONS.join(', ')} (direction)`);
    let tolerance: number | undefined;
    if (row.tolerance) {
      tolerance = Number(row.tolerance.replace(',', '.'));
      if (!Number.isFinite(tolerance) || tolerance < 0) errors.push('dung sai phải là số không âm (tolerance)');
    }
    let assigneeUnitId: number | undefined;
    if (row.assigneeunitcode) {
      const unit = await manager.findOneBy(Unit, { code: row.assigneeunitcode });
      if (!unit) errors.push(`không có đơn vị mã "${row.assigneeunitcode}" (assigneeUnitCode)`);
      else assigneeUnitId = unit.id;
    }
    if (errors.length > 0) return { errors };
    return { dto: { code, name: row.name, unit: row.unit, targetValue, direction, tolerance, assigneeUnitId }, errors };
  }
}

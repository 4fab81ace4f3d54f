import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { fieldChanges } from '../audit/field-changes.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { inSubtree } from '../database/scope.js';
import { placeholder } from '../database/sql.js';
import { foldForSearch } from '../common/fold.js';
import { Transactions } from '../database/transactions.js';
import { createValidationPipe } from '../common/validation.js';
import { readSpreadsheet } from '../files/spreadsheet.js';
import { UnitEvaluation } from './unit-evaluation.entity.js';
import { UnitRestriction } from './unit-restriction.entity.js';
import { Unit } from './unit.entity.js';
import { CreateUnitDto } from './units.dto.js';
import type {
  UnitRestrictionDto,
  UnitRestrictionView,
  UpdateUnitRestrictionDto,
  MergeUnitDto,
  UnitEvaluationDto,
  UnitQuery,
  UnitView,
  UpdateUnitDto,
} from './units.dto.js';

/** Moves what belongs to a merged unit to the unit that takes over; answers how many it moved. */
export type MergeListener = (manager: EntityManager, from: Unit, into: Unit) => Promise<number>;

export function toUnitView(unit: Unit): UnitView {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    active: unit.active,
    mergedIntoId: unit.mergedIntoId,
  };
}

/** Member counts must be consistent with the total before any rule reads them. */
export function memberCountViolations(members: UnitEvaluationDto['members']): RuleViolation[] {
  const parts: [keyof UnitEvaluationDto['members'], string][] = [
    ['completedTasks', 'số hoàn thành nhiệm vụ'],
    ['advancedWorkers', 'số Lao động tiên tiến'],
    ['grassrootsEmulationSoldiers', 'số Chiến sĩ thi đua cơ sở'],
    ['disciplinedWarningOrAbove', 'số bị kỷ luật từ cảnh cáo trở lên'],
    ['women', 'số nữ'],
  ];
  return parts
    .filter(([field]) => members[field] > members.total)
    .map(([field, label]) => ({
      rule: `unit_evaluation.members.${field}`,
      message: `${label} (${members[field]}) vượt quá tổng số thành viên (${members.total}) / ${field} exceeds total`,
    }));
}

@Injectable()
export class UnitsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The units in the caller's scope, in tree order (a materialised path sorts parents before children). */
  async inScopeOf(caller: CurrentUser): Promise<UnitView[]> {
    const units = await this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('unit.path', 'ASC')
      .take(1000)
      .getMany();
    return units.map(toUnitView);
  }

  /** What another feature does when a unit is merged into another, inside the merger's transaction: how many moved. */
  private readonly mergeListeners: { moved: string; listener: MergeListener }[] = [];

  /** `moved` names what the listener moves (people, users, nominations), as the merger's answer reports it. */
  onMerged(moved: string, listener: MergeListener): void {
    this.mergeListeners.push({ moved, listener });
  }

  /**
   * Merges a unit into another (sáp nhập), as the 2025 reorganisation did: the units below it, its people, users and
   * open nominations move to the target; it stays, inactive, for its history, so awards, decisions and documents keep
   * the name it had. The merger appears in both units' history.
   */
  async merge(caller: CurrentUser, id: number, dto: MergeUnitDto) {
    return this.transactions.run(async (manager) => {
      const from = await this.requireInScope(caller, id, manager);
      const into = await manager.findOneBy(Unit, { id: dto.intoUnitId });
      if (!into || !inScope(caller, into.path)) {
        throw AppError.rules([
          {
            rule: 'unit.merge_target',
            message:
              'Đơn vị tiếp nhận không tồn tại hoặc ngoài phạm vi. / The receiving unit does not exist or is outside your scope.',
          },
        ]);
      }
      const problems: RuleViolation[] = [];
      if (into.id === from.id || into.path.startsWith(from.path)) {
        problems.push({
          rule: 'unit.cycle',
          message: `Không thể sáp nhập "${from.name}" vào chính nó hoặc một đơn vị trực thuộc nó.`,
          messageEn: `"${from.name}" cannot be merged into itself or a unit below it.`,
        });
      }
      if (!from.active)
        problems.push({
          rule: 'unit.inactive',
          message: `"${from.name}" đã ngừng hoạt động. / "${from.name}" is inactive.`,
        });
      if (!into.active)
        problems.push({
          rule: 'unit.inactive',
          message: `"${into.name}" đã ngừng hoạt động. / "${into.name}" is inactive.`,
        });
      if (problems.length > 0) throw AppError.rules(problems);

      return this.mergeWithin(manager, caller.id, from, into, dto.effectiveOn);
    });
  }

  /** The merger itself, inside the caller's transaction (the demo data's reorganisation uses it too). */
  async mergeWithin(manager: EntityManager, actorId: number | null, from: Unit, into: Unit, effectiveOn: string) {
    const children = await manager.findBy(Unit, { parentId: from.id });
    for (const child of children) {
      const path = `${into.path}${child.id}/`;
      await manager.update(Unit, { id: child.id }, { parentId: into.id, path });
      await this.moveSubtree(manager, child.path, path);
    }
    await manager.update(Unit, { id: from.id }, { active: false, mergedIntoId: into.id });
    const moved: Record<string, number> = { units: children.length };
    for (const { moved: what, listener } of this.mergeListeners) moved[what] = await listener(manager, from, into);
    const details = { intoUnitId: into.id, fromUnitId: from.id, effectiveOn, moved };
    await this.audit.record(manager, {
      entityType: 'unit',
      entityId: from.id,
      action: 'merge',
      actorId,
      details,
    });
    await this.audit.record(manager, {
      entityType: 'unit',
      entityId: into.id,
      action: 'merge.receive',
      actorId,
      details,
    });
    return { unit: toUnitView({ ...from, active: false, mergedIntoId: into.id }), moved };
  }

  /** The organisation tree is not secret: every signed-in user may read it (forms need it). */
  async list(query: UnitQuery): Promise<Page<UnitView>> {
    const where = {
      ...(query.parentId !== undefined ? { parentId: query.parentId } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.active !== undefined ? { active: query.active } : {}),
    };
    if (query.q) {
      // Folded in the app: the organisation tree is small (thousands of units even nationally).
      const q = foldForSearch(query.q);
      const units = (await this.dataSource.getRepository(Unit).find({ where, order: { id: 'ASC' } })).filter((unit) =>
        foldForSearch(`${unit.code} ${unit.name}`).includes(q),
      );
      const { skip, take } = skipTake(query);
      return {
        items: units.slice(skip, skip + take).map(toUnitView),
        total: units.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    }
    const [rows, total] = await this.dataSource
      .getRepository(Unit)
      .findAndCount({ where, order: { id: 'ASC' }, ...skipTake(query) });
    return { items: rows.map(toUnitView), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * An administrator renames, recodes or reclassifies a unit, moves it (with everything below it) under another unit
   * of its scope, or deactivates it. A move under itself or one of its own units is refused. Audited with each change.
   */
  async update(caller: CurrentUser, id: number, dto: UpdateUnitDto): Promise<UnitView> {
    return this.transactions.run(async (manager) => {
      const unit = await this.requireInScope(caller, id, manager);
      const changes: Partial<Unit> = {};
      if (dto.name !== undefined && dto.name.trim() !== unit.name) changes.name = dto.name.trim();
      if (dto.kind !== undefined && dto.kind !== unit.kind) changes.kind = dto.kind;
      if (dto.active !== undefined && dto.active !== unit.active) changes.active = dto.active;
      if (dto.code !== undefined && dto.code !== unit.code) {
        if (await manager.existsBy(Unit, { code: dto.code })) {
          throw AppError.conflict(`Mã đơn vị "${dto.code}" đã tồn tại`, `Unit code "${dto.code}" already exists`);
        }
        changes.code = dto.code;
      }
      if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
        const parent = await manager.findOneBy(Unit, { id: dto.parentId });
        if (!parent || !inScope(caller, parent.path)) {
          throw AppError.rules([
            {
              rule: 'unit.parent',
              message:
                'Đơn vị cấp trên không tồn tại hoặc ngoài phạm vi. / The parent unit does not exist or is outside your scope.',
            },
          ]);
        }
        if (parent.path.startsWith(unit.path)) {
          throw AppError.rules([
            {
              rule: 'unit.cycle',
              message: `Không thể chuyển "${unit.name}" vào chính nó hoặc một đơn vị trực thuộc nó.`,
              messageEn: `"${unit.name}" cannot be moved under itself or a unit below it.`,
            },
          ]);
        }
        changes.parentId = parent.id;
        changes.path = `${parent.path}${unit.id}/`;
      }
      if (Object.keys(changes).length === 0) return toUnitView(unit);
      await manager.update(Unit, { id }, changes);
      if (changes.path) await this.moveSubtree(manager, unit.path, changes.path);
      const changed = fieldChanges(unit, changes);
      await this.audit.record(manager, {
        entityType: 'unit',
        entityId: id,
        action: changes.parentId ? 'move' : changes.active === false ? 'deactivate' : 'update',
        actorId: caller.id,
        details: { changes: changed },
      });
      return toUnitView({ ...unit, ...changes } as Unit);
    });
  }

  /** Every unit below a moved one takes the new prefix of its path, in the same transaction. */
  private async moveSubtree(manager: EntityManager, from: string, to: string): Promise<void> {
    const p = (index: number) => placeholder(manager.connection, index);
    await manager.query(
      `UPDATE units SET path = CAST(${p(1)} AS TEXT) || substr(path, CAST(${p(2)} AS INTEGER))
        WHERE path LIKE ${p(3)} AND path <> ${p(4)}`,
      [to, from.length + 1, `${from}%`, to],
    );
  }

  async get(id: number): Promise<UnitView> {
    return toUnitView(await this.require(id));
  }

  async require(id: number, manager: EntityManager = this.dataSource.manager): Promise<Unit> {
    const unit = Number.isSafeInteger(id) ? await manager.findOneBy(Unit, { id }) : null;
    if (!unit) throw AppError.notFound('đơn vị', 'Unit');
    return unit;
  }

  /** A unit the caller may act on: outside the caller's scope it answers 404, so existence does not leak. */
  async requireInScope(caller: CurrentUser, id: number, manager?: EntityManager): Promise<Unit> {
    const unit = await this.require(id, manager);
    if (!inScope(caller, unit.path)) throw AppError.notFound('đơn vị', 'Unit');
    return unit;
  }

  async create(caller: CurrentUser, dto: CreateUnitDto): Promise<UnitView> {
    return this.transactions.run(async (manager) => {
      let parentPath = '/';
      if (dto.parentId !== undefined) {
        const parent = await manager.findOneBy(Unit, { id: dto.parentId });
        if (!parent || !inScope(caller, parent.path)) {
          throw AppError.rules([
            { rule: 'unit.parent', message: 'Đơn vị cấp trên không tồn tại / parent unit does not exist' },
          ]);
        }
        parentPath = parent.path;
      } else if (caller.unitPath.split('/').filter(Boolean).length > 1) {
        throw AppError.forbidden(
          'Chỉ quản trị viên cấp cao nhất được tạo đơn vị gốc',
          'Only a top-level administrator may create a root unit',
        );
      }
      if (await manager.existsBy(Unit, { code: dto.code })) {
        throw AppError.conflict(`Mã đơn vị "${dto.code}" đã tồn tại`, `Unit code "${dto.code}" already exists`);
      }
      const unit = await this.insertUnit(manager, { ...dto, parentId: dto.parentId ?? null }, parentPath);
      await this.audit.record(manager, { entityType: 'unit', entityId: unit.id, action: 'create', actorId: caller.id });
      return toUnitView(unit);
    });
  }

  /**
   * Imports units from a list (XLSX or CSV: code, name, kind, parentCode), a parent being a unit in the caller's scope or
   * another row of the file, in any order. All or nothing: every bad row is named. A code already present with the same
   * name, kind and parent is matched and left alone, so the same file twice adds nothing; one present with other details
   * is refused (correct it on its page).
   */
  async importUnits(caller: CurrentUser, content: Buffer): Promise<{ rows: number; created: number; matched: number }> {
    const sheet = await readSpreadsheet(content);
    if (sheet.length === 0) {
      throw AppError.rules([
        { rule: 'import.empty', message: 'Tệp không có dòng dữ liệu nào', messageEn: 'The file has no rows' },
      ]);
    }
    const pipe = createValidationPipe();
    const problems: RuleViolation[] = [];
    const problem = (row: number, field: string, message: string, messageEn: string) =>
      problems.push({
        rule: 'import.row',
        message: `Dòng ${row}, cột ${field}: ${message}`,
        messageEn: `Row ${row}, column ${field}: ${messageEn}`,
      });
    const rows: { row: number; dto: CreateUnitDto; parentCode: string }[] = [];
    for (const [index, sheetRow] of sheet.entries()) {
      const row = index + 2;
      try {
        const dto = (await pipe.transform(
          { code: sheetRow.code ?? '', name: sheetRow.name ?? '', kind: sheetRow.kind ?? '' },
          { type: 'body', metatype: CreateUnitDto },
        )) as CreateUnitDto;
        rows.push({ row, dto, parentCode: (sheetRow.parentcode ?? '').trim() });
      } catch (error) {
        const details = error instanceof AppError ? (error.extra.details as { field: string; message: string }[]) : [];
        for (const detail of details) problem(row, detail.field, detail.message, detail.message);
      }
    }
    return this.transactions.run(async (manager) => {
      this.transactions.analyzeAfterCommit(manager, ['units', 'unit_ancestors']);
      const existing = await manager.find(Unit, {});
      const byCode = new Map(existing.map((unit) => [unit.code.toLowerCase(), unit]));
      const seen = new Map<string, number>();
      for (const { row, dto } of rows) {
        const code = dto.code.toLowerCase();
        if (seen.has(code))
          problem(row, 'code', `trùng với dòng ${seen.get(code)}`, `the same as row ${seen.get(code)}`);
        seen.set(code, row);
      }
      const fileCodes = new Map(rows.map((item) => [item.dto.code.toLowerCase(), item]));
      let created = 0;
      let matched = 0;
      // Parents first: a row waits until its parent exists (in the database or created from an earlier pass).
      let pending = [...rows];
      // Every row is tried even after a problem, so that all of them are named; nothing is kept if any.
      while (pending.length > 0) {
        const next: typeof pending = [];
        for (const item of pending) {
          const { row, dto, parentCode } = item;
          const parent = parentCode ? byCode.get(parentCode.toLowerCase()) : undefined;
          if (parentCode && !parent) {
            if (fileCodes.has(parentCode.toLowerCase())) next.push(item);
            else problem(row, 'parentCode', `không có đơn vị mã "${parentCode}"`, `no unit "${parentCode}"`);
            continue;
          }
          if (!parentCode) {
            problem(row, 'parentCode', 'bắt buộc (đơn vị cấp trên)', 'required (the parent unit)');
            continue;
          }
          if (!inScope(caller, parent!.path)) {
            problem(row, 'parentCode', `đơn vị "${parentCode}" ngoài phạm vi`, `unit "${parentCode}" is out of scope`);
            continue;
          }
          const present = byCode.get(dto.code.toLowerCase());
          if (present) {
            if (present.name === dto.name.trim() && present.kind === dto.kind && present.parentId === parent!.id)
              matched++;
            else
              problem(
                row,
                'code',
                `mã "${dto.code}" đã dùng cho đơn vị "${present.name}"`,
                `code "${dto.code}" is already "${present.name}"`,
              );
            continue;
          }
          const unit = await this.insertUnit(
            manager,
            { ...dto, name: dto.name.trim(), parentId: parent!.id },
            parent!.path,
          );
          byCode.set(unit.code.toLowerCase(), unit);
          created++;
        }
        if (next.length === pending.length) {
          for (const item of next)
            problem(item.row, 'parentCode', 'vòng lặp đơn vị cấp trên trong tệp', 'the parents form a loop');
          break;
        }
        pending = next;
      }
      const rowOf = (violation: RuleViolation) => Number(/\d+/.exec(violation.message)?.[0] ?? 0);
      problems.sort((a, b) => rowOf(a) - rowOf(b));
      if (problems.length > 0)
        throw AppError.rules(
          problems,
          'Tệp có dòng không hợp lệ: chưa nhập dòng nào',
          'The file has bad rows: nothing was imported',
        );
      if (created > 0)
        await this.audit.record(manager, {
          entityType: 'unit',
          entityId: caller.unitId,
          action: 'import',
          actorId: caller.id,
          details: { rows: sheet.length, created },
        });
      return { rows: sheet.length, created, matched };
    });
  }

  /** Inserts a unit and sets its materialised path (which needs the new id). */
  async insertUnit(
    manager: EntityManager,
    fields: Pick<Unit, 'code' | 'name' | 'kind' | 'parentId'>,
    parentPath: string,
  ): Promise<Unit> {
    const unit = manager.create(Unit, { ...fields, path: parentPath, createdAt: nowIso() });
    await manager.save(unit);
    unit.path = `${parentPath}${unit.id}/`;
    await manager.update(Unit, { id: unit.id }, { path: unit.path });
    return unit;
  }

  /** A unit's inspections and head disciplines, newest first (the board's, within scope). */
  async restrictions(caller: CurrentUser, unitId: number): Promise<UnitRestrictionView[]> {
    await this.requireInScope(caller, unitId);
    const rows = await this.dataSource
      .getRepository(UnitRestriction)
      .find({ where: { unitId }, order: { startsOn: 'DESC', id: 'DESC' } });
    return rows.map(toRestrictionView);
  }

  /** Records an inspection pending against the unit, or its head disciplined for its failings (Decree 152 Art 4(4)). */
  async recordRestriction(caller: CurrentUser, unitId: number, dto: UnitRestrictionDto): Promise<UnitRestrictionView> {
    checkRestrictionPeriod(dto.startsOn, dto.endsOn);
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, unitId, manager);
      const row = manager.create(UnitRestriction, {
        unitId,
        basis: dto.basis,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn ?? null,
        note: dto.note.trim(),
        recordedAt: nowIso(),
      });
      await manager.save(row);
      await this.audit.record(manager, {
        entityType: 'unit',
        entityId: unitId,
        action: 'restriction.create',
        actorId: caller.id,
        details: { changes: { basis: dto.basis, startsOn: dto.startsOn, endsOn: dto.endsOn ?? null, note: row.note } },
      });
      return toRestrictionView(row);
    });
  }

  /** Ends or corrects a restriction, with the reason; audited. */
  async updateRestriction(
    caller: CurrentUser,
    unitId: number,
    restrictionId: number,
    dto: UpdateUnitRestrictionDto,
  ): Promise<UnitRestrictionView> {
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, unitId, manager);
      const row = await manager.findOneBy(UnitRestriction, { id: restrictionId, unitId });
      if (!row) throw AppError.notFound('bản ghi', 'Record');
      const next = { endsOn: dto.endsOn ?? row.endsOn, note: dto.note?.trim() ?? row.note };
      checkRestrictionPeriod(row.startsOn, next.endsOn ?? undefined);
      const changes = fieldChanges({ endsOn: row.endsOn, note: row.note }, next);
      await manager.update(UnitRestriction, { id: restrictionId }, next);
      await this.audit.record(manager, {
        entityType: 'unit',
        entityId: unitId,
        action: 'restriction.update',
        actorId: caller.id,
        details: { recordId: restrictionId, reason: dto.reason.trim(), changes },
      });
      return toRestrictionView({ ...row, ...next });
    });
  }

  async recordEvaluation(caller: CurrentUser, unitId: number, dto: UnitEvaluationDto) {
    const violations = memberCountViolations(dto.members);
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, unitId, manager);
      if (violations.length > 0)
        throw AppError.rules(violations, 'Số liệu thành viên không nhất quán', 'Member counts are inconsistent');
      const previous = await manager.findOneBy(UnitEvaluation, { unitId, year: dto.year });
      const fields = {
        unitId,
        year: dto.year,
        rating: dto.rating,
        membersTotal: dto.members.total,
        membersCompletedTasks: dto.members.completedTasks,
        membersAdvancedWorkers: dto.members.advancedWorkers,
        membersGrassrootsEmulationSoldiers: dto.members.grassrootsEmulationSoldiers,
        membersDisciplinedWarningOrAbove: dto.members.disciplinedWarningOrAbove,
        membersWomen: dto.members.women,
        leadsCluster: dto.leadsCluster,
        recordedAt: nowIso(),
      };
      if (previous) await manager.update(UnitEvaluation, { id: previous.id }, fields);
      else await manager.insert(UnitEvaluation, fields);
      await this.audit.record(manager, {
        entityType: 'unit',
        entityId: unitId,
        action: previous ? 'evaluation.replace' : 'evaluation.create',
        actorId: caller.id,
        details: previous ? { year: dto.year, previous: toUnitEvaluationView(previous) } : { year: dto.year },
      });
      return toUnitEvaluationView(fields);
    });
  }
}

export function toUnitEvaluationView(row: Omit<UnitEvaluation, 'id' | 'unit'>) {
  return {
    unitId: row.unitId,
    year: row.year,
    rating: row.rating,
    members: {
      total: row.membersTotal,
      completedTasks: row.membersCompletedTasks,
      advancedWorkers: row.membersAdvancedWorkers,
      grassrootsEmulationSoldiers: row.membersGrassrootsEmulationSoldiers,
      disciplinedWarningOrAbove: row.membersDisciplinedWarningOrAbove,
      women: row.membersWomen,
    },
    leadsCluster: row.leadsCluster,
    recordedAt: row.recordedAt,
  };
}

function toRestrictionView(row: UnitRestriction): UnitRestrictionView {
  const { id, unitId, basis, startsOn, endsOn, note } = row;
  return { id, unitId, basis, startsOn, endsOn, note };
}

function checkRestrictionPeriod(startsOn: string, endsOn: string | undefined): void {
  if (endsOn !== undefined && endsOn < startsOn) {
    throw AppError.rules([
      {
        rule: 'unit_restriction.period',
        message: 'Ngày kết thúc trước ngày bắt đầu. / The end is before the start.',
      },
    ]);
  }
}

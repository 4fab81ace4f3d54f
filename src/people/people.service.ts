import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { fieldChanges } from '../audit/field-changes.js';
import { findAwardType, RULE_SETS } from '../award-types/catalogue.js';
import { hasAnyRole, inScope } from '../access/access.js';
import type { Role } from '../access/roles.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { insertRows } from '../database/sql.js';
import { inSubtree } from '../database/scope.js';
import { Transactions } from '../database/transactions.js';
import { readSpreadsheet } from '../files/spreadsheet.js';
import { createValidationPipe, validated } from '../common/validation.js';
import { foldForSearch } from '../common/fold.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import {
  CreatePersonDto,
  DisciplineDto,
  EvaluationDto,
  InitiativeDto,
  PersonAwardDto,
  PERSON_RECORD_KINDS,
  type PeopleQuery,
  type PersonRecordKind,
  type UpdatePersonDto,
} from './people.dto.js';
import {
  Discipline,
  DISCIPLINE_LEVELS,
  Initiative,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  PersonAward,
  PersonEvaluation,
} from './person-facts.entity.js';
import { GENDERS, Person, PERSON_CATEGORIES } from './person.entity.js';
import { RATINGS } from '../common/rating.js';

export interface PersonSummary {
  id: number;
  fullName: string;
  gender: Person['gender'];
  birthYear: number | null;
  position: string;
  unitId: number;
  category: Person['category'];
}

export function toPersonSummary(person: Person): PersonSummary {
  return {
    id: person.id,
    fullName: person.fullName,
    gender: person.gender,
    birthYear: person.birthYear,
    position: person.position,
    unitId: person.unitId,
    category: person.category,
  };
}

@Injectable()
export class PeopleService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(UnitsService) units: UnitsService,
  ) {
    units.onMerged('people', async (manager, from, into) => {
      const count = await manager.countBy(Person, { unitId: from.id });
      await manager.update(Person, { unitId: from.id }, { unitId: into.id });
      return count;
    });
  }

  /** What a person's forms offer: the categories, genders and ratings. */
  formOptions() {
    return {
      categories: PERSON_CATEGORIES,
      genders: GENDERS,
      ratings: RATINGS,
      initiativeScopes: INITIATIVE_SCOPES,
      initiativeKinds: INITIATIVE_KINDS,
      disciplineLevels: DISCIPLINE_LEVELS,
      awardTypes: RULE_SETS[RULE_SETS.length - 1].awardTypes.filter((type) => type.nomineeKind !== 'collective'),
    };
  }

  async create(caller: CurrentUser, dto: CreatePersonDto): Promise<PersonSummary> {
    return this.transactions.run(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id: dto.unitId });
      if (!unit || !inScope(caller, unit.path)) {
        throw AppError.rules([
          { rule: 'person.unit', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi / unit unknown or out of scope' },
        ]);
      }
      const person = manager.create(Person, personRow(dto, nowIso()));
      await manager.save(person);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: person.id,
        action: 'create',
        actorId: caller.id,
      });
      return toPersonSummary(person);
    });
  }

  /**
   * Imports people from a CSV or XLSX file (columns fullName, gender, birthYear, position, unitCode, category), all or
   * nothing: every bad row is reported with its spreadsheet row number and then no row is written.
   */
  async importPeople(caller: CurrentUser, content: Buffer): Promise<{ imported: number }> {
    const rows = await readSpreadsheet(content);
    if (rows.length === 0) {
      throw AppError.rules([{ rule: 'import.empty', message: 'Tệp không có dòng dữ liệu nào / the file has no rows' }]);
    }
    const units = await this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('unit')
      .select(['unit.id', 'unit.code'])
      .where(...inSubtree('unit.path', caller.unitPath))
      .getMany();
    const unitIds = new Map(units.map((unit) => [unit.code.toLowerCase(), unit.id]));
    const pipe = createValidationPipe();
    // Validated rows are kept as compact tuples, not DTOs or entities: an import of 100,000 people must fit in memory.
    const createdAt = nowIso();
    const people: unknown[][] = [];
    const violations: { rule: string; message: string }[] = [];
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const unitId = unitIds.get((row.unitcode ?? '').trim().toLowerCase());
      if (unitId === undefined) {
        violations.push({
          rule: 'import.row',
          message: `Dòng ${line}: mã đơn vị "${row.unitcode ?? ''}" không có trong phạm vi / unknown unit code`,
        });
        continue;
      }
      const values: Record<string, unknown> = {
        fullName: row.fullname ?? '',
        position: row.position ?? '',
        category: row.category ?? '',
        unitId,
      };
      if (row.gender) values.gender = row.gender;
      if (row.birthyear) values.birthYear = /^\d+$/.test(row.birthyear) ? Number(row.birthyear) : row.birthyear;
      try {
        const dto = (await pipe.transform(values, { type: 'body', metatype: CreatePersonDto })) as CreatePersonDto;
        people.push(Object.values(personRow(dto, createdAt)));
      } catch (error) {
        const details = error instanceof AppError ? (error.extra.details as { field: string; message: string }[]) : [];
        for (const detail of details) {
          violations.push({ rule: 'import.row', message: `Dòng ${line}: ${detail.field} ${detail.message}` });
        }
      }
    }
    if (violations.length > 0) {
      throw AppError.rules(
        violations,
        'Tệp có dòng không hợp lệ, chưa nhập dòng nào',
        'Some rows are invalid; nothing was imported',
      );
    }
    return this.transactions.run(async (manager) => {
      await insertRows(manager, 'people', PERSON_COLUMNS, people);
      this.transactions.analyzeAfterCommit(manager, ['people']);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: 'import',
        action: 'import',
        actorId: caller.id,
        details: { count: people.length },
      });
      return { imported: people.length };
    });
  }

  /** The people of units in the caller's scope, by name, with their unit's name (a form's choice of nominee). */
  async inScopeOf(caller: CurrentUser): Promise<(PersonSummary & { unit: { name: string } })[]> {
    const people = await this.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.unit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('person.fullName', 'ASC')
      .take(1000)
      .getMany();
    return people.map((person) => ({ ...toPersonSummary(person), unit: { name: person.unit!.name } }));
  }

  async list(caller: CurrentUser, query: PeopleQuery): Promise<Page<PersonSummary>> {
    const builder = this.dataSource
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoin('person.unit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('person.id', 'ASC')
      .skip(skipTake(query).skip)
      .take(query.pageSize);
    if (query.unitId !== undefined) builder.andWhere('person.unitId = :unitId', { unitId: query.unitId });
    if (query.q)
      builder.andWhere('person.searchName LIKE :q', { q: `%${foldForSearch(query.q).replace(/[%_]/g, '')}%` });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toPersonSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** A person in the caller's scope; anyone else's answers 404 so existence does not leak. */
  async requireInScope(
    caller: CurrentUser,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Person> {
    const person = await manager
      .getRepository(Person)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.unit', 'unit')
      .where('person.id = :id', { id })
      .getOne();
    if (!person?.unit || !inScope(caller, person.unit.path)) throw AppError.notFound('cá nhân', 'Person');
    return person;
  }

  async get(caller: CurrentUser, id: number) {
    const person = await this.requireInScope(caller, id);
    const [awards, evaluations, initiatives, disciplines] = await Promise.all([
      this.dataSource.getRepository(PersonAward).find({ where: { personId: id }, order: { year: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(PersonEvaluation).find({ where: { personId: id }, order: { year: 'ASC' } }),
      this.dataSource
        .getRepository(Initiative)
        .find({ where: { personId: id }, order: { recognizedOn: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(Discipline).find({ where: { personId: id }, order: { from: 'ASC', id: 'ASC' } }),
    ]);
    return {
      ...toPersonSummary(person),
      /** What the caller may do on this person's page. */
      can: {
        edit: hasAnyRole(caller, ['submitter', 'board', 'admin']),
        ...Object.fromEntries(PERSON_RECORD_KINDS.map((kind) => [kind, hasAnyRole(caller, RECORD_ROLES[kind])])),
      } as { edit: boolean } & Record<PersonRecordKind, boolean>,
      awards: awards.map((award) => ({
        id: award.id,
        year: award.year,
        awardTypeCode: award.awardTypeCode,
        decisionNumber: award.decisionNumber,
        decidedOn: award.decidedOn,
        category: award.category,
        source: award.source,
      })),
      evaluations: evaluations.map((evaluation) => ({
        id: evaluation.id,
        year: evaluation.year,
        rating: evaluation.rating,
        workerCriteriaMet: evaluation.workerCriteriaMet,
      })),
      initiatives: initiatives.map(({ id: initiativeId, title, kind, scope, recognizedOn, recognizedBy }) => ({
        id: initiativeId,
        title,
        kind,
        scope,
        recognizedOn,
        recognizedBy,
      })),
      disciplines: disciplines.map(({ id: disciplineId, level, from, to, pendingInvestigation }) => ({
        id: disciplineId,
        level,
        from,
        to,
        pendingInvestigation,
      })),
    };
  }

  /**
   * Corrects a person's details; a new unit (a transfer) must be in the caller's scope too. Audited with each change.
   */
  async update(caller: CurrentUser, id: number, dto: UpdatePersonDto) {
    return this.transactions.run(async (manager) => {
      const person = await this.requireInScope(caller, id, manager);
      const { unit: _unit, ...current } = person;
      // The person as it would become is checked whole first, by the rules of a new one (a null is no value).
      const merged = await validated(CreatePersonDto, {
        fullName: current.fullName,
        position: current.position,
        unitId: current.unitId,
        category: current.category,
        ...(current.gender ? { gender: current.gender } : {}),
        ...(current.birthYear ? { birthYear: current.birthYear } : {}),
        ...dto,
      });
      if (merged.unitId !== person.unitId) {
        const unit = await manager.findOneBy(Unit, { id: merged.unitId });
        if (!unit || !inScope(caller, unit.path)) {
          throw AppError.rules([
            { rule: 'person.unit', message: 'Đơn vị chuyển đến không tồn tại hoặc ngoài phạm vi.' },
          ]);
        }
        if (!unit.active) {
          throw AppError.rules([{ rule: 'unit.inactive', message: `Đơn vị "${unit.name}" đã ngừng hoạt động.` }]);
        }
      }
      const next = personRow(merged, person.createdAt);
      const changes = fieldChanges(current, next);
      if (Object.keys(changes).length === 0) return toPersonSummary(person);
      await manager.update(Person, { id }, next);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: id,
        action: changes.unitId ? 'transfer' : 'update',
        actorId: caller.id,
        details: { changes },
      });
      return toPersonSummary({ ...person, ...next });
    });
  }

  /**
   * Corrects one of a person's records with a reason. The record is checked whole after the change, by the same rules
   * as a new one. A record a decision of this system wrote cannot be corrected here: revocation is the path.
   */
  async correctRecord(
    caller: CurrentUser,
    personId: number,
    kind: PersonRecordKind,
    recordId: number,
    { reason, ...change }: { reason: string } & Record<string, unknown>,
  ) {
    const { entity, dto } = RECORD_KINDS[kind];
    this.requireRecordRole(caller, kind);
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, personId, manager);
      const record = await this.recordOf(manager, kind, personId, recordId);
      const { id: _id, personId: _personId, ...fields } = record as unknown as Record<string, unknown>;
      const editable = Object.fromEntries(
        Object.entries(fields).filter(([field, value]) => RECORD_FIELDS[kind].includes(field) && value !== null),
      );
      const merged = (await validated(dto as new () => object, { ...editable, ...change })) as Record<string, unknown>;
      if (kind === 'evaluations') requireRatingOrCriteria(merged as unknown as EvaluationDto);
      if (kind === 'disciplines' && merged.to !== undefined && (merged.to as string) < (merged.from as string)) {
        throw AppError.rules([{ rule: 'discipline.period', message: 'Ngày kết thúc trước ngày bắt đầu.' }]);
      }
      const next = Object.fromEntries(RECORD_FIELDS[kind].map((field) => [field, merged[field] ?? null]));
      const changes = fieldChanges(fields, next);
      await manager.update(entity, { id: recordId }, next);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: personId,
        action: `${RECORD_ACTION[kind]}.correct`,
        actorId: caller.id,
        details: { recordId, reason: reason.trim(), changes },
      });
      return { id: recordId, personId, ...next };
    });
  }

  /** Removes one of a person's records with a reason; a record a decision of this system wrote cannot be removed. */
  async deleteRecord(caller: CurrentUser, personId: number, kind: PersonRecordKind, recordId: number, reason: string) {
    const { entity } = RECORD_KINDS[kind];
    this.requireRecordRole(caller, kind);
    await this.transactions.run(async (manager) => {
      await this.requireInScope(caller, personId, manager);
      const record = await this.recordOf(manager, kind, personId, recordId);
      await manager.delete(entity, { id: recordId });
      const { id: _id, personId: _personId, ...fields } = record as unknown as Record<string, unknown>;
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: personId,
        action: `${RECORD_ACTION[kind]}.delete`,
        actorId: caller.id,
        details: { recordId, reason: reason.trim(), changes: { removed: fields } },
      });
    });
  }

  private requireRecordRole(caller: CurrentUser, kind: PersonRecordKind): void {
    if (!hasAnyRole(caller, RECORD_ROLES[kind])) {
      throw AppError.forbidden('Bạn không có quyền sửa loại hồ sơ này.', 'You may not change this kind of record.');
    }
  }

  private async recordOf(manager: EntityManager, kind: PersonRecordKind, personId: number, recordId: number) {
    const record = await manager.findOneBy(RECORD_KINDS[kind].entity, { id: recordId, personId });
    if (!record) throw AppError.notFound('bản ghi', 'Record');
    if ((record as { source?: string }).source === 'decision') {
      throw AppError.rules([
        {
          rule: 'record.from_decision',
          message:
            'Khen thưởng này do một quyết định trong hệ thống ghi nhận: không sửa hay xóa ở đây; muốn hủy thì thu hồi khen thưởng.',
        },
      ]);
    }
    return record;
  }

  /** Adds a record of any kind (the pages' one entry point; the API has a route per kind). */
  addRecord(caller: CurrentUser, id: number, kind: PersonRecordKind, dto: object) {
    switch (kind) {
      case 'awards':
        return this.recordAward(caller, id, dto as PersonAwardDto);
      case 'evaluations':
        return this.recordEvaluation(caller, id, dto as EvaluationDto);
      case 'initiatives':
        return this.recordInitiative(caller, id, dto as InitiativeDto);
      case 'disciplines':
        return this.recordDiscipline(caller, id, dto as DisciplineDto);
    }
  }

  async recordAward(caller: CurrentUser, id: number, dto: PersonAwardDto) {
    this.requireRecordRole(caller, 'awards');
    const awardType = findAwardType(dto.awardTypeCode);
    if (awardType?.nomineeKind === 'collective') {
      throw AppError.rules([
        {
          rule: 'award.nominee_kind',
          message: `${awardType.name} chỉ dành cho tập thể / ${awardType.nameEn} is for collectives only`,
        },
      ]);
    }
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, id, manager);
      const award = manager.create(PersonAward, {
        personId: id,
        year: dto.year,
        awardTypeCode: dto.awardTypeCode,
        decisionNumber: dto.decisionNumber,
        decidedOn: dto.decidedOn,
        category: 'merit',
      });
      await manager.save(award);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: id,
        action: 'award.record',
        actorId: caller.id,
        details: { ...dto },
      });
      return {
        id: award.id,
        personId: id,
        year: award.year,
        awardTypeCode: award.awardTypeCode,
        decisionNumber: award.decisionNumber,
        decidedOn: award.decidedOn,
      };
    });
  }

  async recordEvaluation(caller: CurrentUser, id: number, dto: EvaluationDto) {
    this.requireRecordRole(caller, 'evaluations');
    requireRatingOrCriteria(dto);
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, id, manager);
      const previous = await manager.findOneBy(PersonEvaluation, { personId: id, year: dto.year });
      let recordId: number;
      if (previous) {
        await manager.update(
          PersonEvaluation,
          { id: previous.id },
          { rating: dto.rating ?? null, workerCriteriaMet: dto.workerCriteriaMet ?? false, recordedAt: nowIso() },
        );
        recordId = previous.id;
      } else {
        const inserted = await manager.insert(PersonEvaluation, {
          personId: id,
          year: dto.year,
          rating: dto.rating ?? null,
          workerCriteriaMet: dto.workerCriteriaMet ?? false,
          recordedAt: nowIso(),
        });
        recordId = inserted.identifiers[0].id as number;
      }
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: id,
        action: previous ? 'evaluation.replace' : 'evaluation.create',
        actorId: caller.id,
        details: { ...dto, ...(previous ? { previousRating: previous.rating } : {}) },
      });
      return {
        id: recordId,
        personId: id,
        year: dto.year,
        rating: dto.rating ?? null,
        workerCriteriaMet: dto.workerCriteriaMet ?? false,
        replaced: previous ? previous.rating : null,
      };
    });
  }

  async recordInitiative(caller: CurrentUser, id: number, dto: InitiativeDto) {
    this.requireRecordRole(caller, 'initiatives');
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, id, manager);
      const initiative = manager.create(Initiative, { personId: id, ...dto });
      await manager.save(initiative);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: id,
        action: 'initiative.create',
        actorId: caller.id,
        details: { ...dto },
      });
      const { id: initiativeId, title, kind, scope, recognizedOn, recognizedBy } = initiative;
      return { id: initiativeId, personId: id, title, kind, scope, recognizedOn, recognizedBy };
    });
  }

  async recordDiscipline(caller: CurrentUser, id: number, dto: DisciplineDto) {
    this.requireRecordRole(caller, 'disciplines');
    if (dto.to !== undefined && dto.to < dto.from) {
      throw AppError.rules([
        { rule: 'discipline.period', message: 'Ngày kết thúc trước ngày bắt đầu / "to" is before "from"' },
      ]);
    }
    return this.transactions.run(async (manager) => {
      await this.requireInScope(caller, id, manager);
      const discipline = manager.create(Discipline, {
        personId: id,
        level: dto.level,
        from: dto.from,
        to: dto.to ?? null,
        pendingInvestigation: dto.pendingInvestigation ?? false,
      });
      await manager.save(discipline);
      await this.audit.record(manager, {
        entityType: 'person',
        entityId: id,
        action: 'discipline.create',
        actorId: caller.id,
        details: { ...dto },
      });
      const { level, from, to, pendingInvestigation } = discipline;
      return { id: discipline.id, personId: id, level, from, to, pendingInvestigation };
    });
  }
}

/** Each kind of a person's records: its entity, the DTO a whole record passes, its editable fields, its audit name. */
const RECORD_KINDS = {
  awards: { entity: PersonAward, dto: PersonAwardDto },
  evaluations: { entity: PersonEvaluation, dto: EvaluationDto },
  initiatives: { entity: Initiative, dto: InitiativeDto },
  disciplines: { entity: Discipline, dto: DisciplineDto },
} as const;
const RECORD_FIELDS: Record<PersonRecordKind, string[]> = {
  awards: ['year', 'awardTypeCode', 'decisionNumber', 'decidedOn'],
  evaluations: ['year', 'rating', 'workerCriteriaMet'],
  initiatives: ['title', 'kind', 'scope', 'recognizedOn', 'recognizedBy'],
  disciplines: ['level', 'from', 'to', 'pendingInvestigation'],
};
/** Who may add, correct or remove each kind of record (the same as adding it through the API). */
const RECORD_ROLES: Record<PersonRecordKind, Role[]> = {
  awards: ['board'],
  evaluations: ['submitter', 'board'],
  initiatives: ['submitter', 'board'],
  disciplines: ['board'],
};
const RECORD_ACTION: Record<PersonRecordKind, string> = {
  awards: 'award',
  evaluations: 'evaluation',
  initiatives: 'initiative',
  disciplines: 'discipline',
};

const PERSON_COLUMNS = ['fullName', 'searchName', 'gender', 'birthYear', 'position', 'unitId', 'category', 'createdAt'];

/** The columns of a new person (in PERSON_COLUMNS order) from the form or an import row. */
function personRow(dto: CreatePersonDto, createdAt: string) {
  return {
    fullName: dto.fullName.trim(),
    searchName: foldForSearch(dto.fullName),
    gender: dto.gender ?? null,
    birthYear: dto.birthYear ?? null,
    position: dto.position.trim(),
    unitId: dto.unitId,
    category: dto.category,
    createdAt,
  };
}

/** A year's evaluation holds a task rating, or the unit's confirmation that a worker or farmer met the province's criteria. */
function requireRatingOrCriteria(evaluation: Pick<EvaluationDto, 'rating' | 'workerCriteriaMet'>): void {
  if (evaluation.rating === undefined && evaluation.workerCriteriaMet !== true) {
    throw AppError.invalid([
      {
        field: 'rating',
        message: 'chọn mức xếp loại, hoặc xác nhận đạt tiêu chí Lao động tiên tiến đối với công nhân, nông dân',
        messageEn: 'choose a rating, or confirm that the worker or farmer met the criteria for Lao động tiên tiến',
      },
    ]);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { findAwardType } from '../award-types/catalogue.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso } from '../common/time.js';
import { inSubtree } from '../database/scope.js';
import { Transactions } from '../database/transactions.js';
import { Movement } from '../movements/movement.entity.js';
import { PeopleService } from '../people/people.service.js';
import { UnitsService } from '../units/units.service.js';
import { Registration } from './registration.entity.js';
import type { CreateRegistrationDto, RegistrationQuery, RegistrationView } from './registrations.dto.js';

function toView(row: Registration): RegistrationView {
  const { id, year, movementId, awardTypeCode, personId, unitId, registeredAt, commitment } = row;
  const name = row.person?.fullName ?? row.unit?.name ?? '';
  return { id, year, movementId, awardTypeCode, personId, unitId, name, commitment, registeredAt };
}

@Injectable()
export class RegistrationsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(UnitsService) private readonly units: UnitsService,
  ) {}

  async create(caller: CurrentUser, dto: CreateRegistrationDto): Promise<RegistrationView> {
    if ((dto.personId === undefined) === (dto.unitId === undefined)) {
      throw AppError.invalid([
        {
          field: 'personId',
          message: 'chọn đúng một: một cá nhân hoặc một tập thể / choose exactly one: a person or a collective',
        },
      ]);
    }
    const awardType = findAwardType(dto.awardTypeCode)!;
    const forPerson = dto.personId !== undefined;
    if (
      (forPerson && awardType.nomineeKind === 'collective') ||
      (!forPerson && awardType.nomineeKind === 'individual')
    ) {
      throw AppError.rules([
        {
          rule: 'nominee.kind',
          message: `${awardType.name} không dành cho đối tượng này`,
          messageEn: `${awardType.nameEn} is not for this kind of nominee`,
        },
      ]);
    }
    return this.transactions.run(async (manager) => {
      if (dto.movementId !== undefined && !(await manager.existsBy(Movement, { id: dto.movementId }))) {
        throw AppError.rules([
          { rule: 'registration.movement', message: 'Phong trào thi đua không tồn tại / unknown movement' },
        ]);
      }
      let unitId: number;
      let name: string;
      if (forPerson) {
        const person = await this.people.requireInScope(caller, dto.personId!, manager);
        unitId = person.unitId;
        name = person.fullName;
      } else {
        const unit = await this.units.requireInScope(caller, dto.unitId!, manager);
        unitId = unit.id;
        name = unit.name;
      }
      const existing = await manager.existsBy(Registration, {
        year: dto.year,
        awardTypeCode: dto.awardTypeCode,
        ...(forPerson ? { personId: dto.personId } : { personId: IsNull(), unitId }),
      });
      if (existing)
        throw AppError.conflict('Đã đăng ký danh hiệu này cho năm này', 'Already registered for this award and year');
      const registration = manager.create(Registration, {
        year: dto.year,
        movementId: dto.movementId ?? null,
        awardTypeCode: dto.awardTypeCode,
        personId: dto.personId ?? null,
        unitId,
        commitment: dto.commitment?.trim() || null,
        registeredById: caller.id,
        registeredAt: nowIso(),
      });
      await manager.save(registration);
      await this.audit.record(manager, {
        entityType: 'registration',
        entityId: registration.id,
        action: 'create',
        actorId: caller.id,
      });
      return { ...toView(registration), name };
    });
  }

  async list(caller: CurrentUser, query: RegistrationQuery): Promise<Page<RegistrationView>> {
    const builder = this.dataSource
      .getRepository(Registration)
      .createQueryBuilder('registration')
      .innerJoinAndSelect('registration.unit', 'unit')
      .leftJoinAndSelect('registration.person', 'person')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('registration.id', 'ASC')
      .skip(skipTake(query).skip)
      .take(query.pageSize);
    if (query.year !== undefined) builder.andWhere('registration.year = :year', { year: query.year });
    if (query.movementId !== undefined)
      builder.andWhere('registration.movementId = :movementId', { movementId: query.movementId });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }
}

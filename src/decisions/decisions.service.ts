import { NotificationsService } from '../notifications/notifications.service.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ruleSetOn } from '../award-types/catalogue.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { nowIso, todayInVietnam, vietnameseDate } from '../common/time.js';
import { workflowLabel } from '../workflow/labels.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { inSubtree } from '../database/scope.js';
import { PersonAward } from '../people/person-facts.entity.js';
import { foldForSearch } from '../common/fold.js';
import { skipTake } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import { awardTypeOf, ruleSetOf } from '../nominations/eligibility-facts.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { loadNomination } from '../nominations/nomination.queries.js';
import { NominationWorkflow } from '../nominations/nomination.workflow.js';
import { nomineeDetails } from '../nominations/nominee-details.js';
import { loadProposal } from '../proposals/proposal.queries.js';
import { Unit } from '../units/unit.entity.js';
import { WorkflowService } from '../workflow/workflow.service.js';
import type { CreateDecisionDto, DecisionQuery } from './decisions.dto.js';
import { Decision, DecisionAward, newVerificationCode, RegisterCounter } from './decision.entity.js';
import { baseSalaryOn, payableAmounts, rewardAmountVnd } from './reward.js';
import { decisionViolations } from './decision-rules.js';

@Injectable()
export class DecisionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(NominationWorkflow) private readonly nominations: NominationWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {
    // A revoked award stays in the register, marked revoked, so the reports leave it out.
    nominations.onRevoked(async (manager, nominationId, reason) => {
      await manager.update(DecisionAward, { nominationId }, { revokedAt: nowIso(), revokeReason: reason });
      await manager.delete(PersonAward, { nominationId, source: 'decision' });
    });
  }

  /**
   * Records a signed decision: every nomination must be approved (or forwarded, for a higher decision recorded afterwards)
   * and decided at a unit in the caller's scope; each moves to decided and gets its golden-book and register numbers. All or
   * nothing.
   */
  async create(caller: CurrentUser, dto: CreateDecisionDto) {
    const id = await this.transactions.run(async (manager) => {
      const issuing = await manager.findOneBy(Unit, { id: dto.issuingUnitId });
      if (!issuing || !inScope(caller, issuing.path)) {
        throw AppError.rules([
          {
            rule: 'decision.issuing_unit',
            message: 'Cơ quan ban hành không tồn tại hoặc ngoài phạm vi / issuing unit unknown or out of scope',
          },
        ]);
      }
      const signedYear = Number(dto.signedOn.slice(0, 4));
      if (await manager.existsBy(Decision, { issuingUnitId: issuing.id, signedYear, number: dto.number })) {
        throw AppError.conflict(
          `${issuing.name} đã có quyết định số ${dto.number} năm ${signedYear}`,
          `${issuing.name} already has decision ${dto.number} in ${signedYear}`,
        );
      }
      const loaded: Nomination[] = [];
      const violations: RuleViolation[] = [];
      for (const nominationId of dto.nominationIds) {
        const nomination = await loadNomination(manager, nominationId);
        if (!nomination || !inScope(caller, nomination.decidingUnit!.path)) {
          violations.push({
            rule: 'decision.nomination',
            message: `Hồ sơ số ${nominationId} không tồn tại hoặc ngoài thẩm quyền / nomination ${nominationId} unknown or out of scope`,
          });
        } else if (nomination.state !== 'approved' && nomination.state !== 'forwarded') {
          violations.push({
            rule: 'decision.nomination_state',
            message: `Hồ sơ số ${nominationId} chưa được chấp thuận (${workflowLabel('state', nomination.state)}) / nomination ${nominationId} is not approved (${workflowLabel('state', nomination.state, 'en')})`,
          });
        } else if (nomination.state === 'approved' && awardTypeOf(nomination).route === 'council_forward') {
          violations.push({
            rule: 'decision.forward_first',
            message: `Hồ sơ số ${nominationId} thuộc thẩm quyền cấp trên: hãy "Trình cấp trên" trước / nomination ${nominationId} is decided above the province: forward it first`,
          });
        } else {
          loaded.push(nomination);
          // Decree 152 Art 4(4): no award to someone under discipline or investigation on the day of the decision.
          if (nomination.state === 'approved') {
            for (const problem of await this.nominations.disciplineViolations(manager, nomination, dto.signedOn)) {
              violations.push({
                ...problem,
                message: `Hồ sơ số ${nomination.id}: ${problem.message}`,
                messageEn: `Nomination ${nomination.id}: ${problem.messageEn ?? problem.message}`,
              });
            }
          }
        }
      }
      if (dto.proposalId !== undefined) violations.push(...(await this.proposalViolations(manager, caller, dto)));
      violations.push(
        ...decisionViolations({
          signedOn: dto.signedOn,
          higherAuthority: dto.higherAuthority?.trim(),
          today: todayInVietnam(),
          issuingUnitKind: issuing.kind,
          issuingUnitName: issuing.name,
          ruleSetOnSigning: ruleSetOn(dto.signedOn),
          nominations: loaded.map((nomination) => ({
            id: nomination.id,
            year: nomination.year,
            awardTypeCode: nomination.awardTypeCode,
            awardName: awardTypeOf(nomination).name,
            ruleSetCode: ruleSetOf(nomination).code,
            forwarded: nomination.state === 'forwarded',
          })),
        }),
      );
      if (violations.length > 0)
        throw AppError.rules(violations, 'Không thể ban hành quyết định', 'The decision cannot be recorded');

      const baseSalaryVnd = baseSalaryOn(this.config.baseSalaries, dto.signedOn);
      const decision = await manager.save(
        manager.create(Decision, {
          number: dto.number,
          signedOn: dto.signedOn,
          signedYear,
          baseSalaryVnd: String(baseSalaryVnd),
          signerName: dto.signerName.trim(),
          signerTitle: dto.signerTitle.trim(),
          issuingUnitId: issuing.id,
          higherAuthority: dto.higherAuthority?.trim() ?? null,
          proposalId: dto.proposalId ?? null,
          ruleSetCode: loaded.length > 0 ? ruleSetOf(loaded[0]).code : ruleSetOn(dto.signedOn).code,
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      const amounts = payableAmounts(
        loaded.map((nomination) => ({
          personId: nomination.personId,
          year: nomination.year,
          amountVnd: rewardAmountVnd(
            awardTypeOf(nomination),
            nomination.nomineeKind,
            baseSalaryVnd,
            this.config.individualRewardMultiples,
          ),
        })),
        await this.paidBefore(manager, loaded),
      );
      const firstNumber = await this.reserveRegisterNumbers(manager, issuing.id, signedYear, loaded.length);
      const names = await this.nomineeNames(loaded, manager);
      for (const [index, nomination] of loaded.entries()) {
        const amount = amounts[index];
        await manager.insert(DecisionAward, {
          decisionId: decision.id,
          nominationId: nomination.id,
          goldenBookNumber: index + 1,
          registerUnitId: issuing.id,
          registerYear: signedYear,
          registerNumber: firstNumber + index,
          rewardAmountVnd: amount === null ? null : String(amount),
          verificationCode: newVerificationCode(),
          nomineeSearchName: foldForSearch(names.get(nomination.id) ?? ''),
          proposingUnitId: nomination.proposingUnitId,
          signedOn: dto.signedOn,
          revokedAt: null,
          revokeReason: null,
        });
        if (nomination.personId) {
          // The person's award history shows it, marked as written by this decision (only revocation removes it).
          await manager.insert(PersonAward, {
            personId: nomination.personId,
            year: nomination.year,
            awardTypeCode: nomination.awardTypeCode,
            decisionNumber: dto.number,
            decidedOn: dto.signedOn,
            category: nomination.category,
            source: 'decision',
            nominationId: nomination.id,
          });
        }
        await this.workflow.transition(
          this.nominations,
          nomination.id,
          { type: 'DECIDE', comment: `Quyết định số ${dto.number} ngày ${dto.signedOn}` },
          { user: caller, system: true },
          manager,
        );
      }
      await this.tellProposingUnits(manager, dto, loaded);
      await this.audit.record(manager, {
        entityType: 'decision',
        entityId: decision.id,
        action: 'create',
        actorId: caller.id,
        details: { number: dto.number, nominationIds: dto.nominationIds },
      });
      return decision.id;
    });
    return this.get(caller, id);
  }

  /** Each proposing unit's submitters learn of the decision, once, with how many of their nominations it awards. */
  private async tellProposingUnits(
    manager: EntityManager,
    dto: CreateDecisionDto,
    loaded: Nomination[],
  ): Promise<void> {
    const byUnit = new Map<number, Nomination[]>();
    for (const nomination of loaded) {
      byUnit.set(nomination.proposingUnitId, [...(byUnit.get(nomination.proposingUnitId) ?? []), nomination]);
    }
    const submitters = await this.notifications.holdersByUnit(manager, [...byUnit.keys()], 'submitter');
    for (const [unitId, awarded] of byUnit) {
      const one = awarded.length === 1 ? awarded[0] : null;
      const what = one ? `${awardTypeOf(one).name} – ${one.nomineeName ?? ''}` : `${awarded.length} hồ sơ của đơn vị`;
      const whatEn = one
        ? `${awardTypeOf(one).name} – ${one.nomineeName ?? ''}`
        : `${awarded.length} of your nominations`;
      await this.notifications.notify(manager, submitters.get(unitId) ?? [], {
        kind: 'decision_issued',
        message: `Quyết định khen thưởng số ${dto.number} ngày ${vietnameseDate(dto.signedOn)}: ${what}`,
        messageEn: `Award decision ${dto.number} of ${vietnameseDate(dto.signedOn)}: ${whatEn}`,
        link: one ? `/nominations/${one.id}` : '/nominations?state=decided',
      });
    }
  }

  /** A decision answers a Tờ trình in the caller's scope, and awards only what the Tờ trình asked for. */
  private async proposalViolations(
    manager: EntityManager,
    caller: CurrentUser,
    dto: CreateDecisionDto,
  ): Promise<RuleViolation[]> {
    const proposal = await loadProposal(manager, dto.proposalId!);
    if (!proposal?.issuingUnit || !inScope(caller, proposal.issuingUnit.path)) {
      return [
        {
          rule: 'decision.proposal',
          message: `Tờ trình số ${dto.proposalId} không tồn tại hoặc ngoài phạm vi`,
          messageEn: `Proposal ${dto.proposalId} is unknown or out of scope`,
        },
      ];
    }
    const listed = new Set(proposal.nominationIds);
    const unlisted = dto.nominationIds.filter((id) => !listed.has(id));
    return unlisted.length === 0
      ? []
      : [
          {
            rule: 'decision.proposal',
            message: `Tờ trình số ${proposal.number} không đề nghị các hồ sơ số ${unlisted.join(', ')}`,
            messageEn: `Proposal ${proposal.number} does not ask for nominations ${unlisted.join(', ')}`,
          },
        ];
  }

  /** What earlier decisions, not revoked, paid the people of these nominations for their years: person → year → VND. */
  private async paidBefore(
    manager: EntityManager,
    nominations: Nomination[],
  ): Promise<Map<number, Map<number, number>>> {
    const personIds = [...new Set(nominations.map((n) => n.personId).filter((id): id is number => id !== null))];
    const paid = new Map<number, Map<number, number>>();
    if (personIds.length === 0) return paid;
    const rows = await manager
      .getRepository(DecisionAward)
      .createQueryBuilder('award')
      .innerJoin('award.nomination', 'nomination')
      .select(['nomination.personId AS "personId"', 'nomination.year AS "year"', 'award.rewardAmountVnd AS "vnd"'])
      .where('nomination.personId IN (:...personIds)', { personIds })
      .andWhere('award.revokedAt IS NULL')
      .getRawMany<{ personId: number; year: number; vnd: string | null }>();
    for (const row of rows) {
      const years = paid.get(Number(row.personId)) ?? new Map<number, number>();
      years.set(Number(row.year), Math.max(years.get(Number(row.year)) ?? 0, Number(row.vnd ?? 0)));
      paid.set(Number(row.personId), years);
    }
    return paid;
  }

  /** Reserves `count` consecutive numbers in the unit's register for the year; the row lock keeps them gapless across instances. */
  private async reserveRegisterNumbers(
    manager: EntityManager,
    unitId: number,
    year: number,
    count: number,
  ): Promise<number> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RegisterCounter)
      .values({ unitId, year, lastNumber: 0 })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .update(RegisterCounter)
      .set({ lastNumber: () => `"lastNumber" + ${count}` })
      .where('"unitId" = :unitId AND "year" = :year', { unitId, year })
      .execute();
    const counter = await manager.findOneByOrFail(RegisterCounter, { unitId, year });
    return counter.lastNumber - count + 1;
  }

  /** Decisions issued by units in the caller's scope, newest first, filtered. */
  async list(caller: CurrentUser, query: DecisionQuery) {
    const builder = this.dataSource
      .getRepository(Decision)
      .createQueryBuilder('decision')
      .innerJoinAndSelect('decision.issuingUnit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orderBy('decision.id', 'DESC');
    if (query.year !== undefined) {
      builder.andWhere('decision.signedOn >= :start AND decision.signedOn <= :end', {
        start: `${query.year}-01-01`,
        end: `${query.year}-12-31`,
      });
    }
    if (query.issuingUnitId !== undefined) {
      builder.andWhere('decision.issuingUnitId = :issuingUnitId', { issuingUnitId: query.issuingUnitId });
    }
    const { skip, take } = skipTake(query);
    let decisions: Decision[];
    let total: number;
    if (query.q) {
      // Numbers and signers are folded in the app (no diacritics folding in SQL); the other filters narrow them first.
      const q = foldForSearch(query.q);
      const matching = (await builder.getMany()).filter((d) =>
        foldForSearch(`${d.number} ${d.signerName}`).includes(q),
      );
      [decisions, total] = [matching.slice(skip, skip + take), matching.length];
    } else {
      [decisions, total] = await builder.skip(skip).take(take).getManyAndCount();
    }
    const items = decisions.map((decision) => ({
      id: decision.id,
      number: decision.number,
      signedOn: decision.signedOn,
      signerName: decision.signerName,
      signerTitle: decision.signerTitle,
      issuingUnitId: decision.issuingUnitId,
      issuingUnitName: decision.issuingUnit!.name,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(caller: CurrentUser, id: number) {
    const decision = await this.dataSource
      .getRepository(Decision)
      .findOne({ where: { id }, relations: { issuingUnit: true } });
    if (!decision?.issuingUnit || !inScope(caller, decision.issuingUnit.path))
      throw AppError.notFound('quyết định', 'Decision');
    const awards = await this.dataSource
      .getRepository(DecisionAward)
      .find({ where: { decisionId: id }, order: { goldenBookNumber: 'ASC' } });
    const nominations = awards.length
      ? await this.dataSource.getRepository(Nomination).findBy({ id: In(awards.map((a) => a.nominationId)) })
      : [];
    const names = await this.nomineeNames(nominations);
    return {
      id: decision.id,
      number: decision.number,
      signedOn: decision.signedOn,
      signerName: decision.signerName,
      signerTitle: decision.signerTitle,
      issuingUnitId: decision.issuingUnitId,
      higherAuthority: decision.higherAuthority,
      proposalId: decision.proposalId,
      ruleSet: decision.ruleSetCode,
      baseSalaryVnd: Number(decision.baseSalaryVnd),
      totalRewardVnd: awards
        .filter((award) => award.revokedAt === null)
        .reduce((total, award) => total + Number(award.rewardAmountVnd ?? 0), 0),
      printableItems: awards.filter(
        (award) =>
          award.revokedAt === null &&
          awardTypeOf(nominations.find((n) => n.id === award.nominationId)!).item !== 'decision_only',
      ).length,
      awards: awards.map((award) => {
        const nomination = nominations.find((n) => n.id === award.nominationId)!;
        return {
          nominationId: award.nominationId,
          awardTypeCode: nomination.awardTypeCode,
          nomineeKind: nomination.nomineeKind,
          nomineeName: names.get(nomination.id) ?? '',
          goldenBookNumber: award.goldenBookNumber,
          registerNumber: award.registerNumber,
          registerYear: award.registerYear,
          rewardVnd: award.rewardAmountVnd === null ? null : Number(award.rewardAmountVnd),
          rewardAmountVnd: award.rewardAmountVnd === null ? null : Number(award.rewardAmountVnd),
          verificationCode: award.verificationCode,
          revoked: award.revokedAt !== null,
          revokedAt: award.revokedAt,
          revokeReason: award.revokeReason,
        };
      }),
    };
  }

  /** The nominees' names, as the annex and the register show them. */
  private async nomineeNames(
    nominations: Nomination[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, string>> {
    const details = await nomineeDetails(manager, nominations);
    return new Map(nominations.map((n) => [n.id, details.get(n.id)?.name ?? '']));
  }
}

import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { findAwardType, RULE_SETS, ruleSetOn } from '../award-types/catalogue.js';
import { hasAnyRole, inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, ErrorCode, type RuleViolation } from '../common/app-error.js';
import { skipTake, type Page } from '../common/pagination.js';
import { nowIso, todayInVietnam } from '../common/time.js';
import { subtreeCondition } from '../database/scope.js';
import { placeholder, readRows } from '../database/sql.js';
import { Transactions } from '../database/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { workflowActions } from '../workflow/workflow-actions.js';
import { categoryViolation, type EligibilityVerdict } from './eligibility.js';
import { deadlineOf, nominationDeadlines, submissionDeadlineOf, submissionDue, type Deadline } from './deadlines.js';
import { describeMachine } from '../workflow/machine-introspection.js';
import { nominationMachine, NOMINATION_STATES, type NominationState } from './nomination.machine.js';
import { Movement } from '../movements/movement.entity.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { allowedEventsOf, WorkflowService } from '../workflow/workflow.service.js';
import { Attachment, ATTACHMENT_KINDS } from './attachment.entity.js';
import { partPresent, requiredDossierParts } from './dossier.js';
import { awardTypeOf, ruleSetOf } from './eligibility-facts.js';
import { Nomination, NOMINATION_CATEGORIES, type NomineeKind } from './nomination.entity.js';
import { anyOf, countInScope, findNominations, movementDeadlineOf } from './nomination.queries.js';
import { NEEDS_COMMENT, nominationContext, NominationWorkflow } from './nomination.workflow.js';
import type {
  AcceptLateDto,
  CreateNominationDto,
  NominationEventDto,
  NominationQuery,
  NominationView,
  UpdateNominationDto,
} from './nominations.dto.js';

/** States of nominations still under way: a merger moves them to the unit that takes over. */
const OPEN_STATES: NominationState[] = [
  'draft',
  'submitted',
  'returned',
  'verified',
  'in_council',
  'approved',
  'forwarded',
];

/** The states in the machine's order: a nomination's page shows where it stands among them. */
const STATE_ORDER = describeMachine(nominationMachine).states.map((state) => state.name);

/** Which nominations a list shows, besides the caller's scope. */
export interface NominationFilter {
  /** These nominations only (a Tờ trình's list, say). */
  ids?: number[];
  states?: NominationState[];
  year?: number;
  awardTypeCode?: string;
  proposingUnitId?: number;
  movementId?: number;
}

@Injectable()
export class NominationsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(NominationWorkflow) private readonly definition: NominationWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
    @Inject(UnitsService) units: UnitsService,
  ) {
    // Nominations still under way follow a merged unit; decided and closed ones keep the unit they had.
    units.onMerged('nominations', async (manager, from, into) => {
      const open = { state: In(OPEN_STATES) };
      const count = await manager.countBy(Nomination, { proposingUnitId: from.id, ...open });
      for (const column of ['proposingUnitId', 'decidingUnitId', 'nomineeUnitId'] as const) {
        // The version moves too, so an edit made on the page before the merger gets a 409 instead of undoing it.
        await manager
          .createQueryBuilder()
          .update(Nomination)
          .set({ [column]: into.id, version: () => 'version + 1', updatedAt: nowIso() })
          .where({ [column]: from.id, ...open })
          .execute();
      }
      return count;
    });
  }

  toView(nomination: Nomination, caller: CurrentUser): NominationView {
    const allowedEvents = allowedEventsOf(
      this.definition.machine,
      nomination.state,
      nominationContext(nomination, { user: caller }),
    );
    return {
      id: nomination.id,
      year: nomination.year,
      awardTypeCode: nomination.awardTypeCode,
      category: nomination.category,
      proposingUnitId: nomination.proposingUnitId,
      decidingUnitId: nomination.decidingUnitId,
      nomineeKind: nomination.nomineeKind,
      personId: nomination.personId,
      nomineeUnitId: nomination.nomineeUnitId,
      household:
        nomination.nomineeKind === 'household'
          ? {
              headName: nomination.householdHeadName ?? '',
              address: nomination.householdAddress ?? '',
              communeUnitId: nomination.householdCommuneUnitId ?? 0,
            }
          : null,
      movementId: nomination.movementId,
      achievements: nomination.achievements,
      citation: nomination.citation,
      state: nomination.state,
      version: nomination.version,
      allowedEvents,
      actions: workflowActions(allowedEvents, NEEDS_COMMENT),
      editable: this.isEditable(caller, nomination),
      certificateAvailable:
        (nomination.state === 'decided' || nomination.state === 'awarded') &&
        awardTypeOf(nomination).item !== 'decision_only',
      nomineeName: nomination.nomineeName ?? '',
      proposingUnitName: nomination.proposingUnit?.name ?? '',
      ruleSet: ruleSetOf(nomination).code,
      submittedOn: nomination.submittedOn,
      requiredDossierParts: requiredDossierParts(
        awardTypeOf(nomination),
        nomination.category,
        this.config.dossierParts,
        ruleSetOf(nomination),
      ),
      createdAt: nomination.createdAt,
      updatedAt: nomination.updatedAt,
    };
  }

  async create(caller: CurrentUser, dto: CreateNominationDto): Promise<NominationView> {
    const id = await this.transactions.run(async (manager) => {
      const nomination = await this.build(manager, caller, dto);
      await manager.save(nomination);
      await this.audit.record(manager, {
        entityType: 'nomination',
        entityId: nomination.id,
        action: 'create',
        actorId: caller.id,
      });
      return nomination.id;
    });
    return this.get(caller, id);
  }

  /**
   * The eligibility verdict a nomination would get if it were created now, without creating it: the web form's live
   * check. The same checks as create (scope, nominee, award type) run first.
   */
  async previewEligibility(caller: CurrentUser, dto: CreateNominationDto) {
    const nomination = await this.build(this.dataSource.manager, caller, dto);
    // No row has id 0, so "another nomination of the same subject" queries see every existing one.
    nomination.id = 0;
    return this.verdictView(nomination, await this.definition.eligibility(this.dataSource.manager, nomination));
  }

  private verdictView(nomination: Nomination, verdict: EligibilityVerdict) {
    return { ...verdict, ruleSet: ruleSetOf(nomination).code };
  }

  /** A new draft nomination from the form, checked but not saved. */
  private async build(manager: EntityManager, caller: CurrentUser, dto: CreateNominationDto): Promise<Nomination> {
    const nominees = [dto.personId, dto.nomineeUnitId, dto.household].filter((nominee) => nominee != null).length;
    if (nominees !== 1) {
      throw AppError.invalid([
        {
          field: 'personId',
          message:
            'chọn đúng một đối tượng: một cá nhân, một tập thể hoặc một hộ gia đình / choose exactly one nominee: a person, a collective or a household',
        },
      ]);
    }
    const proposing = await manager.findOneBy(Unit, { id: dto.proposingUnitId });
    if (!proposing || !inScope(caller, proposing.path)) {
      throw AppError.rules([
        {
          rule: 'nomination.proposing_unit',
          message: 'Đơn vị đề nghị không tồn tại hoặc ngoài phạm vi / proposing unit unknown or out of scope',
        },
      ]);
    }
    if (!proposing.active) {
      throw AppError.rules([
        {
          rule: 'unit.inactive',
          message: `Đơn vị "${proposing.name}" đã ngừng hoạt động${proposing.mergedIntoId ? ' (đã sáp nhập)' : ''}: không đề nghị mới được.`,
          messageEn: `The unit "${proposing.name}" is inactive${proposing.mergedIntoId ? ' (merged)' : ''}: it proposes no new nomination.`,
        },
      ]);
    }
    const nomineeKind: NomineeKind = dto.personId ? 'individual' : dto.nomineeUnitId ? 'collective' : 'household';
    await this.checkNominee(manager, dto, proposing);
    await checkMovement(manager, dto.category ?? 'merit', dto.movementId);
    const awardType = findAwardType(dto.awardTypeCode, ruleSetOn(todayInVietnam()))!;
    const kindAllowed =
      nomineeKind === 'household'
        ? awardType.householdsAllowed
        : awardType.nomineeKind === 'both' || awardType.nomineeKind === nomineeKind;
    if (!kindAllowed) {
      throw AppError.rules([
        {
          rule: 'nominee.kind',
          message: `${awardType.name} không dành cho đối tượng này / ${awardType.nameEn} is not for this kind of nominee`,
        },
      ]);
    }
    const category = categoryViolation(awardType, dto.category ?? 'merit');
    if (category) throw AppError.rules([category]);
    const decidingUnitId = awardType.route === 'unit' ? proposing.id : await this.provinceOf(manager, proposing);
    const now = nowIso();
    return manager.create(Nomination, {
      year: dto.year,
      awardTypeCode: dto.awardTypeCode,
      category: dto.category ?? 'merit',
      proposingUnitId: proposing.id,
      decidingUnitId,
      nomineeKind,
      personId: dto.personId ?? null,
      nomineeUnitId: dto.nomineeUnitId ?? null,
      householdHeadName: dto.household?.headName.trim() ?? null,
      householdAddress: dto.household?.address.trim() ?? null,
      householdCommuneUnitId: dto.household?.communeUnitId ?? null,
      movementId: dto.movementId ?? null,
      achievements: dto.achievements.trim(),
      citation: dto.citation?.trim() || null,
      state: 'draft',
      version: 1,
      ruleSetCode: null,
      submittedOn: null,
      createdById: caller.id,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** The nominee must exist and belong to the proposing unit's subtree; a household's commune must be a commune. */
  private async checkNominee(manager: EntityManager, dto: CreateNominationDto, proposing: Unit): Promise<void> {
    const violations: RuleViolation[] = [];
    if (dto.personId) {
      const person = await manager
        .getRepository(Person)
        .createQueryBuilder('person')
        .innerJoinAndSelect('person.unit', 'unit')
        .where('person.id = :id', { id: dto.personId })
        .getOne();
      if (!person?.unit || !inScope({ unitPath: proposing.path }, person.unit.path)) {
        violations.push({
          rule: 'nominee.person',
          message: 'Cá nhân không thuộc đơn vị đề nghị / the person is not in the proposing unit',
        });
      }
    }
    if (dto.nomineeUnitId) {
      const unit = await manager.findOneBy(Unit, { id: dto.nomineeUnitId });
      if (!unit || !inScope({ unitPath: proposing.path }, unit.path)) {
        violations.push({
          rule: 'nominee.unit',
          message: 'Tập thể không thuộc đơn vị đề nghị / the collective is not in the proposing unit',
        });
      } else if (!unit.active) {
        violations.push({
          rule: 'unit.inactive',
          message: `Tập thể "${unit.name}" đã ngừng hoạt động: không đề nghị khen thưởng mới được.`,
          messageEn: `The collective "${unit.name}" is inactive: no new nomination can be made for it.`,
        });
      }
    }
    if (dto.household) {
      const commune = await manager.findOneBy(Unit, { id: dto.household.communeUnitId });
      if (!commune || commune.kind !== 'commune') {
        violations.push({
          rule: 'nominee.household_commune',
          message: 'Xã của hộ gia đình không tồn tại / the household’s commune does not exist',
        });
      }
    }
    if (violations.length > 0) throw AppError.rules(violations);
  }

  /** The province above a unit (its nearest ancestor of kind province, else the root), whose chairman decides provincial awards. */
  private async provinceOf(manager: EntityManager, unit: Unit): Promise<number> {
    const ids = unit.path.split('/').filter(Boolean).map(Number);
    const provinces = await manager.find(Unit, { select: { id: true }, where: { id: In(ids), kind: 'province' } });
    const provinceIds = new Set(provinces.map((p) => p.id));
    return [...ids].reverse().find((id) => provinceIds.has(id)) ?? ids[0];
  }

  async list(caller: CurrentUser, query: NominationQuery): Promise<Page<NominationView>> {
    const { state, page, pageSize, ...filter } = query;
    const { items, total } = await this.search(
      caller,
      { ...filter, states: state ? [state] : undefined },
      skipTake(query),
    );
    return { items, total, page, pageSize };
  }

  /** The one list of nominations in the caller's scope, newest first: the API's list, the pages' lists and queues. */
  async search(
    caller: CurrentUser,
    filter: NominationFilter,
    page: { skip: number; take: number },
  ): Promise<{ items: NominationView[]; total: number }> {
    const conditions: [string, unknown][] = [subtreeCondition('pu.path', caller.unitPath)];
    if (filter.ids?.length) conditions.push(anyOf('n.id', filter.ids));
    if (filter.states?.length) conditions.push(anyOf('n.state', filter.states));
    if (filter.year !== undefined) conditions.push(['n.year = ?', filter.year]);
    if (filter.awardTypeCode) conditions.push(['n."awardTypeCode" = ?', filter.awardTypeCode]);
    if (filter.proposingUnitId !== undefined) conditions.push(['n."proposingUnitId" = ?', filter.proposingUnitId]);
    if (filter.movementId !== undefined) conditions.push(['n."movementId" = ?', filter.movementId]);
    // Filtered by scope, state and year only, the total is the sum of kept counts rather than a count of the rows.
    const { ids, awardTypeCode, proposingUnitId, movementId } = filter;
    const counted = !ids?.length && !awardTypeCode && proposingUnitId === undefined && movementId === undefined;
    const { rows, total } = await findNominations(
      this.dataSource.manager,
      conditions,
      page,
      counted
        ? countInScope(this.dataSource.manager, caller.unitId, filter).then((counts) =>
            [...counts.values()].reduce((sum, count) => sum + count, 0),
          )
        : undefined,
    );
    return { items: rows.map((row) => this.toView(row, caller)), total };
  }

  /** How many nominations in the caller's scope stand in each state, in the machine's order of states. */
  async countsByState(caller: CurrentUser): Promise<{ state: NominationState; count: number }[]> {
    const counts = await countInScope(this.dataSource.manager, caller.unitId);
    return NOMINATION_STATES.filter((state) => counts.has(state)).map((state) => ({
      state,
      count: counts.get(state)!,
    }));
  }

  /**
   * Drafts in the caller's scope whose submission deadline (their movement's, else their year's round's) is due soon or
   * past, the nearest first: what the submitter's home page warns of.
   */
  async draftsDueForSubmission(
    caller: CurrentUser,
  ): Promise<(NominationView & { dueOn: string; daysLeft: number; overdue: boolean })[]> {
    const [sql, scope] = subtreeCondition('pu.path', caller.unitPath);
    const drafts = await readRows<{ id: number; year: number; submissionDeadline: string | null }>(
      this.dataSource.manager,
      `SELECT n.id, n.year, m."submissionDeadline" FROM nominations n
        JOIN units pu ON pu.id = n."proposingUnitId"
        LEFT JOIN movements m ON m.id = n."movementId"
        WHERE n.state = 'draft' AND n."lateAcceptedAt" IS NULL AND ${sql.replace('?', placeholder(this.dataSource, 1))}`,
      [scope],
    );
    const holidays = await this.calendar.days();
    const today = todayInVietnam();
    const due = new Map(
      drafts.flatMap((draft) => {
        const deadline = submissionDeadlineOf(draft, draft.submissionDeadline, this.config.roundDeadlines);
        const standing = submissionDue(deadline, today, holidays, false);
        return standing ? [[Number(draft.id), standing] as const] : [];
      }),
    );
    if (due.size === 0) return [];
    const { items } = await this.search(caller, { ids: [...due.keys()] }, { skip: 0, take: due.size });
    return items.map((item) => ({ ...item, ...due.get(item.id)! })).sort((a, b) => a.daysLeft - b.daysLeft);
  }

  /** Submitted dossiers waiting for the board, the nearest to the 20-working-day limit (from the last receipt) first. */
  async appraisalQueue(caller: CurrentUser): Promise<(NominationView & { daysLeft: number; overdue: boolean })[]> {
    const { items } = await this.search(caller, { states: ['submitted'] }, { skip: 0, take: 200 });
    const holidays = await this.calendar.days();
    const today = todayInVietnam();
    const received = await this.receivedOn(items.map((item) => item.id));
    return items
      .map((item) => {
        const { daysLeft, overdue } = deadlineOf('appraisal', received.get(item.id) ?? today, today, holidays);
        return { ...item, daysLeft, overdue };
      })
      .sort((a, b) => a.daysLeft - b.daysLeft);
  }

  /**
   * A draft's submission deadline as its page shows it: the day, whether it is past, whether the board accepted the
   * dossier late, and whether the caller may accept it.
   */
  private async submissionDeadline(loaded: Nomination, caller: CurrentUser) {
    if (loaded.state !== 'draft') return null;
    const deadline = submissionDeadlineOf(
      loaded,
      await movementDeadlineOf(this.dataSource.manager, loaded.movementId),
      this.config.roundDeadlines,
    );
    if (!deadline) return null;
    const passed = todayInVietnam() > deadline.dueOn;
    const accepted = loaded.lateAcceptedAt !== null;
    return {
      ...deadline,
      passed,
      accepted,
      mayAccept: passed && !accepted && caller.roles.includes('board') && inScope(caller, loaded.decidingUnit!.path),
    };
  }

  /** The limits running for a nomination (api.md: `deadlines`), from its last receipt. */
  async deadlines(nomination: { id: number; state: NominationState }): Promise<Deadline[]> {
    if (nomination.state !== 'submitted') return [];
    const received = await this.receivedOn([nomination.id]);
    return nominationDeadlines(
      nomination.state,
      received.get(nomination.id) ?? null,
      todayInVietnam(),
      await this.calendar.days(),
    );
  }

  /**
   * The day (in Vietnam) each nomination's dossier was last received: its last SUBMIT or RESUBMIT. The limits count
   * from it, so a resubmitted dossier starts them again, as the law's procedure does.
   */
  private async receivedOn(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await readRows<{ entityId: number; at: string | null }>(
      this.dataSource,
      // Each nomination's newest receipt, read back from the end of its log (a dossier returned and resubmitted many
      // times has many).
      `SELECT n.id AS "entityId", (SELECT l.at FROM transition_log l
          WHERE l.workflow = 'nomination' AND l."entityId" = n.id AND l.event IN ('SUBMIT', 'RESUBMIT')
          ORDER BY l.id DESC LIMIT 1) AS at
        FROM nominations n
        WHERE n.id IN (${ids.map((_, index) => placeholder(this.dataSource, index + 1)).join(', ')})`,
      [...ids],
    );
    return new Map(
      rows.filter((row) => row.at !== null).map((row) => [Number(row.entityId), todayInVietnam(new Date(row.at!))]),
    );
  }

  /** What a nomination form offers: the award types of the rule set in force, the categories, the dossier parts. */
  formOptions() {
    return {
      awardTypes: RULE_SETS[RULE_SETS.length - 1].awardTypes,
      categories: NOMINATION_CATEGORIES,
      attachmentKinds: ATTACHMENT_KINDS,
    };
  }

  /**
   * A nomination's page: the nomination with what the caller may do (overriding failed rules included), its dossier
   * against the required parts, its eligibility and its history, newest first.
   */
  async detail(caller: CurrentUser, id: number) {
    const loaded = await this.require(caller, id);
    const nomination = await this.withDeadlines(loaded, caller);
    const [history, attachments, eligibility] = [
      await this.history(caller, id),
      await this.attachmentsOf(caller, id),
      await this.eligibility(caller, id),
    ];
    const uploaded = new Set<string>(attachments.map((attachment) => attachment.kind));
    const visited = new Set(history.flatMap((entry) => [entry.from, entry.to]));
    return {
      nomination: {
        ...nomination,
        actions: workflowActions(
          nomination.allowedEvents,
          // Where no automatic criterion applies, the board's appraisal records its reasons.
          eligibility.eligible === null ? new Set([...NEEDS_COMMENT, 'VERIFY']) : NEEDS_COMMENT,
          (type) => type === 'VERIFY' && eligibility.eligible === false,
        ),
      },
      history: [...history].reverse(),
      submission: await this.submissionDeadline(loaded, caller),
      // A returned dossier says why at the top of its page: the reason of the return that put it there.
      returned:
        nomination.state === 'returned' ? (history.findLast((entry) => entry.event === 'RETURN') ?? null) : null,
      steps: STATE_ORDER.map((state) => ({
        state,
        current: state === nomination.state,
        passed: visited.has(state) && state !== nomination.state,
      })),
      attachments,
      dossier: nomination.requiredDossierParts.map((kind) => ({
        kind,
        present: partPresent(nomination.awardTypeCode, kind, uploaded),
      })),
      eligibility,
      attachmentKinds: ATTACHMENT_KINDS,
    };
  }

  async require(
    caller: CurrentUser,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Nomination> {
    return this.definition.load(manager, { user: caller }, id);
  }

  async get(caller: CurrentUser, id: number): Promise<NominationView> {
    return this.withDeadlines(await this.require(caller, id), caller);
  }

  private async withDeadlines(nomination: Nomination, caller: CurrentUser): Promise<NominationView> {
    return { ...this.toView(nomination, caller), deadlines: await this.deadlines(nomination) };
  }

  /**
   * The board of the deciding unit accepts a dossier after its submission deadline, with the reason (audited); the
   * proposing unit may then submit it. Only a dossier not yet submitted, and only once.
   */
  async acceptLate(caller: CurrentUser, id: number, dto: AcceptLateDto): Promise<NominationView> {
    await this.transactions.run(async (manager) => {
      const nomination = await this.require(caller, id, manager);
      if (!inScope(caller, nomination.decidingUnit!.path)) {
        throw AppError.forbidden(
          'Chỉ Ban Thi đua - Khen thưởng của cấp quyết định mới chấp nhận nộp muộn',
          'Only the deciding unit’s board may accept a late dossier',
        );
      }
      if (nomination.state !== 'draft' || nomination.lateAcceptedAt !== null) {
        throw AppError.conflict(
          'Hồ sơ đã trình hoặc đã được chấp nhận nộp muộn',
          'The dossier is already submitted or accepted late',
        );
      }
      await manager
        .update(
          Nomination,
          { id, version: dto.version },
          { lateAcceptedAt: nowIso(), version: dto.version + 1, updatedAt: nowIso() },
        )
        .then(({ affected }) => {
          if (affected !== 1)
            throw AppError.conflict(
              'Hồ sơ vừa được người khác thay đổi; vui lòng tải lại',
              'Changed meanwhile; reload it',
            );
        });
      await this.audit.record(manager, {
        entityType: 'nomination',
        entityId: id,
        action: 'accept_late',
        actorId: caller.id,
        details: { reason: dto.reason.trim() },
      });
    });
    return this.get(caller, id);
  }

  async update(caller: CurrentUser, id: number, dto: UpdateNominationDto): Promise<NominationView> {
    await this.transactions.run(async (manager) => {
      const nomination = await this.require(caller, id, manager);
      this.requireEditable(caller, nomination, dto.version);
      const changes: Partial<Nomination> = { updatedAt: nowIso() };
      if (dto.year !== undefined) changes.year = dto.year;
      if (dto.category !== undefined) changes.category = dto.category;
      if (dto.movementId !== undefined) changes.movementId = dto.movementId;
      if (dto.achievements !== undefined) changes.achievements = dto.achievements.trim();
      if (dto.citation !== undefined) changes.citation = dto.citation.trim() || null;
      if (dto.category !== undefined || dto.movementId !== undefined) {
        await checkMovement(
          manager,
          dto.category ?? nomination.category,
          dto.movementId ?? nomination.movementId ?? undefined,
        );
      }
      const category = categoryViolation(
        findAwardType(dto.awardTypeCode ?? nomination.awardTypeCode, ruleSetOf(nomination))!,
        dto.category ?? nomination.category,
      );
      if (category) throw AppError.rules([category]);
      if (dto.awardTypeCode !== undefined && dto.awardTypeCode !== nomination.awardTypeCode) {
        const awardType = findAwardType(dto.awardTypeCode, ruleSetOf(nomination))!;
        const kindAllowed =
          nomination.nomineeKind === 'household'
            ? awardType.householdsAllowed
            : awardType.nomineeKind === 'both' || awardType.nomineeKind === nomination.nomineeKind;
        if (!kindAllowed)
          throw AppError.rules([
            {
              rule: 'nominee.kind',
              message: `${awardType.name} không dành cho đối tượng này`,
              messageEn: `${awardType.nameEn} is not for this kind of nominee`,
            },
          ]);
        changes.awardTypeCode = dto.awardTypeCode;
        changes.decidingUnitId =
          awardType.route === 'unit'
            ? nomination.proposingUnitId
            : await this.provinceOf(manager, nomination.proposingUnit!);
      }
      const result = await manager
        .createQueryBuilder()
        .update(Nomination)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: nomination.version })
        .execute();
      if (result.affected !== 1) throw this.staleError(nomination, caller);
      await this.audit.record(manager, {
        entityType: 'nomination',
        entityId: id,
        action: 'update',
        actorId: caller.id,
        details: { ...dto },
      });
    });
    return this.get(caller, id);
  }

  /** Dossier edits (fields, attachments) belong to the proposing unit while the dossier is with it: draft or returned. */
  private isEditable(caller: CurrentUser, nomination: Nomination): boolean {
    return (
      hasAnyRole(caller, ['submitter']) &&
      inScope(caller, nomination.proposingUnit!.path) &&
      (nomination.state === 'draft' || nomination.state === 'returned')
    );
  }

  requireEditable(caller: CurrentUser, nomination: Nomination, version?: number): void {
    if (!hasAnyRole(caller, ['submitter']) || !inScope(caller, nomination.proposingUnit!.path)) {
      throw AppError.forbidden('Chỉ đơn vị đề nghị được sửa hồ sơ', 'Only the proposing unit may edit the dossier');
    }
    if (nomination.state !== 'draft' && nomination.state !== 'returned') {
      throw new AppError(
        ErrorCode.WorkflowConflict,
        `Chỉ sửa được hồ sơ ở trạng thái nháp hoặc bị trả lại (hiện: ${nomination.state})`,
        `The dossier can only be edited in draft or returned (now ${nomination.state})`,
        {
          state: nomination.state,
          version: nomination.version,
          allowedEvents: this.toView(nomination, caller).allowedEvents,
        },
      );
    }
    if (version !== undefined && version !== nomination.version) throw this.staleError(nomination, caller);
  }

  private staleError(nomination: Nomination, caller: CurrentUser): AppError {
    return new AppError(
      ErrorCode.WorkflowConflict,
      'Hồ sơ đã được người khác thay đổi; vui lòng tải lại',
      'The nomination was changed by someone else; reload it',
      {
        state: nomination.state,
        version: nomination.version,
        allowedEvents: this.toView(nomination, caller).allowedEvents,
      },
    );
  }

  async sendEvent(caller: CurrentUser, id: number, dto: NominationEventDto): Promise<NominationView> {
    const { row } = await this.workflow.transition(this.definition, id, { ...dto }, { user: caller });
    return this.toView(row, caller);
  }

  async eligibility(caller: CurrentUser, id: number) {
    const nomination = await this.require(caller, id);
    return this.verdictView(nomination, await this.definition.eligibility(this.dataSource.manager, nomination));
  }

  async history(caller: CurrentUser, id: number) {
    await this.require(caller, id);
    return this.workflow.history(this.definition.name, id);
  }

  async attachmentsOf(caller: CurrentUser, id: number) {
    await this.require(caller, id);
    const rows = await this.dataSource
      .getRepository(Attachment)
      .find({ where: { nominationId: id }, order: { id: 'ASC' } });
    return rows.map(toAttachmentView);
  }
}

/** A thematic award is given when a launched movement is reviewed (Law Art 8): it must name a launched or concluded movement. */
async function checkMovement(manager: EntityManager, category: string, movementId: number | undefined): Promise<void> {
  if (movementId === undefined) {
    if (category === 'thematic') {
      throw AppError.rules([
        {
          rule: 'nomination.movement',
          message:
            'Khen thưởng theo chuyên đề phải gắn với một phong trào thi đua / a thematic award needs its movement',
        },
      ]);
    }
    return;
  }
  const movement = await manager.findOneBy(Movement, { id: movementId });
  if (!movement)
    throw AppError.rules([
      { rule: 'nomination.movement', message: 'Phong trào thi đua không tồn tại / unknown movement' },
    ]);
  if (category === 'thematic' && movement.state !== 'launched' && movement.state !== 'concluded') {
    throw AppError.rules([
      {
        rule: 'nomination.movement',
        message: `Phong trào chưa phát động hoặc đã hủy (${movement.state}) / the movement is ${movement.state}`,
      },
    ]);
  }
}

export function toAttachmentView(attachment: Attachment) {
  const { id, nominationId, kind, fileName, mediaType, size, sha256, uploadedAt } = attachment;
  return { id, nominationId, kind, fileName, mediaType, size, sha256, uploadedAt };
}

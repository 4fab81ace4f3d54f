import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AppError, ErrorCode, type RuleViolation } from '../common/app-error.js';
import { nowIso } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { voteThresholdOf } from '../award-types/catalogue.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { awardTypeOf } from '../nominations/eligibility-facts.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { anyOf, findNominations, loadNomination } from '../nominations/nomination.queries.js';
import { NominationWorkflow } from '../nominations/nomination.workflow.js';
import { Person } from '../people/person.entity.js';
import { UnitEvaluation } from '../units/unit-evaluation.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { workflowActions } from '../workflow/workflow-actions.js';
import { workflowLabel } from '../workflow/labels.js';
import { allowedEventsOf, WorkflowService } from '../workflow/workflow.service.js';
import { inSubtree, subtreeCondition } from '../database/scope.js';
import type {
  BallotDto,
  CouncilSessionEventDto,
  CouncilSessionQuery,
  CreateCouncilSessionDto,
  PaperTallyDto,
} from './council.dto.js';
import { skipTake } from '../common/pagination.js';
import { Council, CouncilMember } from './council.entity.js';
import { CouncilAgendaItem, CouncilBallotReceipt, CouncilRecusal, CouncilSession } from './council-session.entity.js';
import type { CouncilSessionState } from './council-session.machine.js';
import { CouncilSessionWorkflow, loadSession, type LoadedSession } from './council-session.workflow.js';
import { tally } from './tally.js';

/** What the list of sessions can be narrowed by. */
export interface SessionFilter {
  councilId?: number;
  states?: CouncilSessionState[];
}

/** No session event asks for a reason. */
const NO_COMMENT_NEEDED: ReadonlySet<string> = new Set();

@Injectable()
export class CouncilSessionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(CouncilSessionWorkflow) private readonly definition: CouncilSessionWorkflow,
    @Inject(NominationWorkflow) private readonly nominations: NominationWorkflow,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Plans a session; each nomination must be verified and need this council's vote, and moves to in_council (all or nothing). */
  async create(caller: CurrentUser, dto: CreateCouncilSessionDto) {
    const id = await this.transactions.run(async (manager) => {
      const council = await manager.findOne(Council, { where: { id: dto.councilId }, relations: { unit: true } });
      if (!council?.unit || !inScope(caller, council.unit.path)) throw AppError.notFound('hội đồng', 'Council');
      const violations: RuleViolation[] = [];
      for (const nominationId of dto.nominationIds) {
        const nomination = await loadNomination(manager, nominationId);
        if (!nomination || !inScope(caller, nomination.proposingUnit!.path)) {
          violations.push({
            rule: 'council.nomination',
            message: `Đề nghị ${nominationId} không tồn tại / unknown nomination`,
          });
        } else if (nomination.state !== 'verified') {
          violations.push({
            rule: 'council.nomination_state',
            message: `Đề nghị ${nominationId} chưa được thẩm định (${nomination.state}) / not verified`,
          });
        } else if (!awardTypeOf(nomination).requiresCouncil || nomination.decidingUnitId !== council.unitId) {
          violations.push({
            rule: 'council.nomination_council',
            message: `Đề nghị ${nominationId} không thuộc thẩm quyền bỏ phiếu của Hội đồng này / not for this council`,
          });
        }
      }
      if (violations.length > 0)
        throw AppError.rules(
          violations,
          'Không thể đưa các đề nghị ra Hội đồng',
          'Some nominations cannot go to this council',
        );
      const session = await manager.save(
        manager.create(CouncilSession, {
          councilId: council.id,
          title: dto.title.trim(),
          meetingDate: dto.meetingDate,
          startsAt: dto.startsAt ?? null,
          place: dto.place?.trim() ?? null,
          minutesNumber: dto.minutesNumber ?? null,
          state: 'planned',
          version: 1,
          presentMemberIds: null,
          memberCount: null,
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      for (const nominationId of dto.nominationIds) {
        await manager.insert(CouncilAgendaItem, {
          sessionId: session.id,
          nominationId,
          approve: 0,
          reject: 0,
          abstain: 0,
          passed: null,
        });
        await this.workflow.transition(
          this.nominations,
          nominationId,
          { type: 'SCHEDULE', comment: `Phiên họp ${session.id}` },
          { user: caller, system: true },
          manager,
        );
      }
      await this.definition.tellMembers(manager, session, council.id, 'session_scheduled');
      await this.audit.record(manager, {
        entityType: 'council_session',
        entityId: session.id,
        action: 'create',
        actorId: caller.id,
        details: { nominationIds: dto.nominationIds },
      });
      return session.id;
    });
    return this.get(caller, id);
  }

  async get(caller: CurrentUser, id: number) {
    const session = await this.definition.load(this.dataSource.manager, { user: caller }, id);
    return this.toView(session, caller);
  }

  /** The councils the caller sits on or whose unit is in the caller's scope, and those it sits on. */
  async visibleCouncils(caller: CurrentUser): Promise<{ councils: Council[]; memberOf: number[] }> {
    const manager = this.dataSource.manager;
    const memberOf = (
      await manager.find(CouncilMember, { select: { councilId: true }, where: { userId: caller.id } })
    ).map((m) => m.councilId);
    const councils = await manager
      .getRepository(Council)
      .createQueryBuilder('council')
      .innerJoin('council.unit', 'unit')
      .where(...inSubtree('unit.path', caller.unitPath))
      .orWhere('council.id IN (:...ids)', { ids: [0, ...memberOf] })
      .orderBy('council.id', 'ASC')
      .getMany();
    return { councils, memberOf };
  }

  /**
   * What the caller may put on a session, by council: the verified nominations in its scope that need that council's
   * vote (decided at the council's unit, by an award type with a vote). The session form offers only these.
   */
  async agendaCandidates(caller: CurrentUser) {
    const { councils } = await this.visibleCouncils(caller);
    if (councils.length === 0) return [];
    // One query for every council: the verified nominations decided at any of their units.
    const { rows } = await findNominations(
      this.dataSource.manager,
      [
        anyOf('n.state', ['verified']),
        anyOf('n."decidingUnitId"', [...new Set(councils.map((council) => council.unitId))]),
        subtreeCondition('pu.path', caller.unitPath),
      ],
      { skip: 0, take: 1000 },
    );
    const needVote = rows.filter((row) => awardTypeOf(row).requiresCouncil);
    return councils.map((council) => ({
      councilId: council.id,
      councilName: council.name,
      nominations: needVote
        .filter((row) => row.decidingUnitId === council.unitId)
        .map((row) => ({
          id: row.id,
          nomineeName: row.nomineeName ?? '',
          awardTypeCode: row.awardTypeCode,
          proposingUnitName: row.proposingUnit?.name ?? '',
        })),
    }));
  }

  /** The councils the caller may see, as a list. */
  async listCouncils(caller: CurrentUser) {
    const { councils } = await this.visibleCouncils(caller);
    const items = councils.map(({ id, unitId, name, chairUserId, secretaryUserId }) => ({
      id,
      unitId,
      name,
      chairUserId,
      secretaryUserId,
    }));
    return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };
  }

  /** The API's list of sessions: `list` with the query's one state. */
  listSessions(caller: CurrentUser, query: CouncilSessionQuery) {
    const { councilId, state, page, pageSize } = query;
    return this.list(caller, { councilId, states: state ? [state] : undefined }, { page, pageSize });
  }

  /**
   * The one list of sessions, for the API, the pages and the home page: those of the councils the caller may see,
   * newest first, by council and states, each saying whether it awaits the caller's ballot.
   */
  async list(caller: CurrentUser, filter: SessionFilter, paging: { page: number; pageSize: number }) {
    const { councils, memberOf } = await this.visibleCouncils(caller);
    const ids = councils
      .map((council) => council.id)
      .filter((id) => filter.councilId === undefined || id === filter.councilId);
    if (ids.length === 0) return { items: [], total: 0, ...paging };
    const manager = this.dataSource.manager;
    const [rows, total] = await manager.getRepository(CouncilSession).findAndCount({
      where: { councilId: In(ids), ...(filter.states?.length ? { state: In(filter.states) } : {}) },
      order: { id: 'DESC' },
      ...skipTake(paging),
    });
    const voted = rows.length
      ? await manager.find(CouncilBallotReceipt, {
          select: { sessionId: true },
          where: { userId: caller.id, sessionId: In(rows.map((s) => s.id)) },
        })
      : [];
    const votedIn = new Set(voted.map((receipt) => receipt.sessionId));
    const memberCouncils = new Set(memberOf);
    const items = rows.map((session) => ({
      id: session.id,
      councilId: session.councilId,
      councilName: councils.find((c) => c.id === session.councilId)?.name ?? '',
      title: session.title,
      meetingDate: session.meetingDate,
      state: session.state,
      version: session.version,
      awaitingMyVote: session.state === 'open' && memberCouncils.has(session.councilId) && !votedIn.has(session.id),
    }));
    return { items, total, ...paging };
  }

  private async toView(session: LoadedSession, caller: CurrentUser) {
    const manager = this.dataSource.manager;
    const context = await this.definition.context(manager, session, { user: caller });
    const items = await manager.find(CouncilAgendaItem, { where: { sessionId: session.id }, order: { id: 'ASC' } });
    const ids = items.map((item) => item.nominationId);
    const nominations = ids.length
      ? (
          await findNominations(manager, [anyOf('n.id', ids)], {
            skip: 0,
            take: ids.length,
          })
        ).rows
      : [];
    const members = await manager.find(User, {
      select: { id: true, displayName: true, unitId: true },
      where: { id: In(session.memberIds) },
      order: { id: 'ASC' },
    });
    const memberUnits = members.length
      ? await manager.find(Unit, {
          select: { id: true, path: true },
          where: { id: In([...new Set(members.map((m) => m.unitId))]) },
        })
      : [];
    const unitPath = new Map(memberUnits.map((unit) => [unit.id, unit.path]));
    const receipts = await manager.find(CouncilBallotReceipt, {
      select: { userId: true },
      where: { sessionId: session.id },
    });
    const recusals = await manager.find(CouncilRecusal, { where: { sessionId: session.id } });
    const women = await this.womenPriority(nominations);
    const allowedEvents = allowedEventsOf(this.definition.machine, session.state, context);
    const isMember = session.memberIds.includes(caller.id);
    const voted = receipts.some((receipt) => receipt.userId === caller.id);
    const beforeVoting = session.state === 'planned' || session.state === 'open';
    return {
      id: session.id,
      councilId: session.councilId,
      title: session.title,
      meetingDate: session.meetingDate,
      startsAt: session.startsAt,
      place: session.place,
      minutesNumber: session.minutesNumber,
      state: session.state,
      version: session.version,
      allowedEvents,
      actions: workflowActions(allowedEvents, NO_COMMENT_NEEDED),
      /** The caller sits on the council and has not voted yet, while the session is open and votes here. */
      canVote: session.state === 'open' && isMember && !voted && !session.paperTally,
      /** The chair or the secretary may enter paper ballots: the session is open and nobody has voted here. */
      canEnterPaperTally:
        session.state === 'open' &&
        receipts.length === 0 &&
        [session.councilRow.chairUserId, session.councilRow.secretaryUserId].includes(caller.id),
      /** Members who have not voted when the session is closed count as not approving: the page warns before CLOSE. */
      missingBallots: session.state === 'open' && !session.paperTally ? session.memberIds.length - receipts.length : 0,
      voted,
      closed: session.state === 'closed' || session.state === 'minutes_signed',
      members: members.map((m) => ({
        id: m.id,
        displayName: m.displayName,
        present: session.presentMemberIds?.includes(m.id) ?? null,
      })),
      presentMemberIds: session.presentMemberIds,
      // Who has voted, never what: receipts are kept apart from the tallies.
      ballotsCastBy: receipts.map((r) => r.userId).sort((a, b) => a - b),
      paperTally: session.paperTally,
      agenda: items.map((item) => {
        const nomination = nominations.find((n) => n.id === item.nominationId)!;
        const conflicts = members
          .filter((m) => {
            const path = unitPath.get(m.unitId) ?? '';
            return path.startsWith(nomination.proposingUnit!.path) || m.unitId === nomination.nomineeUnitId;
          })
          .map((m) => m.id);
        const recused = recusals.filter((r) => r.nominationId === item.nominationId).map((r) => r.userId);
        return {
          nominationId: item.nominationId,
          awardTypeCode: nomination.awardTypeCode,
          proposingUnitId: nomination.proposingUnitId,
          state: nomination.state,
          conflictOfInterestMemberIds: conflicts,
          recusedMemberIds: recused,
          womenPriority: women.has(nomination.id),
          nomineeName: nomination.nomineeName ?? '',
          proposingUnitName: nomination.proposingUnit?.name ?? '',
          recusedByMe: recused.includes(caller.id),
          // A member steps aside before casting their ballot, while the session is planned or open (Decree 152).
          canRecuse: isMember && !voted && !recused.includes(caller.id) && beforeVoting,
        };
      }),
    };
  }

  /** Decree 152 Art 4(6): on a tie, prefer women and collectives of at least 70 % women. Flagged on the agenda. */
  private async womenPriority(nominations: Nomination[]): Promise<Set<number>> {
    const flagged = new Set<number>();
    const personIds = nominations.map((n) => n.personId).filter((id): id is number => id !== null);
    const women = personIds.length
      ? await this.dataSource
          .getRepository(Person)
          .find({ select: { id: true }, where: { id: In(personIds), gender: 'female' } })
      : [];
    const womenIds = new Set(women.map((p) => p.id));
    for (const nomination of nominations) {
      if (nomination.personId && womenIds.has(nomination.personId)) flagged.add(nomination.id);
      if (nomination.nomineeUnitId) {
        const evaluation = await this.dataSource
          .getRepository(UnitEvaluation)
          .findOneBy({ unitId: nomination.nomineeUnitId, year: nomination.year });
        if (evaluation && evaluation.membersTotal > 0 && evaluation.membersWomen / evaluation.membersTotal >= 0.7)
          flagged.add(nomination.id);
      }
    }
    return flagged;
  }

  async sendEvent(caller: CurrentUser, id: number, dto: CouncilSessionEventDto) {
    await this.workflow.transition(this.definition, id, { ...dto }, { user: caller });
    return this.get(caller, id);
  }

  /**
   * One ballot per member per session, while it is open. The receipt (who voted) and the counts (what was voted) are
   * written in one transaction but never linked: no row holds both a member and a choice.
   */
  async castBallot(caller: CurrentUser, id: number, dto: BallotDto) {
    await this.transactions.run(async (manager) => {
      const session = await loadSession(manager, id);
      if (!session) throw AppError.notFound('phiên họp', 'Council session');
      if (!session.memberIds.includes(caller.id))
        throw AppError.forbidden('Chỉ thành viên Hội đồng được bỏ phiếu', 'Only members of the council may vote');
      if (session.state !== 'open') {
        throw new AppError(
          ErrorCode.WorkflowConflict,
          `Phiên họp không mở bỏ phiếu (trạng thái: ${session.state})`,
          `The session is not open for voting (${session.state})`,
          {
            state: session.state,
            allowedEvents: [],
          },
        );
      }
      if (await manager.existsBy(CouncilBallotReceipt, { sessionId: id, userId: caller.id })) {
        throw AppError.conflict('Bạn đã bỏ phiếu trong phiên họp này', 'You have already voted in this session');
      }
      if (session.paperTally) {
        throw AppError.conflict(
          'Phiên họp kiểm phiếu bằng phiếu giấy: thư ký đã nhập kết quả, không bỏ phiếu trên hệ thống.',
          'The session counts paper ballots: the secretary entered them, so no ballot is cast here.',
        );
      }
      const items = await manager.find(CouncilAgendaItem, { where: { sessionId: id } });
      const recused = new Set(
        (await manager.find(CouncilRecusal, { where: { sessionId: id, userId: caller.id } })).map(
          (r) => r.nominationId,
        ),
      );
      const violations: RuleViolation[] = [];
      const voted = new Set<number>();
      for (const vote of dto.votes) {
        const item = items.find((i) => i.nominationId === vote.nominationId);
        if (!item)
          violations.push({
            rule: 'ballot.unknown_nomination',
            message: `Đề nghị ${vote.nominationId} không có trong chương trình / not on the agenda`,
          });
        else if (voted.has(vote.nominationId))
          violations.push({
            rule: 'ballot.duplicate',
            message: `Đề nghị ${vote.nominationId} được bỏ phiếu hai lần / voted twice`,
          });
        else if (recused.has(item.nominationId))
          violations.push({
            rule: 'ballot.recused',
            message: `Bạn đã xin không tham gia xét đề nghị ${vote.nominationId} / you recused yourself`,
          });
        voted.add(vote.nominationId);
      }
      for (const item of items) {
        if (!voted.has(item.nominationId) && !recused.has(item.nominationId)) {
          violations.push({
            rule: 'ballot.incomplete',
            message: `Chưa bỏ phiếu cho đề nghị ${item.nominationId} / no vote for nomination ${item.nominationId}`,
          });
        }
      }
      if (violations.length > 0) throw AppError.rules(violations, 'Phiếu bầu không hợp lệ', 'Invalid ballot');
      await manager.insert(CouncilBallotReceipt, {
        sessionId: id,
        userId: caller.id,
        present: session.presentMemberIds?.includes(caller.id) ?? false,
      });
      for (const vote of dto.votes) {
        await manager
          .createQueryBuilder()
          .update(CouncilAgendaItem)
          .set({ [vote.choice]: () => `"${vote.choice}" + 1` })
          .where('"sessionId" = :sessionId AND "nominationId" = :nominationId', {
            sessionId: id,
            nominationId: vote.nominationId,
          })
          .execute();
      }
      await this.audit.record(manager, {
        entityType: 'council_session',
        entityId: id,
        action: 'ballot.cast',
        actorId: caller.id,
      });
    });
    return { sessionId: id, accepted: true };
  }

  /**
   * Paper ballots (phiếu giấy): the chair or the secretary enters each nomination's counts while the session is open and
   * no member has voted here; CLOSE then tallies them as usual. The counts of a nomination cannot exceed the council's
   * members. Entering them again before CLOSE replaces them.
   */
  async recordPaperTally(caller: CurrentUser, id: number, dto: PaperTallyDto) {
    await this.transactions.run(async (manager) => {
      const session = await loadSession(manager, id);
      if (!session || !(inScope(caller, session.unitPath) || session.memberIds.includes(caller.id))) {
        throw AppError.notFound('phiên họp', 'Council session');
      }
      if (![session.councilRow.chairUserId, session.councilRow.secretaryUserId].includes(caller.id)) {
        throw AppError.forbidden(
          'Chỉ Chủ tịch hoặc Thư ký Hội đồng nhập kết quả phiếu giấy',
          'Only the chair or the secretary of the council enters paper ballots',
        );
      }
      if (session.state !== 'open') {
        throw new AppError(
          ErrorCode.WorkflowConflict,
          `Chỉ nhập kết quả phiếu giấy khi phiên họp đang họp (trạng thái: ${workflowLabel('state', session.state)})`,
          `Paper ballots are entered only while the session is open (${workflowLabel('state', session.state, 'en')})`,
          { state: session.state, allowedEvents: [] },
        );
      }
      if (await manager.existsBy(CouncilBallotReceipt, { sessionId: id })) {
        throw AppError.conflict(
          'Thành viên đã bỏ phiếu trên hệ thống: không nhập thêm kết quả phiếu giấy.',
          'Members have voted here: paper ballots cannot be added.',
        );
      }
      const items = await manager.find(CouncilAgendaItem, { where: { sessionId: id } });
      const members = session.memberCount ?? session.memberIds.length;
      const violations: RuleViolation[] = [];
      const given = new Set(dto.tallies.map((tally) => tally.nominationId));
      for (const tally of dto.tallies) {
        if (!items.some((item) => item.nominationId === tally.nominationId)) {
          violations.push({
            rule: 'paper_tally.nomination',
            message: `Hồ sơ số ${tally.nominationId} không có trong chương trình phiên họp / nomination ${tally.nominationId} is not on the agenda`,
          });
        } else if (tally.approve + tally.reject + tally.abstain > members) {
          violations.push({
            rule: 'paper_tally.sum',
            message: `Hồ sơ số ${tally.nominationId}: tổng ${tally.approve + tally.reject + tally.abstain} phiếu vượt số thành viên Hội đồng (${members}) / nomination ${tally.nominationId}: ${tally.approve + tally.reject + tally.abstain} votes exceed the council's ${members} members`,
          });
        }
      }
      for (const item of items) {
        if (!given.has(item.nominationId)) {
          violations.push({
            rule: 'paper_tally.incomplete',
            message: `Chưa nhập kết quả cho hồ sơ số ${item.nominationId} / no counts for nomination ${item.nominationId}`,
          });
        }
      }
      if (given.size !== dto.tallies.length) {
        violations.push({
          rule: 'paper_tally.duplicate',
          message: 'Một hồ sơ được nhập hai lần / a nomination is entered twice',
        });
      }
      if (violations.length > 0) {
        throw AppError.rules(violations, 'Kết quả phiếu giấy không hợp lệ', 'The paper ballot counts are not valid');
      }
      for (const tally of dto.tallies) {
        const { approve, reject, abstain } = tally;
        await manager.update(
          CouncilAgendaItem,
          { sessionId: id, nominationId: tally.nominationId },
          { approve, reject, abstain },
        );
      }
      await manager.update(CouncilSession, { id }, { paperTally: true });
      await this.audit.record(manager, {
        entityType: 'council_session',
        entityId: id,
        action: 'paper_tally',
        actorId: caller.id,
        details: { tallies: dto.tallies },
      });
    });
    return this.get(caller, id);
  }

  /** A member with a conflict of interest steps back from one nomination (before voting on it). */
  async recuse(caller: CurrentUser, id: number, nominationId: number) {
    await this.transactions.run(async (manager) => {
      const session = await loadSession(manager, id);
      if (!session || !session.memberIds.includes(caller.id)) throw AppError.notFound('phiên họp', 'Council session');
      if (session.state !== 'planned' && session.state !== 'open') {
        throw new AppError(ErrorCode.WorkflowConflict, 'Phiên họp đã kết thúc', 'The session is over', {
          state: session.state,
          allowedEvents: [],
        });
      }
      if (await manager.existsBy(CouncilBallotReceipt, { sessionId: id, userId: caller.id })) {
        throw AppError.conflict('Bạn đã bỏ phiếu, không thể xin không tham gia', 'You have already voted');
      }
      const item = await manager.findOneBy(CouncilAgendaItem, { sessionId: id, nominationId });
      if (!item) throw AppError.notFound('đề nghị trong chương trình', 'Agenda item');
      if (!(await manager.existsBy(CouncilRecusal, { sessionId: id, nominationId, userId: caller.id }))) {
        await manager.insert(CouncilRecusal, { sessionId: id, nominationId, userId: caller.id });
      }
      await this.audit.record(manager, {
        entityType: 'council_session',
        entityId: id,
        action: 'recusal',
        actorId: caller.id,
        details: { nominationId },
      });
    });
    return this.get(caller, id);
  }

  async results(caller: CurrentUser, id: number) {
    const session = await this.definition.load(this.dataSource.manager, { user: caller }, id);
    if (session.state !== 'closed' && session.state !== 'minutes_signed') {
      throw new AppError(
        ErrorCode.WorkflowConflict,
        'Chưa kiểm phiếu: kết quả có sau khi kết thúc phiên họp',
        'Results are available after CLOSE',
        {
          state: session.state,
          allowedEvents: [],
        },
      );
    }
    const items = await this.dataSource
      .getRepository(CouncilAgendaItem)
      .find({ where: { sessionId: id }, order: { id: 'ASC' } });
    const results = [];
    for (const item of items) {
      const nomination = await loadNomination(this.dataSource.manager, item.nominationId);
      const threshold = voteThresholdOf(awardTypeOf(nomination!), this.config.stateAwardVoteShare) ?? 1;
      const result = tally(
        item,
        session.memberCount ?? session.memberIds.length,
        session.presentMemberIds?.length ?? 0,
        threshold,
      );
      results.push({ nominationId: item.nominationId, ...result });
    }
    return results;
  }

  history(caller: CurrentUser, id: number) {
    return this.definition
      .load(this.dataSource.manager, { user: caller }, id)
      .then(() => this.workflow.history(this.definition.name, id));
  }
}

import { todayInVietnam, vietnameseDate } from '../common/time.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inScope } from '../access/access.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { voteThresholdOf } from '../award-types/catalogue.js';
import { awardTypeOf } from '../nominations/eligibility-facts.js';
import { loadNomination } from '../nominations/nomination.queries.js';
import { NominationWorkflow } from '../nominations/nomination.workflow.js';
import type { TransitionCaller, WorkflowDefinition, WorkflowEvent } from '../workflow/workflow-definition.js';
import { WorkflowService } from '../workflow/workflow.service.js';
import { CouncilAgendaItem, CouncilSession } from './council-session.entity.js';
import { councilSessionMachine, type CouncilSessionContext } from './council-session.machine.js';
import { Council, CouncilMember } from './council.entity.js';
import { quorumViolations, tally } from './tally.js';
import { noticeEndsOf } from '../public-notices/public-notice.queries.js';
import { councilGateViolations } from '../public-notices/public-notice-rules.js';

/** A session with what its guards and rules read: the council, its members, the council unit's path. */
export interface LoadedSession extends CouncilSession {
  councilRow: Council;
  memberIds: number[];
  unitPath: string;
}

export async function loadSession(manager: EntityManager, id: number): Promise<LoadedSession | null> {
  const session = await manager.findOneBy(CouncilSession, { id });
  if (!session) return null;
  const council = await manager.findOne(Council, { where: { id: session.councilId }, relations: { unit: true } });
  const members = await manager.find(CouncilMember, {
    select: { userId: true },
    where: { councilId: session.councilId },
  });
  return Object.assign(session, {
    councilRow: council!,
    memberIds: members.map((m) => m.userId),
    unitPath: council!.unit!.path,
  });
}

/**
 * The council session workflow: OPEN checks the quorum, CLOSE tallies and decides each nomination, CANCEL gives the
 * nominations back to the board, each in one transaction.
 */
@Injectable()
export class CouncilSessionWorkflow implements WorkflowDefinition<LoadedSession> {
  readonly name = 'council_session';
  readonly label = 'phiên họp Hội đồng';
  readonly labelEn = 'council session';
  readonly entity = CouncilSession;
  readonly machine = councilSessionMachine;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WorkflowService) private readonly workflow: WorkflowService,
    @Inject(NominationWorkflow) private readonly nominations: NominationWorkflow,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  /** Tells the council's members of a session planned or opened, with its day, time and place. */
  async tellMembers(
    manager: EntityManager,
    session: CouncilSession,
    councilId: number,
    kind: 'session_scheduled' | 'session_opened',
  ): Promise<void> {
    const members = await manager.find(CouncilMember, { select: { userId: true }, where: { councilId } });
    const when = `${vietnameseDate(session.meetingDate)}${session.startsAt ? ` ${session.startsAt}` : ''}`;
    const where = session.place ? `, ${session.place}` : '';
    const [vi, en] =
      kind === 'session_scheduled'
        ? ['Lịch họp Hội đồng', 'Council session planned']
        : ['Phiên họp Hội đồng đã khai mạc, mời bỏ phiếu', 'Council session open for voting'];
    await this.notifications.notify(
      manager,
      members.map((member) => member.userId),
      {
        kind,
        message: `${vi}: ${session.title} (${when}${where})`,
        messageEn: `${en}: ${session.title} (${when}${where})`,
        link: `/council/sessions/${session.id}`,
      },
    );
  }

  async load(manager: EntityManager, caller: TransitionCaller, id: number): Promise<LoadedSession> {
    const session = await loadSession(manager, id);
    if (!session || !(inScope(caller.user, session.unitPath) || session.memberIds.includes(caller.user.id))) {
      throw AppError.notFound('phiên họp', 'Council session');
    }
    return session;
  }

  async context(
    _manager: EntityManager,
    session: LoadedSession,
    caller: TransitionCaller,
  ): Promise<CouncilSessionContext> {
    const officer = [session.councilRow.chairUserId, session.councilRow.secretaryUserId].includes(caller.user.id);
    // The board of the council's unit, or above it, planned the session and may cancel it.
    const board = caller.user.roles.includes('board') && inScope(caller.user, session.unitPath);
    const roles = [...(officer ? ['session_officer'] : []), ...(board ? ['board'] : [])];
    return { actor: { roles, scopes: {} } };
  }

  async check(manager: EntityManager, session: LoadedSession, event: WorkflowEvent) {
    if (event.type !== 'OPEN') {
      if (event.presentMemberIds !== undefined) {
        throw AppError.invalid([
          { field: 'presentMemberIds', message: 'chỉ dùng khi khai mạc phiên họp / only to open the session' },
        ]);
      }
      return { violations: [] };
    }
    const present = event.presentMemberIds as number[] | undefined;
    if (!present)
      throw AppError.invalid([
        { field: 'presentMemberIds', message: 'bắt buộc khi khai mạc phiên họp / required to open the session' },
      ]);
    const strangers = present.filter((id) => !session.memberIds.includes(id));
    if (strangers.length > 0) {
      throw AppError.invalid([
        {
          field: 'presentMemberIds',
          message: `không phải thành viên Hội đồng: ${strangers.join(', ')}`,
          messageEn: `not members of the council: ${strangers.join(', ')}`,
        },
      ]);
    }
    const agenda = await manager.find(CouncilAgendaItem, { where: { sessionId: session.id } });
    return {
      violations: [
        ...quorumViolations(present.length, session.memberIds.length, agenda.length > 0, this.config.quorum),
        ...(await this.noticeViolations(manager, session, agenda)),
      ],
    };
  }

  /** The council does not vote on a nomination that needs a public notice before its whole window has run. */
  private async noticeViolations(manager: EntityManager, session: LoadedSession, agenda: CouncilAgendaItem[]) {
    const nominations = await Promise.all(agenda.map((item) => loadNomination(manager, item.nominationId)));
    const ends = await noticeEndsOf(
      manager,
      agenda.map((item) => item.nominationId),
    );
    return councilGateViolations(
      nominations.map((nomination) => ({
        nominationId: nomination!.id,
        nomineeName: nomination!.nomineeName ?? '',
        needsNotice: awardTypeOf(nomination!).publicNotice,
        noticeEnds: ends.get(nomination!.id) ?? [],
      })),
      session.meetingDate,
    );
  }

  changes(session: LoadedSession, event: WorkflowEvent): Partial<LoadedSession> {
    if (event.type !== 'OPEN') return {};
    return { presentMemberIds: event.presentMemberIds as number[], memberCount: session.memberIds.length };
  }

  /** CLOSE: each nomination on the agenda passes or fails on approvals over all members, through the nomination workflow. */
  async afterTransition(
    manager: EntityManager,
    session: LoadedSession,
    event: WorkflowEvent,
    caller: TransitionCaller,
  ): Promise<void> {
    if (event.type === 'OPEN') await this.tellMembers(manager, session, session.councilId, 'session_opened');
    if (event.type === 'CANCEL') {
      const agenda = await manager.find(CouncilAgendaItem, { where: { sessionId: session.id } });
      for (const item of agenda) {
        await this.workflow.transition(
          this.nominations,
          item.nominationId,
          { type: 'UNSCHEDULE', comment: `Phiên họp ${session.id} đã hủy` },
          { user: caller.user, system: true },
          manager,
        );
      }
      return;
    }
    if (event.type !== 'CLOSE') return;
    const items = await manager.find(CouncilAgendaItem, { where: { sessionId: session.id }, order: { id: 'ASC' } });
    for (const item of items) {
      const nomination = await loadNomination(manager, item.nominationId);
      const threshold = voteThresholdOf(awardTypeOf(nomination!), this.config.stateAwardVoteShare) ?? 1;
      const result = tally(
        item,
        session.memberCount ?? session.memberIds.length,
        session.presentMemberIds?.length ?? 0,
        threshold,
      );
      // Decree 152 Art 4(4): a nominee under discipline or investigation on the day the council closes is not approved,
      // whatever the vote.
      const blocked = result.passed
        ? await this.nominations.disciplineViolations(manager, nomination!, todayInVietnam())
        : [];
      const approved = result.passed && blocked.length === 0;
      await manager.update(CouncilAgendaItem, { id: item.id }, { passed: approved });
      const vote = `Phiên họp ${session.id}: ${result.approve}/${result.members} tán thành (${Math.round(result.share * 1000) / 10}%), ngưỡng ${Math.round(threshold * 100)}%`;
      await this.workflow.transition(
        this.nominations,
        item.nominationId,
        {
          type: approved ? 'COUNCIL_APPROVE' : 'COUNCIL_REJECT',
          comment: blocked.length ? `${vote}; không khen thưởng: ${blocked.map((v) => v.message).join('; ')}` : vote,
        },
        { user: caller.user, system: true },
        manager,
      );
    }
  }
}

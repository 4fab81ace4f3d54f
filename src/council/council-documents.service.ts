import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { CurrentUser } from '../access/current-user.js';
import { findAwardType } from '../award-types/catalogue.js';
import { provinceNames } from '../documents/format.js';
import { DocumentRenderer } from '../documents/renderer.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { CouncilBallotReceipt, CouncilRecusal } from './council-session.entity.js';
import { CouncilSessionWorkflow } from './council-session.workflow.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import { commentsOn } from '../public-notices/public-notice.queries.js';

/** The council's documents, rendered from templates/documents: the minutes of a session. */
@Injectable()
export class CouncilDocumentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilSessionWorkflow) private readonly definition: CouncilSessionWorkflow,
    @Inject(CouncilSessionsService) private readonly sessions: CouncilSessionsService,
    @Inject(DocumentRenderer) private readonly renderer: DocumentRenderer,
  ) {}

  /** The minutes (biên bản): members present and absent, written opinions, each nomination's tally, share, threshold and result. */
  async minutesHtml(caller: CurrentUser, id: number): Promise<string> {
    const session = await this.definition.load(this.dataSource.manager, { user: caller }, id);
    const results = await this.sessions.results(caller, id);
    // The agenda's conflict flags: members of the proposing unit (or the nominee unit) for each nomination.
    const agenda = (await this.sessions.get(caller, id)).agenda;
    const manager = this.dataSource.manager;
    const members = await manager.find(User, {
      select: { id: true, displayName: true },
      where: { id: In(session.memberIds) },
      order: { id: 'ASC' },
    });
    const receipts = await manager.find(CouncilBallotReceipt, { where: { sessionId: id } });
    const recusals = await manager.find(CouncilRecusal, { where: { sessionId: id } });
    const memberName = (userId: number) => members.find((m) => m.id === userId)?.displayName ?? '';
    const present = new Set(session.presentMemberIds ?? []);
    const nominations = results.length
      ? await manager.find(Nomination, { where: { id: In(results.map((r) => r.nominationId)) } })
      : [];
    const people = await manager.find(Person, {
      where: { id: In(nominations.map((n) => n.personId).filter((pid): pid is number => pid !== null)) },
    });
    const units = await manager.find(Unit, {
      where: { id: In(nominations.map((n) => n.nomineeUnitId).filter((uid): uid is number => uid !== null)) },
    });
    const nomineeName = (nomination: Nomination) =>
      nomination.personId
        ? (people.find((p) => p.id === nomination.personId)?.fullName ?? '')
        : nomination.nomineeUnitId
          ? (units.find((u) => u.id === nomination.nomineeUnitId)?.name ?? '')
          : `Hộ ông (bà) ${nomination.householdHeadName ?? ''}`;
    const root = await manager.findOneByOrFail(Unit, { id: Number(session.unitPath.split('/')[1]) });
    const names = provinceNames(root.name);
    const role = (userId: number) =>
      userId === session.councilRow.chairUserId
        ? 'Chủ tịch Hội đồng'
        : userId === session.councilRow.secretaryUserId
          ? 'Thư ký'
          : 'Thành viên';
    const presentMembers = members.filter((m) => present.has(m.id));
    const absentMembers = members.filter((m) => !present.has(m.id));
    return this.renderer.render('council-minutes', {
      header: {
        issuingBodyParent: names.body,
        issuingBody: session.councilRow.name,
        documentNumber: session.minutesNumber ?? '',
        place: names.place,
        dateIso: session.meetingDate,
      },
      session,
      council: session.councilRow,
      members: {
        total: session.memberCount ?? members.length,
        presentCount: presentMembers.length,
        absentCount: absentMembers.length,
        writtenOpinions: receipts.filter((r) => !r.present).length,
        present: presentMembers.map((m, index) => ({
          ordinal: index + 1,
          displayName: m.displayName,
          role: role(m.id),
        })),
        absent: absentMembers.map((m, index) => ({
          ordinal: index + 1,
          displayName: m.displayName,
          wrote: receipts.some((r) => r.userId === m.id),
        })),
      },
      results: results.map((result, index) => {
        const nomination = nominations.find((n) => n.id === result.nominationId)!;
        return {
          ...result,
          ordinal: index + 1,
          nominee: nomineeName(nomination),
          // Who stepped aside from it (conflict of interest): named in the minutes, as the law asks.
          recused: recusals
            .filter((recusal) => recusal.nominationId === result.nominationId)
            .map((recusal) => memberName(recusal.userId))
            .join(', '),
          award: findAwardType(nomination.awardTypeCode)?.name ?? nomination.awardTypeCode,
        };
      }),
      // Members flagged as related to a nomination who still took part: the minutes record it for the record.
      conflicts: results.flatMap((result, index) => {
        const item = agenda.find((entry) => entry.nominationId === result.nominationId);
        const flagged = (item?.conflictOfInterestMemberIds ?? []).filter(
          (userId) => !(item?.recusedMemberIds ?? []).includes(userId),
        );
        return flagged.length === 0
          ? []
          : [{ ordinal: index + 1, members: flagged.map((userId) => memberName(userId)).join(', ') }];
      }),
      // The public's comments on the nominations and how the board handled each (Decree 98 Art 46).
      comments: (
        await commentsOn(
          manager,
          results.map((result) => result.nominationId),
        )
      ).map((comment) => ({
        ordinal: results.findIndex((result) => result.nominationId === comment.nominationId) + 1,
        text: comment.text,
        author: comment.authorName ?? 'Không ghi tên',
        answer: comment.answer ?? '',
      })),
      chair: members.find((m) => m.id === session.councilRow.chairUserId)?.displayName ?? '',
      secretary: members.find((m) => m.id === session.councilRow.secretaryUserId)?.displayName ?? '',
    });
  }
}

import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { inScope } from '../access/access.js';
import type { CurrentUser } from '../access/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { nowIso, todayInVietnam } from '../common/time.js';
import { Transactions } from '../database/transactions.js';
import { awardTypeOf, ruleSetOf } from '../nominations/eligibility-facts.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { loadNomination } from '../nominations/nomination.queries.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { nomineeDetails } from '../nominations/nominee-details.js';
import { Unit } from '../units/unit.entity.js';
import { workflowLabel } from '../workflow/labels.js';
import { PublicNotice, PublicNoticeComment, PublicNoticeItem } from './public-notice.entity.js';
import { commentsOn } from './public-notice.queries.js';
import { commentViolations, windowViolations } from './public-notice-rules.js';
import type {
  CommentAnswerDto,
  CreatePublicNoticeDto,
  OpenPublicNoticeView,
  PublicCommentDto,
  PublicCommentView,
  PublicNoticeView,
} from './public-notices.dto.js';

/** Nominations the board may post: appraised, and not yet voted on. */
const POSTABLE = ['verified', 'in_council'];

/**
 * Public notices (công khai): the board posts verified nominations for a window of working days; anyone may comment on
 * them while the notice is open; the board answers each comment in an internal note, and the minutes list both.
 */
@Injectable()
export class PublicNoticesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(NominationsService) private readonly nominations: NominationsService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(HolidayCalendar) private readonly calendar: HolidayCalendar,
  ) {}

  async create(caller: CurrentUser, dto: CreatePublicNoticeDto): Promise<PublicNoticeView> {
    const id = await this.transactions.run(async (manager) => {
      const violations: RuleViolation[] = [];
      const loaded: Nomination[] = [];
      for (const nominationId of dto.nominationIds) {
        const nomination = await loadNomination(manager, nominationId);
        if (!nomination || !inScope(caller, nomination.decidingUnit!.path)) {
          violations.push({
            rule: 'public_notice.nomination',
            message: `Hồ sơ số ${nominationId} không tồn tại hoặc ngoài thẩm quyền`,
            messageEn: `Nomination ${nominationId} is unknown or out of scope`,
          });
        } else if (!POSTABLE.includes(nomination.state)) {
          violations.push({
            rule: 'public_notice.nomination_state',
            message: `Hồ sơ số ${nominationId} chưa thẩm định hoặc đã qua Hội đồng (${workflowLabel('state', nomination.state)})`,
            messageEn: `Nomination ${nominationId} is not appraised or is past the council (${workflowLabel('state', nomination.state, 'en')})`,
          });
        } else loaded.push(nomination);
      }
      violations.push(
        ...windowViolations({
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          holidays: await this.calendar.days(manager),
          minimum: loaded.length > 0 ? ruleSetOf(loaded[0]).publicNoticeWorkingDays : 10,
          needingNotice: [
            ...new Set(loaded.filter((n) => awardTypeOf(n).publicNotice).map((n) => awardTypeOf(n).name)),
          ],
        }),
      );
      if (violations.length > 0)
        throw AppError.rules(violations, 'Không thể đăng công khai', 'The notice cannot be posted');
      const notice = await manager.save(
        manager.create(PublicNotice, {
          title: dto.title.trim(),
          unitId: caller.unitId,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          createdById: caller.id,
          createdAt: nowIso(),
        }),
      );
      await manager.insert(
        PublicNoticeItem,
        dto.nominationIds.map((nominationId) => ({ noticeId: notice.id, nominationId })),
      );
      await this.audit.record(manager, {
        entityType: 'public_notice',
        entityId: notice.id,
        action: 'create',
        actorId: caller.id,
        details: { title: notice.title, startsOn: dto.startsOn, endsOn: dto.endsOn, nominationIds: dto.nominationIds },
      });
      return notice.id;
    });
    return this.get(caller, id);
  }

  private async require(caller: CurrentUser, id: number): Promise<PublicNotice> {
    const notice = await this.dataSource
      .getRepository(PublicNotice)
      .findOne({ where: { id }, relations: { unit: true } });
    if (!notice?.unit || !inScope(caller, notice.unit.path)) throw AppError.notFound('đợt công khai', 'Public notice');
    return notice;
  }

  async get(caller: CurrentUser, id: number): Promise<PublicNoticeView> {
    const notice = await this.require(caller, id);
    const [items, commentCount] = await Promise.all([
      this.dataSource.getRepository(PublicNoticeItem).find({ where: { noticeId: id }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(PublicNoticeComment).countBy({ noticeId: id }),
    ]);
    return {
      id: notice.id,
      title: notice.title,
      unitId: notice.unitId,
      startsOn: notice.startsOn,
      endsOn: notice.endsOn,
      nominationIds: items.map((item) => item.nominationId),
      commentCount,
    };
  }

  async comments(caller: CurrentUser, id: number): Promise<PublicCommentView[]> {
    await this.require(caller, id);
    const comments = await this.dataSource
      .getRepository(PublicNoticeComment)
      .find({ where: { noticeId: id }, order: { id: 'ASC' } });
    return comments.map(commentView);
  }

  /** The comments on one nomination, for its page: only for callers who may see the nomination. */
  async commentsOnNomination(caller: CurrentUser, nominationId: number): Promise<PublicCommentView[]> {
    await this.nominations.require(caller, nominationId);
    return (await commentsOn(this.dataSource.manager, [nominationId])).map(commentView);
  }

  async answer(caller: CurrentUser, noticeId: number, commentId: number, dto: CommentAnswerDto) {
    await this.require(caller, noticeId);
    return this.transactions.run(async (manager) => {
      const comment = await manager.findOneBy(PublicNoticeComment, { id: commentId, noticeId });
      if (!comment) throw AppError.notFound('ý kiến', 'Comment');
      const before = comment.answer;
      comment.answer = dto.answer.trim();
      comment.answeredById = caller.id;
      comment.answeredAt = nowIso();
      await manager.save(comment);
      await this.audit.record(manager, {
        entityType: 'public_notice_comment',
        entityId: comment.id,
        action: 'answer',
        actorId: caller.id,
        details: { answer: { from: before, to: comment.answer } },
      });
      return commentView(comment);
    });
  }

  /** The notices open today, with what each posts: the public pages and GET /api/public/notices. */
  async openNotices(): Promise<OpenPublicNoticeView[]> {
    const today = todayInVietnam();
    const notices = await this.dataSource.getRepository(PublicNotice).find({
      where: { startsOn: LessThanOrEqual(today), endsOn: MoreThanOrEqual(today) },
      order: { startsOn: 'DESC', id: 'DESC' },
    });
    return Promise.all(notices.map((notice) => this.publicView(notice)));
  }

  async openNotice(id: number): Promise<OpenPublicNoticeView> {
    const notice = await this.dataSource.getRepository(PublicNotice).findOneBy({ id });
    if (!notice || commentViolations(notice, todayInVietnam()).length > 0)
      throw AppError.notFound('đợt công khai', 'Public notice');
    return this.publicView(notice);
  }

  private async publicView(notice: PublicNotice): Promise<OpenPublicNoticeView> {
    const manager = this.dataSource.manager;
    const items = await manager.find(PublicNoticeItem, { where: { noticeId: notice.id }, order: { id: 'ASC' } });
    const nominations = await manager.findBy(Nomination, { id: In(items.map((item) => item.nominationId)) });
    const nominees = await nomineeDetails(manager, nominations);
    const units = await manager.findBy(Unit, { id: In(nominations.map((n) => n.proposingUnitId)) });
    return {
      id: notice.id,
      title: notice.title,
      startsOn: notice.startsOn,
      endsOn: notice.endsOn,
      items: items.map((item) => {
        const nomination = nominations.find((n) => n.id === item.nominationId)!;
        return {
          nominationId: nomination.id,
          nomineeName: nominees.get(nomination.id)!.name,
          unitName: units.find((unit) => unit.id === nomination.proposingUnitId)?.name ?? '',
          awardName: awardTypeOf(nomination).name,
          achievements: nomination.achievements,
        };
      }),
    };
  }

  /** A comment from anyone: on a nomination the notice posts, while the notice is open. */
  async comment(noticeId: number, dto: PublicCommentDto): Promise<{ id: number; receivedAt: string }> {
    return this.transactions.run(async (manager) => {
      const notice = await manager.findOneBy(PublicNotice, { id: noticeId });
      if (!notice) throw AppError.notFound('đợt công khai', 'Public notice');
      const violations = commentViolations(notice, todayInVietnam());
      if (!(await manager.existsBy(PublicNoticeItem, { noticeId, nominationId: dto.nominationId }))) {
        violations.push({
          rule: 'public_notice.nomination',
          message: 'Đợt công khai này không có hồ sơ được góp ý',
          messageEn: 'This notice does not post that nomination',
        });
      }
      if (violations.length > 0) throw AppError.rules(violations, 'Không nhận được ý kiến', 'The comment is refused');
      const comment = await manager.save(
        manager.create(PublicNoticeComment, {
          noticeId,
          nominationId: dto.nominationId,
          text: dto.text.trim(),
          authorName: dto.authorName?.trim() || null,
          contact: dto.contact?.trim() || null,
          receivedAt: nowIso(),
          answer: null,
          answeredById: null,
          answeredAt: null,
        }),
      );
      // The board that posted the notice reads the comment on the nomination's page.
      await this.notifications.notify(manager, await this.notifications.holders(manager, [notice.unitId], 'board'), {
        kind: 'public_comment',
        message: `Ý kiến mới về hồ sơ công khai trong "${notice.title}"`,
        messageEn: `New public comment on a nomination in "${notice.title}"`,
        link: `/nominations/${dto.nominationId}`,
      });
      return { id: comment.id, receivedAt: comment.receivedAt };
    });
  }
}

function commentView(comment: PublicNoticeComment): PublicCommentView {
  return {
    id: comment.id,
    noticeId: comment.noticeId,
    nominationId: comment.nominationId,
    text: comment.text,
    authorName: comment.authorName,
    contact: comment.contact,
    receivedAt: comment.receivedAt,
    answer: comment.answer,
    answeredAt: comment.answeredAt,
  };
}

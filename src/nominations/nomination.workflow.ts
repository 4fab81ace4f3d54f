import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inScope } from '../access/access.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError, type RuleViolation } from '../common/app-error.js';
import { nowIso, todayInVietnam } from '../common/time.js';
import { ruleSetOn } from '../award-types/catalogue.js';
import type { TransitionCaller, WorkflowDefinition, WorkflowEvent } from '../workflow/workflow-definition.js';
import { placeholder, readRows } from '../database/sql.js';
import { loadNomination, movementDeadlineOf } from './nomination.queries.js';
import { lateSubmissionViolations, submissionDeadlineOf } from './deadlines.js';
import { workflowLabel } from '../workflow/labels.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Attachment } from './attachment.entity.js';
import { missingDossierParts, requiredDossierParts } from './dossier.js';
import { judgeEligibility, type EligibilityVerdict } from './eligibility.js';
import { awardTypeOf, EligibilityFacts, ruleSetOf } from './eligibility-facts.js';
import { Nomination } from './nomination.entity.js';
import { nominationMachine, type NominationContext } from './nomination.machine.js';

/** Events that must say why (a returned dossier, a rejection, a revocation: Law Art 93). */
export const NEEDS_COMMENT: ReadonlySet<string> = new Set(['RETURN', 'REJECT', 'REVOKE']);

/** Called when an award is revoked, inside the revocation's transaction. */
export type RevocationListener = (manager: EntityManager, nominationId: number, reason: string | null) => Promise<void>;

/** The guards' view of a nomination for a caller. */
export function nominationContext(nomination: Nomination, caller: TransitionCaller): NominationContext {
  const awardType = awardTypeOf(nomination);
  return {
    requiresCouncil: awardType.requiresCouncil,
    beyondProvince: awardType.route === 'council_forward',
    actor: {
      roles: caller.system ? [...caller.user.roles, 'system'] : caller.user.roles,
      scopes: {
        proposing: inScope(caller.user, nomination.proposingUnit!.path),
        deciding: inScope(caller.user, nomination.decidingUnit!.path),
      },
    },
  };
}

/** The rules a nomination is re-checked against at the council's close and at the decision. */
const DISCIPLINE_RULES: ReadonlySet<string> = new Set([
  'common.discipline',
  'common.discipline_in_force',
  'common.investigation',
]);

/** The nomination workflow as the generic workflow layer runs it. */
@Injectable()
export class NominationWorkflow implements WorkflowDefinition<Nomination> {
  readonly name = 'nomination';
  readonly label = 'đề nghị khen thưởng';
  readonly labelEn = 'nomination';
  readonly entity = Nomination;
  readonly machine = nominationMachine;

  /** What other features do, in the revocation's transaction, when an award is revoked (the register is the decisions'). */
  private readonly revocationListeners: RevocationListener[] = [];

  constructor(
    @Inject(EligibilityFacts) private readonly facts: EligibilityFacts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  onRevoked(listener: RevocationListener): void {
    this.revocationListeners.push(listener);
  }

  async load(manager: EntityManager, caller: TransitionCaller, id: number): Promise<Nomination> {
    const nomination = await loadNomination(manager, id);
    if (!nomination || (!caller.system && !inScope(caller.user, nomination.proposingUnit!.path))) {
      throw AppError.notFound('đề nghị khen thưởng', 'Nomination');
    }
    return nomination;
  }

  async context(_manager: EntityManager, nomination: Nomination, caller: TransitionCaller) {
    return nominationContext(nomination, caller);
  }

  /** The verdict on `asOf` (today unless a decision's signing day is given): discipline and investigation as of that day. */
  async eligibility(
    manager: EntityManager,
    nomination: Nomination,
    asOf = todayInVietnam(),
  ): Promise<EligibilityVerdict> {
    return judgeEligibility({ ...(await this.facts.load(manager, nomination)), asOf });
  }

  /**
   * No award while a discipline is served or an investigation is pending (Decree 152 Art 4(4)): re-checked when the
   * council closes and when the decision is recorded, on that day.
   */
  async disciplineViolations(manager: EntityManager, nomination: Nomination, asOf: string): Promise<RuleViolation[]> {
    const { violations } = await this.eligibility(manager, nomination, asOf);
    return violations.filter((violation) => DISCIPLINE_RULES.has(violation.rule));
  }

  async check(manager: EntityManager, nomination: Nomination, event: WorkflowEvent) {
    const comment = event.comment?.trim();
    if (NEEDS_COMMENT.has(event.type) && !comment) {
      throw AppError.invalid([
        {
          field: 'comment',
          message: `Cần ghi lý do khi "${workflowLabel('event', event.type)}".`,
          messageEn: `A reason is needed to "${workflowLabel('event', event.type, 'en')}".`,
        },
      ]);
    }
    if (event.override !== undefined && event.type !== 'VERIFY') {
      throw AppError.invalid([{ field: 'override', message: 'chỉ dùng khi thẩm định / only with VERIFY' }]);
    }
    if (event.type === 'SUBMIT' || event.type === 'RESUBMIT') {
      const present = await readRows<Pick<Attachment, 'kind'>>(
        manager,
        `SELECT kind FROM attachments WHERE "nominationId" = ${placeholder(manager.connection, 1)}`,
        [nomination.id],
      );
      const required = requiredDossierParts(
        awardTypeOf(nomination),
        nomination.category,
        this.config.dossierParts,
        ruleSetOf(nomination),
      );
      const late =
        event.type === 'SUBMIT'
          ? lateSubmissionViolations(
              submissionDeadlineOf(
                nomination,
                await movementDeadlineOf(manager, nomination.movementId),
                this.config.roundDeadlines,
              ),
              nomination.year,
              todayInVietnam(),
              nomination.lateAcceptedAt !== null,
            )
          : [];
      return {
        violations: [
          ...missingDossierParts(
            required,
            present.map((a) => a.kind),
            nomination.awardTypeCode,
          ),
          ...late,
        ],
      };
    }
    if (event.type === 'VERIFY') {
      const { eligible, violations, judgement } = await this.eligibility(manager, nomination);
      if (eligible === null && !comment) {
        // No automatic criterion: the board judges, and its reasons are recorded (domain.md, "Eligibility without a rule").
        throw AppError.invalid([
          {
            field: 'comment',
            message: `${judgement!.message} Ghi lý do đánh giá vào ô ý kiến.`,
            messageEn: `${judgement!.messageEn} Write the reasons in the comment.`,
          },
        ]);
      }
      if (violations.length === 0) return { violations };
      if (event.override === true) {
        if (!comment) {
          throw AppError.invalid([
            { field: 'comment', message: 'bắt buộc ghi lý do khi vượt quy tắc / a reason is required to override' },
          ]);
        }
        return { violations: [], details: { override: true, overriddenRules: violations } };
      }
      return { violations };
    }
    return { violations: [] };
  }

  /**
   * A revocation (Law Art 93) is told to its listeners in the same transaction, so the register never disagrees. A
   * returned dossier is told to the proposing unit's submitters with the reason, a submission to the board that decides.
   */
  async afterTransition(manager: EntityManager, nomination: Nomination, event: WorkflowEvent): Promise<void> {
    if (event.type === 'REVOKE') {
      for (const listener of this.revocationListeners) {
        await listener(manager, nomination.id, event.comment?.trim() ?? null);
      }
    }
    const about = `${awardTypeOf(nomination).name} – ${nomination.nomineeName ?? ''}`;
    const link = `/nominations/${nomination.id}`;
    if (event.type === 'RETURN') {
      const reason = event.comment?.trim() ?? '';
      await this.notifications.notify(
        manager,
        await this.notifications.holders(manager, [nomination.proposingUnitId], 'submitter'),
        {
          kind: 'returned',
          message: `Hồ sơ bị trả lại (${about}): ${reason}`,
          messageEn: `Dossier returned (${about}): ${reason}`,
          link,
        },
      );
    }
    if (event.type === 'SUBMIT' || event.type === 'RESUBMIT') {
      const again = event.type === 'RESUBMIT';
      await this.notifications.notify(
        manager,
        await this.notifications.nearestBoard(manager, nomination.decidingUnitId),
        {
          kind: again ? 'resubmitted' : 'submitted',
          message: `${again ? 'Hồ sơ trình lại' : 'Hồ sơ mới trình'} từ ${nomination.proposingUnit?.name ?? ''}: ${about}`,
          messageEn: `${again ? 'Dossier resubmitted' : 'New dossier'} from ${nomination.proposingUnit?.name ?? ''}: ${about}`,
          link,
        },
      );
    }
  }

  changes(nomination: Nomination, event: WorkflowEvent): Partial<Nomination> {
    const changes: Partial<Nomination> = { updatedAt: nowIso() };
    if (event.type === 'SUBMIT' && !nomination.submittedOn) {
      const today = todayInVietnam();
      changes.submittedOn = today;
      changes.ruleSetCode = ruleSetOn(today).code;
    }
    return changes;
  }
}

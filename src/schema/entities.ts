import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Council, CouncilMember } from '../council/council.entity.js';
import {
  CouncilAgendaItem,
  CouncilBallotReceipt,
  CouncilRecusal,
  CouncilSession,
} from '../council/council-session.entity.js';
import { CertificatePrint } from '../decisions/certificate-print.entity.js';
import { Decision, DecisionAward, RegisterCounter } from '../decisions/decision.entity.js';
import {
  EmulationCluster,
  ClusterScore,
  Movement,
  MovementParticipant,
  ProgressReport,
  Target,
} from '../movements/movement.entity.js';
import { Attachment } from '../nominations/attachment.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { Proposal, ProposalNomination } from '../proposals/proposal.entity.js';
import { Holiday } from '../calendar/holiday.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { PublicNotice, PublicNoticeComment, PublicNoticeItem } from '../public-notices/public-notice.entity.js';
import { Registration } from '../registrations/registration.entity.js';
import { TransitionLog } from '../workflow/transition-log.entity.js';
import { Discipline, Initiative, PersonAward, PersonEvaluation } from '../people/person-facts.entity.js';
import { Person } from '../people/person.entity.js';
import { UnitEvaluation } from '../units/unit-evaluation.entity.js';
import { UnitRestriction } from '../units/unit-restriction.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed once: the app and the TypeORM CLI (ormconfig.ts) read the same list. */
export const ENTITIES = [
  Unit,
  UnitEvaluation,
  UnitRestriction,
  User,
  Person,
  PersonEvaluation,
  Initiative,
  Discipline,
  PersonAward,
  AuditEntry,
  Nomination,
  Proposal,
  ProposalNomination,
  PublicNotice,
  PublicNoticeItem,
  PublicNoticeComment,
  Notification,
  Holiday,
  Attachment,
  Registration,
  TransitionLog,
  Council,
  CouncilMember,
  CouncilSession,
  CouncilAgendaItem,
  CouncilBallotReceipt,
  CouncilRecusal,
  Decision,
  DecisionAward,
  CertificatePrint,
  RegisterCounter,
  Movement,
  MovementParticipant,
  Target,
  ProgressReport,
  EmulationCluster,
  ClusterScore,
];

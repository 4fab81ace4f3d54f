import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Nomination } from '../nominations/nomination.entity.js';
import { User } from '../users/user.entity.js';
import { Council } from './council.entity.js';
import type { CouncilSessionState } from './council-session.machine.js';

/** A sitting of a council (phiên họp) that reviews and votes on nominations. */
@Entity('council_sessions')
export class CouncilSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  councilId: number;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'councilId' })
  council?: Relation<Council>;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  meetingDate: string;

  @Column({ type: 'varchar', length: 20 })
  state: CouncilSessionState;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Members present at the opening; the others' ballots count as written opinions. */
  @Column({ type: 'simple-json', nullable: true })
  presentMemberIds: number[] | null;

  /** When the meeting starts (HH:MM) and where, as the minutes record them. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  startsAt: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  /** The minutes' number and symbol ("05/BB-HĐTĐKT"), printed in their header (Decree 30/2020). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  minutesNumber: string | null;

  /** The secretary entered the counts of paper ballots instead of members voting here (the minutes say so). */
  @Column({ type: 'boolean', default: false })
  paperTally: boolean;

  /** The number of council members when the session opened: every share is counted against it. */
  @Column({ type: 'integer', nullable: true })
  memberCount: number | null;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/** A nomination on a session's agenda, with its tally. Votes are only ever added to the counts: no ballot row names a member. */
@Entity('council_agenda_items')
@Index(['sessionId', 'nominationId'], { unique: true })
export class CouncilAgendaItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  sessionId: number;

  @ManyToOne(() => CouncilSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: Relation<CouncilSession>;

  @Index()
  @Column({ type: 'integer' })
  nominationId: number;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Relation<Nomination>;

  @Column({ type: 'integer', default: 0 })
  approve: number;

  @Column({ type: 'integer', default: 0 })
  reject: number;

  @Column({ type: 'integer', default: 0 })
  abstain: number;

  /** Set at CLOSE: the share of all members that approved, the threshold and the outcome. */
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}

/** Who has cast a ballot in a session (phiếu đã bỏ), apart from what was voted. */
@Entity('council_ballot_receipts')
@Index(['sessionId', 'userId'], { unique: true })
export class CouncilBallotReceipt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  sessionId: number;

  @ManyToOne(() => CouncilSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: Relation<CouncilSession>;

  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  /** False for an absent member's written opinion (ý kiến bằng văn bản). */
  @Column({ type: 'boolean' })
  present: boolean;
}

/** A member who stepped back from one nomination of a session (conflict of interest), kept apart from the counts. */
@Entity('council_recusals')
@Index(['sessionId', 'nominationId', 'userId'], { unique: true })
export class CouncilRecusal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  sessionId: number;

  @ManyToOne(() => CouncilSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: Relation<CouncilSession>;

  @Column({ type: 'integer' })
  nominationId: number;

  @Column({ type: 'integer' })
  userId: number;
}

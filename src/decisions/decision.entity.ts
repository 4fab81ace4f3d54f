import { randomBytes } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Nomination } from '../nominations/nomination.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { Unit } from '../units/unit.entity.js';

/**
 * A commendation decision (quyết định khen thưởng), e.g. "123/QĐ-UBND". Numbers run per issuing body and calendar year
 * (Decree 30/2020), so the same number may come back from another unit or in another year.
 */
@Entity('decisions')
@Index('IDX_decisions_issuer_year_number', ['issuingUnitId', 'signedYear', 'number'], { unique: true })
export class Decision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  number: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  signedOn: string;

  /** The calendar year of `signedOn`, which the number belongs to. */
  @Column({ type: 'integer' })
  signedYear: number;

  /** The base salary in force on `signedOn` that the reward money multiplies (Decree 152 Art 49). */
  @Column({ type: 'bigint' })
  baseSalaryVnd: string;

  @Column({ type: 'varchar', length: 200 })
  signerName: string;

  @Column({ type: 'varchar', length: 200 })
  signerTitle: string;

  @Index()
  @Column({ type: 'integer' })
  issuingUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuingUnitId' })
  issuingUnit?: Relation<Unit>;

  /**
   * For a decision taken above the province on forwarded nominations (the Prime Minister's, the President's), the body
   * that signed it; the issuing unit is then the one that records it.
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  higherAuthority: string | null;

  /** The Tờ trình the decision answers, which its legal bases cite. */
  @Column({ type: 'integer', nullable: true })
  proposalId: number | null;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  /** The rule set its nominations were judged under; its documents cite that set's decrees. */
  @Column({ type: 'varchar', length: 10 })
  ruleSetCode: string;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/**
 * The certificate register (sổ vàng / sổ đăng ký): one entry per award of a decision, with its golden-book number (the
 * recipient's ordinal in the decision) and its number in the issuing unit's register for the year, gapless.
 */
@Entity('decision_awards')
@Index(['registerUnitId', 'registerYear', 'registerNumber'], { unique: true })
@Index('IDX_decision_awards_scope_name', ['proposingUnitId', 'nomineeSearchName', 'decisionId', 'id'])
@Index('IDX_decision_awards_signed', ['signedOn', 'id'])
@Index('IDX_decision_awards_scope_signed', ['proposingUnitId', 'signedOn', 'id', 'nomineeSearchName'])
export class DecisionAward {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  decisionId: number;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decisionId' })
  decision?: Relation<Decision>;

  @Index({ unique: true })
  @Column({ type: 'integer' })
  nominationId: number;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Relation<Nomination>;

  @Column({ type: 'integer' })
  goldenBookNumber: number;

  @Column({ type: 'integer' })
  registerUnitId: number;

  @Column({ type: 'integer' })
  registerYear: number;

  @Column({ type: 'integer' })
  registerNumber: number;

  /**
   * Reward money paid in VND, rounded up to 10,000 and 0 where the same person holds a higher award for the year; null
   * where the province does not pay it (awards conferred above the province).
   */
  @Column({ type: 'bigint', nullable: true })
  rewardAmountVnd: string | null;

  /**
   * The unguessable code a certificate carries for anyone to check it (api.md, "Public notice, register and
   * verification"); 16 characters of 96 random bits. Nullable only for the database: every award gets one.
   */
  @Index('IDX_decision_awards_verification_code', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  verificationCode: string | null;

  /** The nominee's name when decided, folded for search (the award register): see `foldForSearch`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  nomineeSearchName: string | null;

  /**
   * The nomination's proposing unit, kept here so that a scope's awards are found through this table's own index (a
   * decided nomination never changes unit). Nullable only for the database: every award has one.
   */
  @Column({ type: 'integer', nullable: true })
  proposingUnitId: number | null;

  /** The decision's signing day, kept here for the register's order (newest first) on this table's own index. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  signedOn: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  revokedAt: string | null;

  @Column({ type: 'text', nullable: true })
  revokeReason: string | null;
}

/** The last number used in each issuing unit's register for a year: incremented in the decision's transaction. */
@Entity('register_counters')
@Index(['unitId', 'year'], { unique: true })
export class RegisterCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  lastNumber: number;
}

/** 96 random bits as 16 URL-safe characters: what a certificate's QR code points to. */
export function newVerificationCode(): string {
  return randomBytes(12).toString('base64url');
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Nomination } from '../nominations/nomination.entity.js';
import { Unit } from '../units/unit.entity.js';

/**
 * A Tờ trình: the board's submission to the official who decides (the chairman of the province, say), asking for the
 * awards of its list; the decision cites it ("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …"). Numbered, like every
 * document, per issuing unit and calendar year (Decree 30/2020).
 */
@Entity('proposals')
@Index('IDX_proposals_issuer_year_number', ['issuingUnitId', 'proposedYear', 'number'], { unique: true })
export class Proposal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  number: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** The calendar year of `date`, which the number belongs to. */
  @Column({ type: 'integer' })
  proposedYear: number;

  @Index('IDX_proposals_issuing_unit')
  @Column({ type: 'integer' })
  issuingUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuingUnitId' })
  issuingUnit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 200 })
  signerName: string;

  @Column({ type: 'varchar', length: 200 })
  signerTitle: string;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/** One nomination of a Tờ trình's list, in the list's order. */
@Entity('proposal_nominations')
@Index('IDX_proposal_nominations_pair', ['proposalId', 'nominationId'], { unique: true })
export class ProposalNomination {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @Index('IDX_proposal_nominations_nomination')
  @Column({ type: 'integer' })
  nominationId: number;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Relation<Nomination>;

  /** 1, 2, … in the list's order. */
  @Column({ type: 'integer' })
  ordinal: number;
}

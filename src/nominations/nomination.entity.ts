import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import type { NominationState } from './nomination.machine.js';

export const NOMINATION_CATEGORIES = [
  'merit',
  'ad_hoc',
  'thematic',
  'dedication',
  'length_of_service',
  'foreign',
  'resistance',
] as const;
/**
 * Category of an award (Law Art 8): công trạng, đột xuất, theo chuyên đề, quá trình cống hiến, niên hạn, đối ngoại; and
 * kháng chiến, which the statistical forms count apart.
 */
export type NominationCategory = (typeof NOMINATION_CATEGORIES)[number];
export type NomineeKind = 'individual' | 'collective' | 'household';

/** A nomination for an award (đề nghị khen thưởng) with exactly one nominee: a person, a unit or a household. */
/** The longest citation: with the longest names it still fits the certificate's one A4 landscape page. */
export const CITATION_MAX_LENGTH = 300;

@Entity('nominations')
@Index(['state', 'year'])
// A scope's nominations by state and year from the index alone (home page counts, filtered lists).
// PostgreSQL holds the id too (migration NominationScopeIds), so that a page's ids are read from the index alone.
@Index('IDX_nominations_unit_state_year', ['proposingUnitId', 'state', 'year'])
@Index(['year', 'awardTypeCode'])
@Index(['personId', 'year'])
@Index(['nomineeUnitId', 'year'])
export class Nomination {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 60 })
  awardTypeCode: string;

  @Column({ type: 'varchar', length: 20 })
  category: NominationCategory;

  @Index()
  @Column({ type: 'integer' })
  proposingUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposingUnitId' })
  proposingUnit?: Relation<Unit>;

  /** The unit whose head or chairman decides: the proposing unit for unit-level awards, the province otherwise. */
  @Index()
  @Column({ type: 'integer' })
  decidingUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decidingUnitId' })
  decidingUnit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  nomineeKind: NomineeKind;

  @Column({ type: 'integer', nullable: true })
  personId: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'integer', nullable: true })
  nomineeUnitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomineeUnitId' })
  nomineeUnit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  householdHeadName: string | null;

  /** Who is nominated, as lists show it (the person, the unit, or "Hộ" and the household head): read, never stored. */
  nomineeName?: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  householdAddress: string | null;

  @Column({ type: 'integer', nullable: true })
  householdCommuneUnitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'householdCommuneUnitId' })
  householdCommune?: Relation<Unit>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  movementId: number | null;

  /** When the board accepted this dossier after its submission deadline (the reason is in the audit log). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  lateAcceptedAt: string | null;

  /** The achievements (thành tích) the award is proposed for. */
  @Column({ type: 'text' })
  achievements: string;

  /**
   * The citation (dòng trích thành tích) the certificate prints under the nominee, short enough that every certificate
   * fits its one page; without one the certificate prints the standard line.
   */
  @Column({ type: 'varchar', length: CITATION_MAX_LENGTH, nullable: true })
  citation: string | null;

  @Column({ type: 'varchar', length: 20 })
  state: NominationState;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The rule set in force on the submission date (set on SUBMIT; the draft shows the one in force today). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  ruleSetCode: string | null;

  /** YYYY-MM-DD of the first submission. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  submittedOn: string | null;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ type: 'varchar', length: 24 })
  updatedAt: string;
}

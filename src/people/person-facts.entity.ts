import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Rating } from '../common/rating.js';
import { Person } from './person.entity.js';

export const INITIATIVE_SCOPES = ['grassroots', 'provincial', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

export const DISCIPLINE_LEVELS = ['reprimand', 'warning', 'demotion', 'dismissal'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** A person's task rating for one year; one per year (a new one replaces it, audited). */
@Entity('person_evaluations')
@Index(['personId', 'year'], { unique: true })
export class PersonEvaluation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'integer' })
  year: number;

  /** The task rating of the year; none for a worker or farmer outside the public sector, judged on the criteria below. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  rating: Rating | null;

  /** A worker or farmer outside the public sector met the province's criteria for Lao động tiên tiến (Law Art 24(2)). */
  @Column({ type: 'boolean', default: false })
  workerCriteriaMet: boolean;

  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;
}

/** What was recognised: an initiative (sáng kiến), or an accepted science project (đề tài khoa học), Law Art 23. */
export const INITIATIVE_KINDS = ['initiative', 'science_project'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** A recognised initiative (sáng kiến) or accepted science project, and the scope of its recognition. */
@Entity('initiatives')
export class Initiative {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 20, default: 'initiative' })
  kind: InitiativeKind;

  @Column({ type: 'varchar', length: 20 })
  scope: InitiativeScope;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  recognizedOn: string;

  @Column({ type: 'varchar', length: 300 })
  recognizedBy: string;
}

/** A disciplinary measure (kỷ luật), or a pending investigation, that blocks commendation while it lasts. */
@Entity('disciplines')
export class Discipline {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'varchar', length: 20 })
  level: DisciplineLevel;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10, name: 'fromDate' })
  from: string;

  /** YYYY-MM-DD; null while it is still being served. */
  @Column({ type: 'varchar', length: 10, nullable: true, name: 'toDate' })
  to: string | null;

  @Column({ type: 'boolean', default: false })
  pendingInvestigation: boolean;
}

/** An award a person already holds, recorded from before the system or from a decision (for multi-year rules). */
@Entity('person_awards')
@Index(['personId', 'year'])
export class PersonAward {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 60 })
  awardTypeCode: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionNumber: string | null;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decidedOn: string | null;

  /** merit, ad_hoc, thematic…: ad hoc and thematic awards do not count toward multi-year chains. */
  @Column({ type: 'varchar', length: 20, default: 'merit' })
  category: string;

  /**
   * `recorded` by a clerk or `imported` from a province's lists (both from before the system), or written by a `decision`
   * of this system (then `nominationId`).
   */
  @Column({ type: 'varchar', length: 10, default: 'recorded' })
  source: 'recorded' | 'imported' | 'decision';

  @Index()
  @Column({ type: 'integer', nullable: true })
  nominationId: number | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';

/**
 * Who a person is, as forms 0602.N and 0603.N count them: leaders at ministry or province level and above, at department
 * level, businesspeople, other leaders from deputy head of office up (`leader`), direct workers (workers, farmers, other
 * direct labourers), and the rest.
 */
export const PERSON_CATEGORIES = [
  'senior_leader',
  'department_leader',
  'businessperson',
  'leader',
  'civil_servant',
  'worker',
  'farmer',
  'direct_labourer',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** An individual who may be nominated (cá nhân): a civil servant, worker, farmer… of one unit. */
@Entity('people')
export class Person {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  /** The name folded for search (lower case, no diacritics, đ as d): see `foldForSearch`. */
  @Index()
  @Column({ type: 'varchar', length: 200, default: '' })
  searchName: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  gender: Gender | null;

  @Column({ type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  position: string;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  category: PersonCategory;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

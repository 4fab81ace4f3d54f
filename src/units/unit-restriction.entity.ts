import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { RestrictionBasis } from './restriction-bases.js';
import { Unit } from './unit.entity.js';

/** One such period of a unit, recorded by a board; open while `endsOn` is empty. */
@Entity('unit_restrictions')
export class UnitRestriction {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  basis: RestrictionBasis;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  startsOn: string;

  /** YYYY-MM-DD; null while it lasts. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Rating } from '../common/rating.js';
import { Unit } from './unit.entity.js';

/** A collective's facts for one year, read by the collective titles' rules. One per unit and year. */
@Entity('unit_evaluations')
@Index(['unitId', 'year'], { unique: true })
export class UnitEvaluation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 20 })
  rating: Rating;

  @Column({ type: 'integer' })
  membersTotal: number;

  @Column({ type: 'integer' })
  membersCompletedTasks: number;

  /** Members holding Lao động tiên tiến in the year. */
  @Column({ type: 'integer' })
  membersAdvancedWorkers: number;

  /** Members holding Chiến sĩ thi đua cơ sở in the year. */
  @Column({ type: 'integer' })
  membersGrassrootsEmulationSoldiers: number;

  @Column({ type: 'integer' })
  membersDisciplinedWarningOrAbove: number;

  @Column({ type: 'integer' })
  membersWomen: number;

  /** Leads its emulation cluster or bloc (dẫn đầu cụm, khối thi đua). */
  @Column({ type: 'boolean', default: false })
  leadsCluster: boolean;

  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;
}

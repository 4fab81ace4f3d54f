import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { UnitKind } from './unit-kinds.js';

/** An organisational unit (đơn vị): the province, its departments, districts, communes, agencies, enterprises. */
@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: UnitKind;

  @Index()
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Unit>;

  /** Materialised path of ids, e.g. `/1/5/12/`: a scope check is a prefix test, a subtree query one indexed LIKE. */
  @Index()
  @Column({ type: 'varchar', length: 500 })
  path: string;

  /** An inactive unit is kept for history (its awards and decisions) but proposes and receives no new nomination. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The unit this one was merged into (sáp nhập), if any. */
  @Column({ type: 'integer', nullable: true })
  mergedIntoId: number | null;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

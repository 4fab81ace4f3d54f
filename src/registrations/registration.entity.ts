import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';

/** An emulation registration (đăng ký thi đua) of a person or a unit for a title at the start of a year. */
@Entity('registrations')
@Index(['year', 'awardTypeCode'])
@Index('IDX_registrations_movement', ['movementId'])
export class Registration {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', nullable: true })
  movementId: number | null;

  @Column({ type: 'varchar', length: 60 })
  awardTypeCode: string;

  @Index()
  @Column({ type: 'integer', nullable: true })
  personId: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  /** The registering collective, or for a person the person's unit. */
  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  /** What the registrant commits to achieve (bản cam kết). */
  @Column({ type: 'text', nullable: true })
  commitment: string | null;

  @Column({ type: 'integer' })
  registeredById: number;

  @Column({ type: 'varchar', length: 24 })
  registeredAt: string;
}

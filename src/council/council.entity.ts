import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

/** A unit's Emulation and Commendation Council (Hội đồng Thi đua - Khen thưởng). */
@Entity('councils')
export class Council {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'integer' })
  chairUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chairUserId' })
  chair?: Relation<User>;

  /** The head of the emulation office: member and secretary (thư ký). */
  @Column({ type: 'integer' })
  secretaryUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secretaryUserId' })
  secretary?: Relation<User>;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

@Entity('council_members')
@Index(['councilId', 'userId'], { unique: true })
export class CouncilMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  councilId: number;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'councilId' })
  council?: Relation<Council>;

  @Index()
  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import type { Role } from '../access/roles.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  username: string;

  /** scrypt hash in the form `scrypt$N$r$p$salt$hash` (see auth/password.ts). */
  @Column({ type: 'varchar', length: 300 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'simple-array' })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Every unit is in this user's scope, whatever its unit (the administrator created at first run). */
  @Column({ type: 'boolean', default: false })
  systemScope: boolean;

  /** An administrator set the password: the user must choose a new one before doing anything else. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Tokens carry it; a password change or a deactivation raises it, so every token issued before stops working. */
  @Column({ type: 'integer', default: 0 })
  credentialsVersion: number;

  @Column({ type: 'varchar', length: 24, nullable: true })
  lastLoginAt: string | null;

  /** Where notifications are e-mailed, when the server sends e-mail (SMTP_URL) and the user has not turned it off. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'boolean', default: true })
  emailNotifications: boolean;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

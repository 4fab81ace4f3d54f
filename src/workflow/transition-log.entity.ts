import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per workflow transition, appended in the transaction that changes the state. Immutable: no code path
 * updates or deletes it. History endpoints and the yearly report's processing times read it.
 */
@Entity('transition_log')
@Index(['workflow', 'entityId', 'id'])
export class TransitionLog {
  @PrimaryGeneratedColumn()
  id: number;

  /** The machine's name, e.g. `nomination`. */
  @Column({ type: 'varchar', length: 40 })
  workflow: string;

  @Column({ type: 'integer' })
  entityId: number;

  @Column({ type: 'varchar', length: 40 })
  event: string;

  @Column({ type: 'varchar', length: 40 })
  fromState: string;

  @Column({ type: 'varchar', length: 40 })
  toState: string;

  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Event-specific facts worth keeping, e.g. the rules an override passed. */
  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;
}

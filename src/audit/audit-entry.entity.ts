import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An append-only record of a change that is not a workflow transition (e.g. a yearly rating replaced).
 * No code path updates or deletes these rows.
 */
@Entity('audit_entries')
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50 })
  entityType: string;

  @Column({ type: 'varchar', length: 50 })
  entityId: string;

  @Column({ type: 'varchar', length: 50 })
  action: string;

  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Decision } from './decision.entity.js';

export const CERTIFICATE_PRINT_STATES = ['queued', 'printing', 'done', 'failed'] as const;
export type CertificatePrintState = (typeof CERTIFICATE_PRINT_STATES)[number];

/**
 * The printing of a decision's certificates as a background job (in bằng khen theo quyết định): its progress, and once
 * done the PDF, kept for download.
 */
@Entity('certificate_prints')
@Index('IDX_certificate_prints_decision', ['decisionId', 'id'])
@Index('IDX_certificate_prints_state', ['state'])
export class CertificatePrint {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  decisionId: number;

  @ManyToOne(() => Decision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decisionId' })
  decision?: Relation<Decision>;

  @Column({ type: 'varchar', length: 12 })
  layout: string;

  @Column({ type: 'varchar', length: 10 })
  state: CertificatePrintState;

  /** Certificates to print, known once the job starts. */
  @Column({ type: 'integer', nullable: true })
  total: number | null;

  /** Certificates printed so far: the job resumes after them. */
  @Column({ type: 'integer', default: 0 })
  printed: number;

  @Column({ type: 'integer' })
  requestedById: number;

  @Column({ type: 'varchar', length: 24 })
  requestedAt: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  finishedAt: string | null;

  /** The printer that holds it, and when it last reported progress: a claim that stops moving is taken over. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  claimedAt: string | null;

  /** The PDF, kept in the file store. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fileSha256: string | null;

  @Column({ type: 'integer', nullable: true })
  fileSize: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import type { Direction } from './achievement.js';
import type { MovementState } from './movement.machine.js';
import type { TargetState } from './target.machine.js';

export const MOVEMENT_KINDS = ['regular', 'thematic', 'special'] as const;
/** thường xuyên, theo chuyên đề, đặc biệt (theo đợt). */
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_SCOPES = ['national', 'province', 'cluster', 'unit'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];

/** An emulation movement (phong trào thi đua), launched by a unit's document. */
@Entity('movements')
@Index(['state', 'startDate'])
export class Movement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: MovementKind;

  @Column({ type: 'varchar', length: 20 })
  scope: MovementScope;

  @Index()
  @Column({ type: 'integer' })
  launchedByUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'launchedByUnitId' })
  launchedByUnit?: Relation<Unit>;

  /** The launching document, e.g. "Chỉ thị số 01/CT-UBND ngày 03/01/2024". */
  @Column({ type: 'varchar', length: 300, nullable: true })
  launchDocument: string | null;

  @Column({ type: 'varchar', length: 10 })
  startDate: string;

  @Column({ type: 'varchar', length: 10 })
  endDate: string;

  /** The last day nominations linked to the movement may be submitted (hạn nộp hồ sơ); none: no limit. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  submissionDeadline: string | null;

  @Column({ type: 'varchar', length: 20 })
  state: MovementState;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

@Entity('movement_participants')
@Index(['movementId', 'unitId'], { unique: true })
export class MovementParticipant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  movementId: number;

  @ManyToOne(() => Movement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movementId' })
  movement?: Relation<Movement>;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;
}

/** A target (chỉ tiêu) of a movement, optionally assigned to a unit. */
@Entity('targets')
@Index(['movementId', 'code'], { unique: true })
export class Target {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  movementId: number;

  @ManyToOne(() => Movement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'movementId' })
  movement?: Relation<Movement>;

  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  /** The unit of measure, e.g. "%", "tỷ đồng". */
  @Column({ type: 'varchar', length: 60 })
  unit: string;

  @Column({ type: 'double precision' })
  targetValue: number;

  @Column({ type: 'varchar', length: 10 })
  direction: Direction;

  @Column({ type: 'double precision', nullable: true })
  tolerance: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  assigneeUnitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigneeUnitId' })
  assigneeUnit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  state: TargetState;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'double precision', nullable: true })
  latestValue: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  latestPeriod: string | null;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/** A progress report (báo cáo tiến độ) on a target for a period, e.g. "2024-06" or "2024-Q2". */
@Entity('progress_reports')
export class ProgressReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'targetId' })
  target?: Relation<Target>;

  @Column({ type: 'varchar', length: 20 })
  period: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer' })
  reportedById: number;

  @Column({ type: 'varchar', length: 24 })
  reportedAt: string;

  /** Optional evidence (minh chứng): a file kept by its sha256 in the file store. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  evidenceFileName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  evidenceMediaType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  evidenceSha256: string | null;
}

/** An emulation cluster or bloc (cụm, khối thi đua) of units for a year, with its covenant (giao ước thi đua). */
@Entity('emulation_clusters')
export class EmulationCluster {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: 'cluster' | 'bloc';

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text', nullable: true })
  covenant: string | null;

  /** The unit that leads the cluster or bloc this year (dẫn đầu): read by the provincial flag's rule. */
  @Column({ type: 'integer', nullable: true })
  leaderUnitId: number | null;

  @Column({ type: 'simple-json' })
  memberUnitIds: number[];

  @Column({ type: 'integer' })
  createdById: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}

/** A member's score in its cluster or bloc for the year (điểm chấm thi đua), which ranks the members. */
@Entity('cluster_scores')
@Index('IDX_cluster_scores_member', ['clusterId', 'unitId'], { unique: true })
export class ClusterScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  clusterId: number;

  @ManyToOne(() => EmulationCluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clusterId' })
  cluster?: Relation<EmulationCluster>;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer' })
  recordedById: number;

  @Column({ type: 'varchar', length: 24 })
  recordedAt: string;
}

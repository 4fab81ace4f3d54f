import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsoDate, NotBlank, Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { WorkflowEventBase } from '../workflow/workflow-event.dto.js';
import { DIRECTIONS, type Direction } from './achievement.js';
import { MOVEMENT_KINDS, MOVEMENT_SCOPES, type MovementKind, type MovementScope } from './movement.entity.js';
import { MOVEMENT_EVENTS, MOVEMENT_STATES, type MovementEventType, type MovementState } from './movement.machine.js';
import { TARGET_EVENTS, TARGET_STATES, type TargetEventType } from './target.machine.js';
import { DURATION_BUCKETS, MOVEMENT_PHASES, type MovementPhase } from './classification.js';

export class CreateMovementDto {
  @ApiProperty({ example: 'Phong trào thi đua năm 2024' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  theme?: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  @IsIn(MOVEMENT_KINDS)
  kind: MovementKind;

  @ApiPropertyOptional({ enum: MOVEMENT_SCOPES, description: 'Defaults from the launching unit: province, or unit' })
  @Optional()
  @IsIn(MOVEMENT_SCOPES)
  scope?: MovementScope;

  @ApiProperty()
  @IsInt()
  @Min(1)
  launchedByUnitId: number;

  @ApiPropertyOptional({ example: 'Chỉ thị số 01/CT-UBND ngày 03/01/2024' })
  @Optional()
  @IsString()
  @MaxLength(300)
  launchDocument?: string;

  @IsoDate()
  startDate: string;

  @IsoDate()
  endDate: string;

  @IsoDate({
    optional: true,
    description: 'The last day its nominations may be submitted; later only if the board accepts',
  })
  submissionDeadline?: string;

  @ApiPropertyOptional({ type: [Number], description: 'Participating units' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsInt({ each: true })
  participantUnitIds?: number[];
}

export class MovementQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MOVEMENT_STATES })
  @Optional()
  @IsIn(MOVEMENT_STATES)
  state?: MovementState;

  @ApiPropertyOptional({ enum: MOVEMENT_KINDS })
  @Optional()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind;

  @ApiPropertyOptional({ description: 'Movements running during this year' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}

export class MovementEventDto extends WorkflowEventBase {
  @ApiProperty({ enum: MOVEMENT_EVENTS })
  @IsIn(MOVEMENT_EVENTS)
  type: MovementEventType;
}

export class CreateTargetDto {
  @ApiProperty({ example: 'T01' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,30}$/, {
    message: 'tối đa 30 ký tự: chữ không dấu, chữ số, ".", "_" hoặc "-" / at most 30 letters, digits, ".", "_" or "-"',
  })
  code: string;

  @ApiProperty({ example: 'Tốc độ tăng trưởng kinh tế' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  name: string;

  @ApiProperty({ example: '%' })
  @IsString()
  @NotBlank()
  @MaxLength(60)
  unit: string;

  @ApiProperty({ example: 7.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue: number;

  @ApiProperty({ enum: DIRECTIONS })
  @IsIn(DIRECTIONS)
  direction: Direction;

  @ApiPropertyOptional({ description: 'For "about": how far from the target still counts as met' })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  tolerance?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  assigneeUnitId?: number;
}

export class TargetEventDto extends WorkflowEventBase {
  @ApiProperty({ enum: TARGET_EVENTS.filter((event) => event !== 'REPORT') })
  @IsIn(TARGET_EVENTS.filter((event) => event !== 'REPORT'))
  type: Exclude<TargetEventType, 'REPORT'>;

  @ApiPropertyOptional({ description: 'ASSIGN: the unit the target is assigned to' })
  @Optional()
  @IsInt()
  @Min(1)
  assigneeUnitId?: number;
}

export class ProgressReportDto {
  @ApiProperty({
    example: '2024-06',
    description: 'The period reported: a month (2024-06), a quarter (2024-Q2) or a year (2024)',
  })
  @IsString()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, {
    message: 'dạng 2024, 2024-06, 2024-Q2 hoặc 2024-H1 / like 2024, 2024-06, 2024-Q2 or 2024-H1',
  })
  period: string;

  @ApiProperty({ example: 7.1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class CreateClusterDto {
  @ApiProperty({ example: 'Cụm thi đua các sở kinh tế' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: ['cluster', 'bloc'] })
  @IsIn(['cluster', 'bloc'])
  kind: 'cluster' | 'bloc';

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1945)
  year: number;

  @ApiPropertyOptional({ description: 'The covenant the members signed (giao ước thi đua)' })
  @Optional()
  @IsString()
  @MaxLength(20000)
  covenant?: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsInt({ each: true })
  memberUnitIds: number[];
}

export class ClusterLeaderDto {
  @ApiProperty({ description: 'The member unit that leads the cluster or bloc this year' })
  @IsInt()
  @Min(1)
  unitId: number;
}

export class ClusterQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}

// Answers

export class MovementView {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) theme: string | null;
  @ApiProperty({ enum: MOVEMENT_KINDS }) kind: MovementKind;
  @ApiProperty({ enum: MOVEMENT_SCOPES }) scope: MovementScope;
  @ApiProperty() launchedByUnitId: number;
  @ApiProperty({ nullable: true, type: String }) launchDocument: string | null;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) submissionDeadline: string | null;
  @ApiProperty({
    enum: ['province', 'department', 'district', 'commune', 'other'],
    description: 'The launching unit’s level, as form 0601.N counts it',
  })
  launchingLevel: string;
  @ApiProperty({ enum: DURATION_BUCKETS }) durationBucket: string;
  @ApiProperty({ type: [Number] }) participantUnitIds: number[];
  @ApiProperty({ enum: MOVEMENT_STATES }) state: MovementState;
  @ApiProperty({
    enum: MOVEMENT_PHASES,
    description: 'Where it stands today: a launched movement past its end date is awaiting_evaluation',
  })
  phase: MovementPhase;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty({
    description: 'The caller may add and import targets (the launching unit’s board, while draft or launched)',
  })
  mayAddTargets: boolean;
}

export class TargetView {
  @ApiProperty() id: number;
  @ApiProperty() movementId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Unit of measure' }) unit: string;
  @ApiProperty() targetValue: number;
  @ApiProperty({ enum: DIRECTIONS }) direction: Direction;
  @ApiProperty({ nullable: true, type: Number }) tolerance: number | null;
  @ApiProperty({ nullable: true, type: Number }) assigneeUnitId: number | null;
  @ApiProperty({ nullable: true, type: Number }) latestValue: number | null;
  @ApiProperty({ nullable: true, type: String }) latestPeriod: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'latest ÷ target (inverted for at_most)' })
  achievementRate: number | null;
  @ApiProperty({ nullable: true, type: Boolean }) achieved: boolean | null;
  @ApiProperty({ enum: TARGET_STATES }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty({
    description: 'The caller may report progress (the launching board, or a submitter of the assigned unit)',
  })
  mayReport: boolean;
}

export class TargetsImportView {
  @ApiProperty({ description: 'Rows imported' }) imported: number;
  @ApiProperty({ type: [TargetView], description: 'The movement’s targets after the import' }) targets: TargetView[];
}

export class EvidenceView {
  @ApiProperty() fileName: string;
  @ApiProperty() mediaType: string;
  @ApiProperty() sha256: string;
}

export class ProgressReportView {
  @ApiProperty() id: number;
  @ApiProperty({ example: '2024-06' }) period: string;
  @ApiProperty() value: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ type: EvidenceView, nullable: true }) evidence: EvidenceView | null;
}

export class ClusterView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['cluster', 'bloc'] }) kind: 'cluster' | 'bloc';
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: String }) covenant: string | null;
  @ApiProperty({ nullable: true, type: Number }) leaderUnitId: number | null;
  @ApiProperty({ type: [Number] }) memberUnitIds: number[];
}

export class ClusterScoreDto {
  @ApiProperty({ description: 'A member of the cluster or bloc' })
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ example: 95.5, description: 'The member’s score for the year under the covenant (0–1000)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  score: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ClusterMemberView {
  @ApiProperty() unitId: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '1 for the highest score; ties share a rank' })
  rank: number | null;
}

export class ClusterDetailView extends ClusterView {
  @ApiProperty({ type: [ClusterMemberView], description: 'The ranking: highest score first, the unscored last' })
  members: ClusterMemberView[];
  @ApiProperty({
    type: [Number],
    description: 'Members that may be recognised as leading (ranked first, once every member is scored)',
  })
  leaderCandidates: number[];
  @ApiProperty({ description: 'The caller may record scores and the leader' }) mayScore: boolean;
}

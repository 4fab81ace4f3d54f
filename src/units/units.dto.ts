import { IsoDate, Optional, NotBlank } from '../common/dto-helpers.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RATINGS, type Rating } from '../common/rating.js';
import { PageQuery } from '../common/pagination.js';
import { UNIT_KINDS, type UnitKind } from './unit-kinds.js';
import { RESTRICTION_BASES, type RestrictionBasis } from './restriction-bases.js';

export class CreateUnitDto {
  @ApiProperty({ example: 'SL-SNV' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'tối đa 50 ký tự: chữ không dấu, chữ số, ".", "_" hoặc "-" / at most 50 letters, digits, ".", "_" or "-"',
  })
  code: string;

  @ApiProperty({ example: 'Sở Nội vụ' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ description: 'Parent unit; omit for a root (a province)' })
  @Optional()
  @IsInt()
  @Min(1)
  parentId?: number;
}

export class UpdateUnitDto {
  @ApiPropertyOptional({ example: 'SL-SNV' })
  @Optional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'tối đa 50 ký tự: chữ không dấu, chữ số, ".", "_" hoặc "-" / at most 50 letters, digits, ".", "_" or "-"',
  })
  code?: string;

  @ApiPropertyOptional({ example: 'Ủy ban nhân dân tỉnh Sơn La' })
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @Optional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional({ description: 'Moves the unit, with everything below it, under this unit' })
  @Optional()
  @IsInt()
  @Min(1)
  parentId?: number;

  @ApiPropertyOptional({ description: 'false: kept for history, but proposes and receives no new nomination' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class UnitQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or the code, ignoring case and Vietnamese diacritics' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Only the direct children of this unit' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  parentId?: number;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @Optional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;
}

export class UnitMembersDto {
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000) total: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000) completedTasks: number;
  @ApiProperty({ description: 'Members holding Lao động tiên tiến' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  advancedWorkers: number;
  @ApiProperty({ description: 'Members holding Chiến sĩ thi đua cơ sở' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  grassrootsEmulationSoldiers: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000) disciplinedWarningOrAbove: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000) women: number;
}

export class UnitEvaluationDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1945)
  @Max(2200)
  year: number;

  @ApiProperty({ enum: RATINGS })
  @IsIn(RATINGS)
  rating: Rating;

  @ApiProperty({ type: UnitMembersDto })
  @ValidateNested()
  @Type(() => UnitMembersDto)
  members: UnitMembersDto;

  @ApiProperty()
  @IsBoolean()
  leadsCluster: boolean;
}

export class MergeUnitDto {
  @ApiProperty({ description: 'The unit that takes over (it stays active)' })
  @IsInt()
  @Min(1)
  intoUnitId: number;

  @IsoDate({ description: 'The day the merger takes effect (as in the reorganisation decision)' })
  effectiveOn: string;
}

/** An inspection pending against a unit, or its head disciplined for the unit's failings (Decree 152 Art 4(4)). */
export class UnitRestrictionDto {
  @ApiProperty({
    enum: RESTRICTION_BASES,
    description:
      'inspection: an inspection, investigation or complaint pending; head_discipline: the head disciplined for the unit’s failings',
  })
  @IsIn(RESTRICTION_BASES)
  basis: RestrictionBasis;

  @IsoDate()
  startsOn: string;

  @IsoDate({ optional: true, description: 'Empty while it lasts' })
  endsOn?: string;

  @ApiProperty({ example: 'Thanh tra việc quản lý tài chính năm 2024' })
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  note: string;
}

/** Ending or correcting a restriction, with the reason. */
export class UpdateUnitRestrictionDto {
  @IsoDate({ optional: true, description: 'The day it ended' })
  endsOn?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({ description: 'Why it is changed' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  reason: string;
}

// Answers

export class UnitRestrictionView {
  @ApiProperty() id: number;
  @ApiProperty() unitId: number;
  @ApiProperty({ enum: RESTRICTION_BASES }) basis: RestrictionBasis;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endsOn: string | null;
  @ApiProperty() note: string;
}

export class UnitView {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind: UnitKind;
  @ApiProperty({ nullable: true, type: Number }) parentId: number | null;
  @ApiProperty({ description: 'An inactive unit is kept for history and takes no new nomination' }) active: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'The unit it was merged into' })
  mergedIntoId: number | null;
}

export class MergedCountsView {
  @ApiProperty() people: number;
  @ApiProperty() users: number;
  @ApiProperty({ description: 'Nominations not yet final' }) nominations: number;
  @ApiProperty({ description: 'Units that were below the merged one' }) units: number;
}

export class UnitMergeView {
  @ApiProperty({ type: UnitView, description: 'The merged unit, now inactive' }) unit: UnitView;
  @ApiProperty({ type: MergedCountsView, description: 'What moved to the target' }) moved: MergedCountsView;
}

export class UnitEvaluationView {
  @ApiProperty() unitId: number;
  @ApiProperty() year: number;
  @ApiProperty({ enum: RATINGS }) rating: Rating;
  @ApiProperty({ type: UnitMembersDto }) members: UnitMembersDto;
  @ApiProperty() leadsCluster: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class UnitsImportView {
  @ApiProperty({ description: 'Data rows in the file' }) rows: number;
  @ApiProperty({ description: 'Units added' }) created: number;
  @ApiProperty({ description: 'Rows matching a unit already present alike' }) matched: number;
}

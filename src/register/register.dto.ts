import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';

export const REGISTER_FORMATS = ['json', 'xlsx'] as const;

export class RegisterQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the nominee’s name, ignoring case and diacritics' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(60)
  awardTypeCode?: string;

  @ApiPropertyOptional({ description: 'The year the award is for' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ description: 'A unit: its awards and those of the units below it or merged into it' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ example: '05/QĐ-UBND' })
  @Optional()
  @IsString()
  @MaxLength(60)
  decisionNumber?: string;

  @ApiPropertyOptional({ description: 'A collective: the awards it received itself (its history)' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  nomineeUnitId?: number;

  @ApiPropertyOptional({ enum: REGISTER_FORMATS, default: 'json' })
  @Optional()
  @IsIn(REGISTER_FORMATS)
  format?: (typeof REGISTER_FORMATS)[number];
}

// Answers

export class RegisterNomineeView {
  @ApiProperty({ enum: ['individual', 'collective', 'household'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The unit the nominee belongs to (or the proposing unit)' }) unitName: string;
}

export class RegisterDecisionView {
  @ApiProperty({ nullable: true, type: String }) number: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) signedOn: string | null;
}

export class RegisterEntryView {
  @ApiProperty({
    nullable: true,
    type: String,
    example: '12/2025',
    description: 'Number/year in the issuing unit’s register; none for history recorded by hand',
  })
  registerNumber: string | null;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: RegisterNomineeView }) nominee: RegisterNomineeView;
  @ApiProperty({ type: RegisterDecisionView }) decision: RegisterDecisionView;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ enum: ['decision', 'recorded', 'imported'] }) source: 'decision' | 'recorded' | 'imported';
}

export class HistoryImportErrorView {
  @ApiProperty() row: number;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class HistoryImportPersonView {
  @ApiProperty({ description: 'The first row that names the person' }) row: number;
  @ApiProperty() fullName: string;
  @ApiProperty() unitCode: string;
}

export class HistoryImportView {
  @ApiProperty({ description: 'Data rows in the file' }) rows: number;
  @ApiProperty({ description: 'Awards added to the register (none again for a file imported before)' })
  created: number;
  @ApiProperty({ description: 'Rows whose person was found in the named unit' }) matched: number;
  @ApiProperty({
    type: [HistoryImportPersonView],
    description: 'People not found in the named unit, added to it (to be added, in a dry run)',
  })
  newPeople: HistoryImportPersonView[];
  @ApiProperty({ type: [HistoryImportErrorView], description: 'Always empty: a file with errors answers 422' })
  errors: HistoryImportErrorView[];
}

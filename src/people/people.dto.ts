import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { IsoDate, Year, Optional, NotBlank } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { RATINGS, type Rating } from '../common/rating.js';
import {
  DISCIPLINE_LEVELS,
  INITIATIVE_SCOPES,
  type DisciplineLevel,
  type InitiativeScope,
} from './person-facts.entity.js';
import { GENDERS, PERSON_CATEGORIES, type Gender, type PersonCategory } from './person.entity.js';

export class CreatePersonDto {
  @ApiProperty({ example: 'Lò Thị Mai' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @Optional()
  @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({ example: 1985 })
  @Optional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;

  @ApiProperty({ example: 'Chuyên viên' })
  @IsString()
  @MaxLength(200)
  position: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: PERSON_CATEGORIES })
  @IsIn(PERSON_CATEGORIES)
  category: PersonCategory;
}

export class PeopleQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, ignoring case and Vietnamese diacritics ("lo van an")' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Only people of this unit (within the caller’s scope)' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  unitId?: number;
}

export class PersonAwardDto {
  @Year()
  year: number;

  @ApiProperty({ enum: AWARD_TYPE_CODES })
  @IsIn(AWARD_TYPE_CODES)
  awardTypeCode: string;

  @ApiProperty({ example: '123/QĐ-UBND' })
  @IsString()
  @NotBlank()
  @MaxLength(60)
  decisionNumber: string;

  @IsoDate()
  decidedOn: string;
}

export class EvaluationDto {
  @Year()
  year: number;

  @ApiProperty({ enum: RATINGS })
  @IsIn(RATINGS)
  rating: Rating;
}

export class InitiativeDto {
  @ApiProperty()
  @IsString()
  @NotBlank()
  @MaxLength(500)
  title: string;

  @ApiProperty({ enum: INITIATIVE_SCOPES })
  @IsIn(INITIATIVE_SCOPES)
  scope: InitiativeScope;

  @IsoDate()
  recognizedOn: string;

  @ApiProperty({ example: 'Hội đồng sáng kiến tỉnh Sơn La' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  recognizedBy: string;
}

export class DisciplineDto {
  @ApiProperty({ enum: DISCIPLINE_LEVELS })
  @IsIn(DISCIPLINE_LEVELS)
  level: DisciplineLevel;

  @IsoDate()
  from: string;

  @IsoDate({ optional: true, description: 'Omit while the discipline is still being served' })
  to?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  pendingInvestigation?: boolean;
}

/** Why a record is corrected or removed: kept in the audit log. */
export class CorrectionReason {
  @ApiProperty({ example: 'Nhập nhầm năm', description: 'Why the record is corrected (kept in the audit log)' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  reason: string;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {}
export class UpdatePersonAwardDto extends IntersectionType(PartialType(PersonAwardDto), CorrectionReason) {}
export class UpdateEvaluationDto extends IntersectionType(PartialType(EvaluationDto), CorrectionReason) {}
export class UpdateInitiativeDto extends IntersectionType(PartialType(InitiativeDto), CorrectionReason) {}
export class UpdateDisciplineDto extends IntersectionType(PartialType(DisciplineDto), CorrectionReason) {}

export const PERSON_RECORD_KINDS = ['awards', 'evaluations', 'initiatives', 'disciplines'] as const;
export type PersonRecordKind = (typeof PERSON_RECORD_KINDS)[number];

export class RecordDeletionQuery {
  @ApiProperty({ description: 'Why the record is removed (kept in the audit log)' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  reason: string;
}

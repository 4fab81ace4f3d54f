import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { IsoDate, Year, Optional, NotBlank } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { RATINGS, type Rating } from '../common/rating.js';
import {
  DISCIPLINE_LEVELS,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  type DisciplineLevel,
  type InitiativeKind,
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

  @ApiPropertyOptional({ enum: RATINGS, description: 'The task rating; required unless workerCriteriaMet' })
  @Optional()
  @IsIn(RATINGS)
  rating?: Rating;

  @ApiPropertyOptional({
    description:
      'A worker or farmer outside the public sector met the province’s criteria for Lao động tiên tiến this year (Law Art 24(2))',
  })
  @Optional()
  @IsBoolean()
  workerCriteriaMet?: boolean;
}

export class InitiativeDto {
  @ApiProperty()
  @IsString()
  @NotBlank()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional({
    enum: INITIATIVE_KINDS,
    default: 'initiative',
    description: 'An initiative, or an accepted science project',
  })
  @Optional()
  @IsIn(INITIATIVE_KINDS)
  kind?: InitiativeKind;

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

// Answers

export class PersonView {
  @ApiProperty() id: number;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: GENDERS, nullable: true, type: String }) gender: Gender | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear: number | null;
  @ApiProperty() position: string;
  @ApiProperty() unitId: number;
  @ApiProperty({ enum: PERSON_CATEGORIES }) category: PersonCategory;
}

/** What the caller may change on a person's page, per kind of record. */
export class PersonPermissionsView {
  @ApiProperty({ description: 'Correct the details or transfer the person' }) edit: boolean;
  @ApiProperty() awards: boolean;
  @ApiProperty() evaluations: boolean;
  @ApiProperty() initiatives: boolean;
  @ApiProperty() disciplines: boolean;
}

export class PersonAwardView {
  @ApiProperty() id: number;
  @ApiProperty() year: number;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty({ nullable: true, type: String }) decisionNumber: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) decidedOn: string | null;
  @ApiProperty({ example: 'merit' }) category: string;
  @ApiProperty({
    enum: ['recorded', 'imported', 'decision'],
    description: '`decision`: written by a decision of this system, changed only by revoking it',
  })
  source: 'recorded' | 'imported' | 'decision';
}

export class PersonEvaluationView {
  @ApiProperty() id: number;
  @ApiProperty() year: number;
  @ApiProperty({ enum: RATINGS, nullable: true, type: String }) rating: Rating | null;
  @ApiProperty({ description: 'A worker or farmer met the province’s criteria for Lao động tiên tiến' })
  workerCriteriaMet: boolean;
}

export class PersonInitiativeView {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: INITIATIVE_KINDS }) kind: InitiativeKind;
  @ApiProperty({ enum: INITIATIVE_SCOPES }) scope: InitiativeScope;
  @ApiProperty({ format: 'date' }) recognizedOn: string;
  @ApiProperty() recognizedBy: string;
}

export class PersonDisciplineView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: DISCIPLINE_LEVELS, nullable: true, type: String }) level: DisciplineLevel | null;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) to: string | null;
  @ApiProperty() pendingInvestigation: boolean;
}

export class PersonDetailView extends PersonView {
  @ApiProperty({ type: PersonPermissionsView }) can: PersonPermissionsView;
  @ApiProperty({ type: [PersonAwardView] }) awards: PersonAwardView[];
  @ApiProperty({ type: [PersonEvaluationView] }) evaluations: PersonEvaluationView[];
  @ApiProperty({ type: [PersonInitiativeView] }) initiatives: PersonInitiativeView[];
  @ApiProperty({ type: [PersonDisciplineView] }) disciplines: PersonDisciplineView[];
}

export class RecordedAwardView {
  @ApiProperty() id: number;
  @ApiProperty() personId: number;
  @ApiProperty() year: number;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty({ nullable: true, type: String }) decisionNumber: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) decidedOn: string | null;
}

export class RecordedEvaluationView {
  @ApiProperty() id: number;
  @ApiProperty() personId: number;
  @ApiProperty() year: number;
  @ApiProperty({ enum: RATINGS, nullable: true, type: String }) rating: Rating | null;
  @ApiProperty() workerCriteriaMet: boolean;
  @ApiPropertyOptional({
    enum: RATINGS,
    nullable: true,
    type: String,
    description: 'On a new rating: the one it replaced for the same year',
  })
  replaced?: Rating | null;
}

export class RecordedInitiativeView extends PersonInitiativeView {
  @ApiProperty() personId: number;
}

export class RecordedDisciplineView extends PersonDisciplineView {
  @ApiProperty() personId: number;
}

export class PeopleImportView {
  @ApiProperty({ description: 'People added' }) imported: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { Year, Optional, NotBlank } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { WorkflowEventBase } from '../workflow/workflow-event.dto.js';
import { ATTACHMENT_KINDS, type AttachmentKind } from './attachment.entity.js';
import { NOMINATION_CATEGORIES, type NominationCategory } from './nomination.entity.js';
import {
  NOMINATION_EVENTS,
  NOMINATION_STATES,
  type NominationEventType,
  type NominationState,
} from './nomination.machine.js';

export class HouseholdDto {
  @ApiProperty({ example: 'Lò Văn Pánh' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  headName: string;

  @ApiProperty({ example: 'Bản Hụm, xã Hua La' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  address: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  communeUnitId: number;
}

export class CreateNominationDto {
  @Year()
  year: number;

  @ApiProperty({ enum: AWARD_TYPE_CODES })
  @IsIn(AWARD_TYPE_CODES)
  awardTypeCode: string;

  @ApiPropertyOptional({ enum: NOMINATION_CATEGORIES, default: 'merit' })
  @Optional()
  @IsIn(NOMINATION_CATEGORIES)
  category?: NominationCategory;

  @ApiProperty()
  @IsInt()
  @Min(1)
  proposingUnitId: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  movementId?: number;

  @ApiProperty({ description: 'The achievements (thành tích)' })
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  achievements: string;

  @ApiPropertyOptional({ description: 'The nominee, for an individual' })
  @Optional()
  @IsInt()
  @Min(1)
  personId?: number;

  @ApiPropertyOptional({ description: 'The nominee, for a collective' })
  @Optional()
  @IsInt()
  @Min(1)
  nomineeUnitId?: number;

  @ApiPropertyOptional({ type: HouseholdDto, description: 'The nominee, for a household' })
  @Optional()
  @ValidateNested()
  @Type(() => HouseholdDto)
  household?: HouseholdDto;
}

/** What can change while the dossier is with its unit (draft or returned). The nominee cannot: withdraw and nominate anew. */
export class UpdateNominationDto {
  @ApiPropertyOptional({ example: 2024 })
  @Optional()
  @IsInt()
  @Min(1945)
  year?: number;

  @ApiPropertyOptional({ enum: AWARD_TYPE_CODES })
  @Optional()
  @IsIn(AWARD_TYPE_CODES)
  awardTypeCode?: string;

  @ApiPropertyOptional({ enum: NOMINATION_CATEGORIES })
  @Optional()
  @IsIn(NOMINATION_CATEGORIES)
  category?: NominationCategory;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  movementId?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  achievements?: string;

  @ApiPropertyOptional({ description: 'The version the client last saw; a stale one answers 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class NominationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOMINATION_STATES })
  @Optional()
  @IsIn(NOMINATION_STATES)
  state?: NominationState;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ enum: AWARD_TYPE_CODES })
  @Optional()
  @IsIn(AWARD_TYPE_CODES)
  awardTypeCode?: string;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  proposingUnitId?: number;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  movementId?: number;
}

export class NominationEventDto extends WorkflowEventBase {
  @ApiProperty({ enum: NOMINATION_EVENTS })
  @IsIn(NOMINATION_EVENTS)
  type: NominationEventType;

  @ApiPropertyOptional({
    description: 'VERIFY only: the board passes failed rules, with a comment saying why (logged)',
  })
  @Optional()
  @IsBoolean()
  override?: boolean;
}

export class AttachmentKindDto {
  @ApiProperty({ enum: ATTACHMENT_KINDS })
  @IsIn(ATTACHMENT_KINDS)
  kind: AttachmentKind;
}

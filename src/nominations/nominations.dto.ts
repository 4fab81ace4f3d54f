import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { Year, Optional, NotBlank } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { WorkflowEventBase } from '../workflow/workflow-event.dto.js';
import { WorkflowActionView } from '../workflow/workflow-views.js';
import { ATTACHMENT_KINDS, type AttachmentKind } from './attachment.entity.js';
import {
  CITATION_MAX_LENGTH,
  NOMINATION_CATEGORIES,
  type NominationCategory,
  type NomineeKind,
} from './nomination.entity.js';
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

/** The citation the certificate prints: short enough that every certificate fits its page. */
function Citation() {
  return applyDecorators(
    ApiPropertyOptional({
      maxLength: CITATION_MAX_LENGTH,
      description:
        'The citation the certificate prints (dòng trích thành tích), apart from the achievements; "" clears it',
    }),
    Optional(),
    IsString(),
    MaxLength(CITATION_MAX_LENGTH, {
      message: `tối đa ${CITATION_MAX_LENGTH} ký tự, để bằng khen vừa một trang / at most ${CITATION_MAX_LENGTH} characters, so that the certificate fits one page`,
    }),
  );
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

  @Citation()
  citation?: string;

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

  @Citation()
  citation?: string;

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

// Answers

export class HouseholdView {
  @ApiProperty() headName: string;
  @ApiProperty() address: string;
  @ApiProperty() communeUnitId: number;
}

export class AcceptLateDto {
  @ApiProperty({ example: 'Đơn vị gửi văn bản giải trình số 12/SNN ngày 20/01/2026' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  reason: string;

  @ApiProperty({ description: 'The version the board read (a stale one → 409)' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DeadlineView {
  @ApiProperty({
    enum: ['return', 'appraisal'],
    description: 'return: 5 working days to return an ineligible dossier; appraisal: 20 to appraise it',
  })
  kind: 'return' | 'appraisal';
  @ApiProperty({ format: 'date', description: 'The last working day of the limit, counted from the last receipt' })
  dueOn: string;
  @ApiProperty({ description: 'Working days left (negative once past)' }) daysLeft: number;
  @ApiProperty() overdue: boolean;
}

export class NominationView {
  @ApiProperty() id: number;
  @ApiProperty() year: number;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty({ enum: NOMINATION_CATEGORIES }) category: NominationCategory;
  @ApiProperty() proposingUnitId: number;
  @ApiProperty({ description: 'The unit whose board and council decide, by the award type’s route' })
  decidingUnitId: number;
  @ApiProperty({ enum: ['individual', 'collective', 'household'] }) nomineeKind: NomineeKind;
  @ApiProperty({ nullable: true, type: Number }) personId: number | null;
  @ApiProperty({ nullable: true, type: Number }) nomineeUnitId: number | null;
  @ApiProperty({ type: HouseholdView, nullable: true }) household: HouseholdView | null;
  @ApiProperty({ nullable: true, type: Number }) movementId: number | null;
  @ApiProperty() achievements: string;
  @ApiProperty({ nullable: true, type: String, description: 'The line the certificate prints' }) citation:
    string | null;
  @ApiProperty({ enum: NOMINATION_STATES }) state: NominationState;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String], description: 'The events the caller may send now' }) allowedEvents: string[];
  @ApiProperty({ type: [WorkflowActionView], description: 'The allowed events as the pages offer them' })
  actions: WorkflowActionView[];
  @ApiProperty({ description: 'The caller may change the dossier now' }) editable: boolean;
  @ApiProperty({
    description: 'Its certificate (or flag) can be printed: the award is decided and comes with more than the decision',
  })
  certificateAvailable: boolean;
  @ApiProperty() nomineeName: string;
  @ApiProperty() proposingUnitName: string;
  @ApiProperty({ description: 'The rule set it is judged under, pinned at its first submission' }) ruleSet: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) submittedOn: string | null;
  @ApiProperty({ enum: ATTACHMENT_KINDS, isArray: true }) requiredDossierParts: AttachmentKind[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({
    type: [DeadlineView],
    description: 'Only on GET /api/nominations/{id}: the limits running while the board has the dossier',
  })
  deadlines?: DeadlineView[];
}

export class RuleViolationView {
  @ApiProperty({ description: 'A stable rule code' }) rule: string;
  @ApiProperty({ description: 'In Vietnamese, with the article it applies' }) message: string;
  @ApiPropertyOptional() messageEn?: string;
}

export class JudgementView {
  @ApiProperty() message: string;
  @ApiProperty() messageEn: string;
}

export class EligibilityView {
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description:
      'true: the award’s own criteria were checked and passed; false: a rule failed; null: no automatic criterion applies, the board judges',
  })
  eligible: boolean | null;
  @ApiPropertyOptional({ type: JudgementView, description: 'When eligible is null: what the board judges' })
  judgement?: JudgementView;
  @ApiProperty() ruleSet: string;
  @ApiProperty({ type: [RuleViolationView] }) violations: RuleViolationView[];
}

export class AttachmentView {
  @ApiProperty() id: number;
  @ApiProperty() nominationId: number;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind: AttachmentKind;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Judged by content, not by name' }) mediaType: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../common/pagination.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DocumentNumber, IsoDate, NotBlank, Optional } from '../common/dto-helpers.js';
import { WorkflowEventBase } from '../workflow/workflow-event.dto.js';
import { WorkflowActionView } from '../workflow/workflow-views.js';
import {
  COUNCIL_SESSION_EVENTS,
  COUNCIL_SESSION_STATES,
  type CouncilSessionEventType,
  type CouncilSessionState,
} from './council-session.machine.js';

export class CreateCouncilDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ example: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn La' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  name: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  memberUserIds: number[];

  @ApiProperty()
  @IsInt()
  chairUserId: number;

  @ApiProperty()
  @IsInt()
  secretaryUserId: number;
}

export class CreateCouncilSessionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  councilId: number;

  @ApiProperty({ example: 'Phiên họp xét khen thưởng tổng kết năm 2024' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  title: string;

  @IsoDate()
  meetingDate: string;

  @ApiPropertyOptional({ example: '14:00', description: 'When the meeting starts (HH:MM), for the minutes' })
  @Optional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'dạng giờ:phút, ví dụ 14:00 / like 14:00' })
  startsAt?: string;

  @ApiPropertyOptional({ example: 'Phòng họp số 1, Ủy ban nhân dân tỉnh', description: 'Where, for the minutes' })
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(300)
  place?: string;

  @DocumentNumber('05/BB-HĐTĐKT', { optional: true })
  minutesNumber?: string;

  @ApiProperty({
    type: [Number],
    description: 'Verified nominations that need this council’s vote; they move to in_council',
  })
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsInt({ each: true })
  nominationIds: number[];
}

export class CouncilSessionEventDto extends WorkflowEventBase {
  @ApiProperty({ enum: COUNCIL_SESSION_EVENTS })
  @IsIn(COUNCIL_SESSION_EVENTS)
  type: CouncilSessionEventType;

  @ApiProperty({ type: [Number], required: false, description: 'OPEN: the members present' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  presentMemberIds?: number[];
}

export const CHOICES = ['approve', 'reject', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

export class VoteDto {
  @ApiProperty()
  @IsInt()
  nominationId: number;

  @ApiProperty({ enum: CHOICES })
  @IsIn(CHOICES)
  choice: Choice;
}

export class BallotDto {
  @ApiProperty({
    type: [VoteDto],
    description: 'One vote per nomination on the agenda the member has not stepped aside from; a missing one → 422',
  })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => VoteDto)
  votes: VoteDto[];
}

export class PaperTallyItemDto {
  @ApiProperty()
  @IsInt()
  nominationId: number;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) approve: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) reject: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) abstain: number;
}

/** The counts of a paper ballot (phiếu giấy), one line per nomination on the agenda. */
export class PaperTallyDto {
  @ApiProperty({ type: [PaperTallyItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PaperTallyItemDto)
  tallies: PaperTallyItemDto[];
}

export class RecusalDto {
  @ApiProperty()
  @IsInt()
  nominationId: number;
}

export class CouncilSessionQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  councilId?: number;

  @ApiPropertyOptional({ enum: COUNCIL_SESSION_STATES })
  @Optional()
  @IsIn(COUNCIL_SESSION_STATES)
  state?: CouncilSessionState;
}

// Answers

export class CouncilSummaryView {
  @ApiProperty() id: number;
  @ApiProperty() unitId: number;
  @ApiProperty() name: string;
  @ApiProperty() chairUserId: number;
  @ApiProperty() secretaryUserId: number;
}

export class CouncilMemberView {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
  @ApiProperty() unitId: number;
}

export class CouncilView extends CouncilSummaryView {
  @ApiProperty({ type: [CouncilMemberView] }) members: CouncilMemberView[];
}

export class CouncilSessionSummaryView {
  @ApiProperty() id: number;
  @ApiProperty() councilId: number;
  @ApiProperty() councilName: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) meetingDate: string;
  @ApiProperty({ enum: COUNCIL_SESSION_STATES }) state: CouncilSessionState;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The session is open and the caller, a member, has not voted yet' })
  awaitingMyVote: boolean;
}

export class SessionMemberView {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Null until the session opens' }) present: boolean | null;
}

export class AgendaItemView {
  @ApiProperty() nominationId: number;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty() proposingUnitId: number;
  @ApiProperty({ description: 'The nomination’s state' }) state: string;
  @ApiProperty({ type: [Number], description: 'Members from the proposing unit, or the nominee' })
  conflictOfInterestMemberIds: number[];
  @ApiProperty({ type: [Number] }) recusedMemberIds: number[];
  @ApiProperty({ description: 'A woman, or a collective ≥ 70 % women: preferred on a tie (Decree 152 Art 4(6))' })
  womenPriority: boolean;
  @ApiProperty() nomineeName: string;
  @ApiProperty() proposingUnitName: string;
  @ApiProperty() recusedByMe: boolean;
  @ApiProperty({ description: 'The caller may step aside from it now' }) canRecuse: boolean;
}

export class CouncilSessionView {
  @ApiProperty() id: number;
  @ApiProperty() councilId: number;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) meetingDate: string;
  @ApiProperty({ nullable: true, type: String, example: '14:00' }) startsAt: string | null;
  @ApiProperty({ nullable: true, type: String }) place: string | null;
  @ApiProperty({ nullable: true, type: String, example: '05/BB-HĐTĐKT' }) minutesNumber: string | null;
  @ApiProperty({ enum: COUNCIL_SESSION_STATES }) state: CouncilSessionState;
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) allowedEvents: string[];
  @ApiProperty({ type: [WorkflowActionView] }) actions: WorkflowActionView[];
  @ApiProperty({ description: 'The caller may cast a ballot now' }) canVote: boolean;
  @ApiProperty({ description: 'The caller (chair or secretary) may enter paper ballots now' })
  canEnterPaperTally: boolean;
  @ApiProperty({ description: 'Members who have not voted yet, while the session is open' }) missingBallots: number;
  @ApiProperty({ description: 'The caller has cast its ballot' }) voted: boolean;
  @ApiProperty({ description: 'The votes are counted' }) closed: boolean;
  @ApiProperty({ type: [SessionMemberView] }) members: SessionMemberView[];
  @ApiProperty({ type: [Number], nullable: true }) presentMemberIds: number[] | null;
  @ApiProperty({ type: [Number], description: 'Who has voted, never how' }) ballotsCastBy: number[];
  @ApiProperty({ description: 'The counts come from paper ballots the secretary entered' }) paperTally: boolean;
  @ApiProperty({ type: [AgendaItemView] }) agenda: AgendaItemView[];
}

export class BallotReceiptView {
  @ApiProperty() sessionId: number;
  @ApiProperty() accepted: boolean;
}

export class SessionResultView {
  @ApiProperty() nominationId: number;
  @ApiProperty() approve: number;
  @ApiProperty() reject: number;
  @ApiProperty() abstain: number;
  @ApiProperty({ description: 'All members of the council' }) members: number;
  @ApiProperty() present: number;
  @ApiProperty({ description: 'approve ÷ all members' }) share: number;
  @ApiProperty() threshold: number;
  @ApiProperty() passed: boolean;
}

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
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsoDate, NotBlank, Optional } from '../common/dto-helpers.js';
import { WorkflowEventBase } from '../workflow/workflow-event.dto.js';
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
  @ApiProperty({ type: [VoteDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => VoteDto)
  votes: VoteDto[];
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

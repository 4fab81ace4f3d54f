import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { AWARD_TYPE_CODES } from '../award-types/catalogue.js';
import { Year, Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';

export class CreateRegistrationDto {
  @Year()
  year: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  movementId?: number;

  @ApiProperty({ enum: AWARD_TYPE_CODES })
  @IsIn(AWARD_TYPE_CODES)
  awardTypeCode: string;

  @ApiPropertyOptional({ description: 'A person registering; omit for a collective' })
  @Optional()
  @IsInt()
  @Min(1)
  personId?: number;

  @ApiPropertyOptional({ description: 'A collective registering; omit for a person' })
  @Optional()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ description: 'What the registrant commits to achieve (bản cam kết)', maxLength: 4000 })
  @Optional()
  @IsString()
  @MaxLength(4000)
  commitment?: string;
}

export class RegistrationQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ description: 'Registrations for one movement' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  movementId?: number;
}

// Answers

export class RegistrationView {
  @ApiProperty() id: number;
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: Number }) movementId: number | null;
  @ApiProperty() awardTypeCode: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The person registering; null for a collective' })
  personId: number | null;
  @ApiProperty({ description: 'The unit registering, or the person’s unit' }) unitId: number;
  @ApiProperty({ description: 'The person’s full name, or the collective’s name' }) name: string;
  @ApiProperty({ nullable: true, type: String }) commitment: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
}

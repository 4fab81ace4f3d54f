import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PageQuery } from '../common/pagination.js';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { IsoDate, NotBlank, Optional } from '../common/dto-helpers.js';

export class CreateDecisionDto {
  @ApiProperty({ example: '123/QĐ-UBND' })
  @IsString()
  @Matches(/^\d{1,6}\/[\p{L}\d.-]+(-[\p{L}\d.]+)*$/u, { message: 'number like "05/QĐ-UBND"' })
  @MaxLength(60)
  number: string;

  @IsoDate()
  signedOn: string;

  @ApiProperty({ example: 'Nguyễn Đình Việt' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  signerName: string;

  @ApiProperty({ example: 'CHỦ TỊCH' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  signerTitle: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  issuingUnitId: number;

  @ApiProperty({ type: [Number], description: 'Approved (or forwarded) nominations, in the order of the annex' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsInt({ each: true })
  nominationIds: number[];
}

export class DecisionQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The year the decision was signed' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  issuingUnitId?: number;

  @ApiPropertyOptional({ description: 'Part of the number or the signer’s name, ignoring case and diacritics' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

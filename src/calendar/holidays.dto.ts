import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsoDate, NotBlank, Optional } from '../common/dto-helpers.js';

export class HolidayQuery {
  @ApiPropertyOptional({ description: 'Only this year’s days' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2200)
  year?: number;
}

export class CreateHolidayDto {
  @IsoDate({ description: 'The day off' })
  date: string;

  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;
}

export class HolidayView {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() name: string;
}

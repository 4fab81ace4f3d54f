import { NotBlank } from '../common/dto-helpers.js';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../access/roles.js';

export class CreateUserDto {
  @ApiProperty({ example: 'nv.snv' })
  @IsString()
  @Matches(/^[a-z0-9._-]{3,100}$/, { message: 'username: 3–100 lowercase letters, digits, ".", "_" or "-"' })
  username: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  displayName: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class UserView {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() unitId: number;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
}

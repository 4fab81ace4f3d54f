import { NotBlank, Optional } from '../common/dto-helpers.js';
import { PageQuery } from '../common/pagination.js';
import { Transform, Type } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '../access/roles.js';

export class CreateUserDto {
  @ApiProperty({ example: 'nv.snv' })
  @IsString()
  @Matches(/^[a-z0-9._-]{3,100}$/, {
    message:
      'từ 3 đến 100 ký tự: chữ thường không dấu, chữ số, ".", "_" hoặc "-" / 3–100 lowercase letters, digits, ".", "_" or "-"',
  })
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

/** A query string's `true` / `false` as a boolean; anything else stays as it is and fails validation. */
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the username or the name, ignoring case and Vietnamese diacritics' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  unitId?: number;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Boolean })
  @Optional()
  @Transform(booleanQuery)
  @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Nguyễn Văn An' })
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ description: 'false: the user is signed out at once and cannot sign in' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

/** One's own e-mail settings for notifications (sent only where the server has SMTP_URL). */
export class NotificationSettingsDto {
  @ApiProperty({ nullable: true, type: String, example: 'vanthu.snn@sonla.gov.vn', description: 'null: no address' })
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'địa chỉ thư điện tử không hợp lệ / not an e-mail address' })
  @MaxLength(254)
  email: string | null;

  @ApiProperty({ description: 'false: notifications stay in the inbox only' })
  @IsBoolean()
  emailNotifications: boolean;
}

export class NotificationSettingsView {
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty() emailNotifications: boolean;
  @ApiProperty({ description: 'Whether this server sends e-mail at all (SMTP_URL)' }) serverSendsEmail: boolean;
}

export class SetPasswordDto {
  @ApiProperty({ minLength: 10, description: 'The user must change it at the next sign-in' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class UserDetailView extends UserView {
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'An administrator set the password: it must be changed before anything else' })
  mustChangePassword: boolean;
  @ApiProperty({ nullable: true, type: String }) lastLoginAt: string | null;
}

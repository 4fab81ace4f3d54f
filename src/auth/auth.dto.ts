import { NotBlank } from '../common/dto-helpers.js';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { UserView } from '../users/users.dto.js';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  username: string;

  @ApiProperty()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  password: string;
}

export class SignedInUser extends UserView {
  @ApiProperty({ description: 'An administrator set the password: change it (POST /api/users/me/password) first' })
  mustChangePassword: boolean;
}

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: SignedInUser }) user: SignedInUser;
}

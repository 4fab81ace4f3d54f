import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError, ErrorCode } from '../common/app-error.js';
import { toUserView, UsersService } from '../users/users.service.js';
import type { LoginDto, LoginResponse } from './auth.dto.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../users/password.js';

@Injectable()
export class AuthService {
  constructor(
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.users.findByUsername(dto.username);
    // Verify against a dummy hash for unknown users so the answer takes as long either way.
    const valid = await verifyPassword(dto.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !user.active || !valid) {
      throw new AppError(
        ErrorCode.Unauthenticated,
        'Tên đăng nhập hoặc mật khẩu không đúng',
        'Wrong username or password',
      );
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, ver: user.credentialsVersion });
    await this.users.recordSignIn(user.id);
    return {
      accessToken,
      expiresIn: this.config.jwt.expiresInSeconds,
      user: { ...toUserView(user), mustChangePassword: user.mustChangePassword },
    };
  }
}

import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with a fresh salt per hash', async () => {
    const first = await hashPassword('mật khẩu đúng');
    const second = await hashPassword('mật khẩu đúng');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    await expect(verifyPassword('mật khẩu đúng', first)).resolves.toBe(true);
    await expect(verifyPassword('mật khẩu sai', first)).resolves.toBe(false);
    await expect(verifyPassword('anything', 'md5$abc')).resolves.toBe(false);
  });
});

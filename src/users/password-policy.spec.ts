import { describe, expect, it } from '@jest/globals';
import { weakPasswordViolations } from './password-policy.js';

describe('password policy', () => {
  it('accepts a long password that is neither the username nor a common one', () => {
    expect(weakPasswordViolations('Hoa-sen-nở-2026', 'nv.snv')).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting Vietnamese letters as one each', () => {
    expect(weakPasswordViolations('Sơn-La-24', 'nv.snv')).toEqual([expect.objectContaining({ rule: 'password.weak' })]);
    expect(weakPasswordViolations('Sơn-La-2024', 'nv.snv')).toEqual([]);
  });

  it('refuses the username, in any case, and a common password', () => {
    expect(weakPasswordViolations('Nguyen.Van.An', 'nguyen.van.an')[0].message).toContain('khác tên đăng nhập');
    expect(weakPasswordViolations('Matkhau123', 'nv.snv')[0].message).toContain('phổ biến');
  });
});

import type { RuleViolation } from '../common/app-error.js';

/** Passwords people pick first (international lists and their Vietnamese counterparts), refused whatever their length. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1111111111',
  '0000000000',
  '1234512345',
  '1q2w3e4r5t',
  'qwertyuiop',
  'asdfghjkl1',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  'abc1234567',
  'abcd123456',
  'admin12345',
  'admin@1234',
  'administrator',
  'matkhau123',
  'matkhau1234',
  'matkhaumoi',
  'anhyeuem123',
  'emyeuanh123',
  'vietnam123',
  'vietnam1234',
  'hanoi12345',
  'saigon1234',
  'khongbiet1',
]);

export const PASSWORD_MIN_LENGTH = 10;

/** Why a new password is refused (rule `password.weak`), or nothing when it is acceptable. */
export function weakPasswordViolations(password: string, username: string): RuleViolation[] {
  const reasons: [vi: string, en: string][] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    reasons.push([`có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`, `have at least ${PASSWORD_MIN_LENGTH} characters`]);
  }
  if (password.trim().toLowerCase() === username.toLowerCase()) {
    reasons.push(['khác tên đăng nhập', 'differ from the username']);
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    reasons.push(['không phải mật khẩu phổ biến, dễ đoán', 'not be a common, easily guessed password']);
  }
  if (reasons.length === 0) return [];
  return [
    {
      rule: 'password.weak',
      message: `Mật khẩu mới chưa đủ an toàn: mật khẩu phải ${reasons.map(([vi]) => vi).join(', ')}.`,
      messageEn: `The new password is not safe enough: it must ${reasons.map(([, en]) => en).join(', ')}.`,
    },
  ];
}

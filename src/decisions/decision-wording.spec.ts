import { describe, expect, it } from '@jest/globals';
import { articleOne, articleThree, decisionSubject, recipientCounts, signatureBlock } from './decision-wording.js';

const bangKhen = { awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'form' as const };
const cstd = { awardName: 'Chiến sĩ thi đua cấp tỉnh', kind: 'title' as const };

describe('the wording of a decision (Decree 30/2020)', () => {
  it('names the form in the subject, and a title as a title', () => {
    expect(decisionSubject([{ ...bangKhen, nomineeKind: 'individual' }])).toBe(
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(decisionSubject([{ ...cstd, nomineeKind: 'individual' }])).toBe(
      'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
    );
    expect(
      decisionSubject([
        { ...cstd, nomineeKind: 'individual' },
        { ...bangKhen, nomineeKind: 'collective' },
      ]),
    ).toBe('Về việc tặng danh hiệu thi đua và hình thức khen thưởng');
  });

  it('counts each form’s recipients in Article 1: one individual and one collective, not "2 cá nhân, tập thể, hộ gia đình"', () => {
    expect(recipientCounts([{ nomineeKind: 'individual' }, { nomineeKind: 'collective' }])).toBe(
      '1 cá nhân và 1 tập thể',
    );
    expect(
      articleOne([
        { ...bangKhen, nomineeKind: 'individual' },
        { ...bangKhen, nomineeKind: 'collective' },
        { ...cstd, nomineeKind: 'individual' },
      ]),
    ).toEqual([
      'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân và 1 tập thể có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc.',
      'Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 1 cá nhân có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc.',
    ]);
  });

  it('signs by the head’s own authority: CHỦ TỊCH, or KT. CHỦ TỊCH over PHÓ CHỦ TỊCH; a director likewise', () => {
    expect(signatureBlock('province', 'Chủ tịch')).toEqual({ lead: '', title: 'CHỦ TỊCH' });
    expect(signatureBlock('province', 'Phó Chủ tịch')).toEqual({ lead: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' });
    expect(signatureBlock('department', 'PHÓ GIÁM ĐỐC')).toEqual({ lead: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC' });
  });

  it('names who carries it out by the issuing unit: the provincial offices only for the province', () => {
    expect(articleThree('province', 'Ủy ban nhân dân tỉnh Sơn La')).toContain('Giám đốc Sở Nội vụ');
    expect(articleThree('department', 'Sở Y tế')).toContain('Chánh Văn phòng Sở Y tế');
    expect(articleThree('department', 'Sở Y tế')).not.toContain('Sở Nội vụ');
    expect(articleThree('commune', 'Xã Hua La')).toContain('Ủy ban nhân dân xã Hua La');
  });
});

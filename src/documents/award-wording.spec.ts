import { describe, expect, it } from '@jest/globals';
import {
  articleOne,
  articleThree,
  decisionSubject,
  legalBases,
  proposalRequests,
  recipientCounts,
  sectionsByNominee,
  signatureBlock,
} from './award-wording.js';

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

  it('cites laws by name and date, decrees with date and title, the regulation, then the Tờ trình; the last line ends "."', () => {
    const bases = legalBases({
      issuingKind: 'province',
      issuingName: 'Tỉnh Sơn La',
      signedOn: '2025-08-04',
      decrees: [{ number: '152/2025/NĐ-CP', signedOn: '2025-06-14', title: 'quy định chi tiết' }],
      provincialRegulation: 'Quyết định số 10/2024/QĐ-UBND ngày 20 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh;',
      proposedBy: 'Giám đốc Sở Nội vụ',
      proposal: { number: '12/TTr-SNV', date: '2025-08-01' },
    });
    expect(bases).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết;',
      'Căn cứ Quyết định số 10/2024/QĐ-UBND ngày 20 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh;',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01 tháng 8 năm 2025.',
    ]);
    const early = legalBases({
      issuingKind: 'department',
      issuingName: 'Sở Y tế',
      signedOn: '2024-03-01',
      decrees: [],
      proposedBy: 'Hội đồng Thi đua - Khen thưởng',
    });
    expect(early[0]).toBe('Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Y tế;');
    expect(early.at(-1)).toBe('Xét đề nghị của Hội đồng Thi đua - Khen thưởng.');
  });

  it('a Tờ trình asks for each form with its counts; lists number their sections I, II … without gaps', () => {
    const awards = [
      { ...bangKhen, nomineeKind: 'individual' as const },
      { ...bangKhen, nomineeKind: 'household' as const },
      { ...cstd, nomineeKind: 'individual' as const },
    ];
    expect(decisionSubject(awards.slice(0, 1), true)).toBe(
      'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(proposalRequests(awards)).toEqual([
      '- Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân và 1 hộ gia đình;',
      '- Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 1 cá nhân.',
    ]);
    const sections = sectionsByNominee([
      { kind: 'household' as const, name: 'Hộ ông (bà) Cầm Văn Sơn' },
      { kind: 'individual' as const, name: 'Lò Thị Mai' },
      { kind: 'household' as const, name: 'Hộ ông (bà) Lò Văn Ún' },
    ]);
    expect(sections.map((section) => [section.title, section.rows.map((row) => row.ordinal)])).toEqual([
      ['I. Cá nhân', [1]],
      ['II. Hộ gia đình', [1, 2]],
    ]);
  });
});

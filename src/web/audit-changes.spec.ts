import { describe, expect, it } from '@jest/globals';
import { changeLines } from './audit-changes.js';

describe('the audit log as a clerk reads it', () => {
  it('names fields and coded values by their labels, in the page’s language', () => {
    const changes = { rating: { from: 'good', to: 'excellent' }, active: { from: true, to: false } };
    expect(changeLines(changes, 'vi')).toEqual([
      'Xếp loại: Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ',
      'Đang hoạt động: Có → Không',
    ]);
    expect(changeLines(changes, 'en')).toEqual(['Rating: Good → Excellent', 'Active: Yes → No']);
  });

  it('names roles, award types and a removed record’s fields, and keeps a field it does not know as stored', () => {
    expect(
      changeLines(
        {
          roles: { from: ['submitter'], to: ['submitter', 'board'] },
          removed: { year: 2024, awardTypeCode: 'lao_dong_tien_tien', recordedAt: '2026-01-01T00:00:00Z' },
          effectiveOn: '2025-07-01',
          somethingNew: 'x',
        },
        'vi',
      ),
    ).toEqual([
      expect.stringMatching(/^Vai trò: .+ → .+, .+$/),
      'Bản ghi đã xóa: Năm: 2024; Hình thức, danh hiệu: Lao động tiên tiến',
      'Có hiệu lực từ: 01/07/2025',
      'somethingNew: x',
    ]);
  });
});

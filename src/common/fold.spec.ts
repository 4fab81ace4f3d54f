import { describe, expect, it } from '@jest/globals';
import { foldForSearch } from './fold.js';

describe('foldForSearch', () => {
  it('drops case, tone and vowel marks, and writes đ as d', () => {
    expect(foldForSearch('Lò Văn An')).toBe('lo van an');
    expect(foldForSearch('ĐỖ THỊ HƯƠNG')).toBe('do thi huong');
    expect(foldForSearch('  Nguyễn   Thị  Hoa ')).toBe('nguyen thi hoa');
  });

  it('folds text written with combining marks the same as precomposed text', () => {
    expect(foldForSearch('Nguye\u0302\u0303n')).toBe(foldForSearch('Nguyễn'));
  });
});

import { describe, expect, it } from '@jest/globals';
import { provinceNames, vietnameseDate, vietnameseNumber, vietnamesePercent } from './format.js';

describe('Vietnamese document formatting (Decree 30/2020)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(vietnameseDate('2024-01-03')).toBe('ngày 03 tháng 01 năm 2024');
    expect(vietnameseDate('2024-02-15')).toBe('ngày 15 tháng 02 năm 2024');
    expect(vietnameseDate('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
    expect(vietnameseDate('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('writes thousands with dots and decimals with commas', () => {
    expect(vietnameseNumber(2340000)).toBe('2.340.000');
    expect(vietnameseNumber(7.5)).toBe('7,5');
    expect(vietnamesePercent(0.9286)).toBe('92,9%');
    expect(vietnameseNumber(null)).toBe('—');
  });
});

describe('province names on documents', () => {
  it('reads the issuing body and the place from the root unit, however it is named', () => {
    expect(provinceNames('Tỉnh Sơn La')).toEqual({ body: 'Ủy ban nhân dân tỉnh Sơn La', place: 'Sơn La' });
    expect(provinceNames('Ủy ban nhân dân tỉnh Sơn La')).toEqual({
      body: 'Ủy ban nhân dân tỉnh Sơn La',
      place: 'Sơn La',
    });
    expect(provinceNames('Thành phố Hà Nội')).toEqual({ body: 'Ủy ban nhân dân thành phố Hà Nội', place: 'Hà Nội' });
  });
});

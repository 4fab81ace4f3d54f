import { describe, expect, it } from '@jest/globals';
import {
  certificateItemName,
  conferringOfficial,
  provinceNames,
  vietnameseDate,
  vietnameseNumber,
  vietnamesePercent,
} from './format.js';

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

describe('the official competent to confer, on the certificate (Law Arts 79–80)', () => {
  const province = 'Ủy ban nhân dân tỉnh Sơn La';

  it('names the chairman of the province, whoever signed (a vice-chairman signs for him)', () => {
    expect(conferringOfficial({ kind: 'province', name: 'Tỉnh Sơn La' }, province)).toBe(
      'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
    );
  });

  it('names the commune chairman, the department director, the head of an agency, or the higher body', () => {
    expect(conferringOfficial({ kind: 'commune', name: 'Xã Hua La' }, province)).toBe(
      'Chủ tịch Ủy ban nhân dân xã Hua La',
    );
    expect(conferringOfficial({ kind: 'department', name: 'Sở Nội vụ' }, province)).toBe('Giám đốc Sở Nội vụ');
    expect(conferringOfficial({ kind: 'agency', name: 'Trường Cao đẳng Sơn La' }, province)).toBe(
      'Thủ trưởng Trường Cao đẳng Sơn La',
    );
    expect(conferringOfficial({ kind: 'province', name: 'Tỉnh Sơn La' }, province, 'Thủ tướng Chính phủ')).toBe(
      'Thủ tướng Chính phủ',
    );
  });
});

describe('the item a certificate names (Decree 98 Art 104 model)', () => {
  it('prints a form as its item alone, the official being named above it, and a title whole', () => {
    expect(certificateItemName('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'form')).toBe('Bằng khen');
    expect(certificateItemName('Giấy khen', 'form')).toBe('Giấy khen');
    expect(certificateItemName('Chiến sĩ thi đua cấp tỉnh', 'title')).toBe('Chiến sĩ thi đua cấp tỉnh');
  });
});

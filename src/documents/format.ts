import { AppError } from '../common/app-error.js';
/** Vietnamese formatting for official documents (Decree 30/2020 conventions). */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The date line of a document: "Sơn La, ngày 03 tháng 01 năm 2024". Decree 30/2020: days below 10 and months 1 and 2 take a
 * leading zero (so "tháng 01", "tháng 02", but "tháng 3").
 */
export function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : String(month)} năm ${year}`;
}

/** 2340000 → "2.340.000"; 0.9286 → "0,9286" (Vietnamese separators). */
export function vietnameseNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(
    'vi-VN',
    fractionDigits === undefined
      ? { maximumFractionDigits: 4 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  ).format(value);
}

/** A change between two years: 3 → "+3", -2 → "−2", 0 → "0". */
export function vietnameseSigned(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value > 0) return `+${vietnameseNumber(value)}`;
  return value < 0 ? `−${vietnameseNumber(-value)}` : '0';
}

/** 0.9286 → "92,9%". */
export function vietnamesePercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${vietnameseNumber(share * 100, 1)}%`;
}

/**
 * The names a document needs from the root unit's name: the issuing body ("Ủy ban nhân dân tỉnh Sơn La") and the place of
 * the date line ("Sơn La"), whether the unit is called "Tỉnh Sơn La" or "Ủy ban nhân dân tỉnh Sơn La".
 */
export function provinceNames(rootName: string): { body: string; place: string } {
  const province = rootName.replace(/^Ủy ban nhân dân\s+/i, '').trim();
  if (!province.replace(/^(tỉnh|thành phố)(\s+|$)/i, '').trim()) {
    // The first run's placeholder ("Ủy ban nhân dân tỉnh"): a document would print "Tỉnh, ngày …".
    throw AppError.rules([
      {
        rule: 'province.name',
        message: `Tỉnh chưa có tên ("${rootName}"): quản trị viên hãy đặt tên tỉnh (Quản trị → Đơn vị) trước khi in văn bản.`,
        messageEn: `The province has no name yet ("${rootName}"): an administrator names it (Administration → Units) before documents are printed.`,
      },
    ]);
  }
  const place = province.replace(/^(tỉnh|thành phố)\s+/i, '').trim() || province;
  const lowered = province.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố');
  return { body: `Ủy ban nhân dân ${lowered}`, place: place.charAt(0).toUpperCase() + place.slice(1) };
}

/**
 * The official competent to confer, as the certificate names it (domain.md, "Who may confer"): the chairman of the
 * province or of a commune (district, before 2025-07-01), the director of a department or an enterprise, the head of
 * another agency; for a decision taken above the province, the body that signed it. Never the signer's own title (a
 * vice-chairman signs "KT. CHỦ TỊCH", for the chairman).
 */
export function conferringOfficial(
  issuing: { kind: string; name: string },
  provinceBody: string,
  higherAuthority?: string | null,
): string {
  if (higherAuthority) return higherAuthority;
  const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
  switch (issuing.kind) {
    case 'province':
      return `Chủ tịch ${provinceBody}`;
    case 'commune':
    case 'district':
      return `Chủ tịch Ủy ban nhân dân ${lower(issuing.name)}`;
    case 'department':
    case 'enterprise':
      return `Giám đốc ${issuing.name}`;
    default:
      return `Thủ trưởng ${issuing.name}`;
  }
}

/**
 * The issuing body as Decree 30/2020 sets it in the header: "Ủy ban nhân dân tỉnh Sơn La" on two lines ("ỦY BAN NHÂN
 * DÂN" / "TỈNH SƠN LA"), so that a name never breaks inside itself; any other name on one line.
 */
export function issuerLines(name: string): string[] {
  const committee = /^(Ủy ban nhân dân)\s+(.+)$/i.exec(name.trim());
  return committee ? [committee[1], committee[2]] : [name.trim()];
}

/**
 * The body above the issuer, as Decree 30/2020 lets the header abbreviate it: "Ủy ban nhân dân tỉnh Sơn La" → "UBND TỈNH
 * SƠN LA", which fits one line over "SỞ NỘI VỤ".
 */
export function parentBodyLine(name: string): string {
  return name
    .trim()
    .replace(/^Ủy ban nhân dân\s+/i, 'UBND ')
    .toLocaleUpperCase('vi');
}

/**
 * The item a certificate names, alone in red under "TẶNG": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" is a "Bằng khen"
 * (the conferring official is already named above it); a title keeps its whole name.
 */
export function certificateItemName(awardName: string, kind: 'title' | 'form'): string {
  return kind === 'form' ? awardName.split(/\s+của\s+/)[0] : awardName;
}

/**
 * The line a certificate prints under the nominee: the nomination's own citation, or the standard line for its year. Never
 * the achievements summary, which may run to pages.
 */
export function certificateCitation(nomination: { citation: string | null; year: number }): string {
  return nomination.citation?.trim() || `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${nomination.year}`;
}

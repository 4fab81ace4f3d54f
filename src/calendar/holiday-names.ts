/**
 * The name of a shipped holiday, from its date: the calendar's first fill names each day so that the administrator's
 * page reads as the government's announcements do. Days moved or added in lieu are "Nghỉ bù".
 */
export function shippedHolidayName(date: string): string {
  const monthDay = date.slice(5);
  if (monthDay === '01-01') return 'Tết Dương lịch';
  if (monthDay === '04-30') return 'Ngày Chiến thắng (30/4)';
  if (monthDay === '05-01') return 'Ngày Quốc tế Lao động (1/5)';
  if (monthDay === '09-02' || monthDay === '09-01' || monthDay === '09-03') return 'Quốc khánh (2/9)';
  if (monthDay < '03-01') return 'Tết Nguyên đán';
  if (monthDay < '04-25' || HUNG_KINGS.has(date)) return 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
  return 'Nghỉ bù';
}

/** Hùng Kings' days late in April (the lunar date moves), and the weekday given in its lieu. */
const HUNG_KINGS = new Set(['2026-04-27']);

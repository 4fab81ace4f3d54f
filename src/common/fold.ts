/**
 * Folds Vietnamese text for searching: lower case, no tone or vowel marks, đ as d ("Lò Văn Đức" → "lo van duc").
 * Unicode's canonical decomposition (NFD) separates every mark from its letter; đ has no decomposition of its own.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

import { describe, expect, it } from '@jest/globals';
import { filtersOf, pageNumber, pager } from './web-forms.js';

describe('list pages', () => {
  it('links the neighbouring pages with the list’s filters, leaving out empty ones', () => {
    const links = pager(
      '/decisions',
      { year: 2024, q: 'nguyễn', issuingUnitId: undefined },
      {
        page: 2,
        pageSize: 50,
        total: 120,
      },
    );
    expect(links).toEqual({
      page: 2,
      pages: 3,
      previous: '/decisions?year=2024&q=nguy%E1%BB%85n&page=1',
      next: '/decisions?year=2024&q=nguy%E1%BB%85n&page=3',
    });
  });

  it('offers no next page on the last one, and one page for an empty list', () => {
    expect(pager('/people', {}, { page: 3, pageSize: 50, total: 120 }).next).toBeUndefined();
    expect(pager('/people', {}, { page: 1, pageSize: 50, total: 0 })).toEqual({ page: 1, pages: 1 });
  });

  it('reads the page asked for, and the first one for anything else', () => {
    expect(pageNumber('4')).toBe(4);
    expect(pageNumber('0')).toBe(1);
    expect(pageNumber('abc')).toBe(1);
    expect(pageNumber(undefined)).toBe(1);
  });

  it('keeps only the filters a list knows, so a notice in the address is not refused', () => {
    expect(filtersOf({ year: '2024', notice: 'notice.saved', q: '' }, ['year', 'q'])).toEqual({ year: '2024' });
  });
});

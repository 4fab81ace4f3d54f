/** A submitted form's fields as Fastify parses them: strings, or arrays of strings for repeated fields. */
export type Form = Record<string, unknown>;

/** Form fields arrive as strings: whole numbers in `numeric` become numbers, empty fields and the CSRF token are left out. */
export function formValues(form: Form, numeric: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key === '_csrf' || value === '' || value === undefined) continue;
    values[key] = numeric.includes(key) && typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  return values;
}

/** A list's filters from its address: only the named ones, so that a notice or a stray parameter is not refused. */
export function filtersOf(query: Form, names: string[]): Record<string, unknown> {
  const values = formValues(query, []);
  return Object.fromEntries(names.filter((name) => name in values).map((name) => [name, values[name]]));
}

/** A repeated field (checkboxes) arrives as nothing, one string or an array of strings: always a list here. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** A repeated field of record ids, as positive whole numbers. */
export function idsOf(value: unknown): number[] {
  return listOf(value)
    .map((item) => Number(item))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** The page of a list the address asks for: a whole number from 1, anything else the first. */
export function pageNumber(page: unknown): number {
  return Math.max(1, Number.parseInt(typeof page === 'string' ? page : '1', 10) || 1);
}

/** Where a list's neighbouring pages are, for the pager partial. */
export interface Pager {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
}

/** Links to the previous and next pages of a list at `path`, keeping its filters (empty ones left out). */
export function pager(
  path: string,
  filters: Record<string, unknown>,
  list: { page: number; pageSize: number; total: number },
): Pager {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const address = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    params.set('page', String(page));
    return `${path}?${params.toString()}`;
  };
  return {
    page: list.page,
    pages,
    previous: list.page > 1 ? address(Math.min(list.page - 1, pages)) : undefined,
    next: list.page < pages ? address(list.page + 1) : undefined,
  };
}

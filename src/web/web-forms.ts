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

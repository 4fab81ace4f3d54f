/** One field's change, as the audit log keeps it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** The fields of `after` whose value differs from `before`, each as it was and as it becomes (absent counts as null). */
export function fieldChanges(before: object, after: object): Record<string, FieldChange> {
  const old = before as Record<string, unknown>;
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    if (JSON.stringify(old[field] ?? null) !== JSON.stringify(value ?? null)) {
      changes[field] = { from: old[field] ?? null, to: value ?? null };
    }
  }
  return changes;
}

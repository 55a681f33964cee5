/** The before/after state of one audit entry, ready to show as preformatted text. */
export interface AuditChange {
  /** Pretty-printed JSON, or null when there was no state before (e.g. a creation). */
  readonly before: string | null;
  /** Pretty-printed JSON, or null when there is no state after (e.g. a logout). */
  readonly after: string | null;
  /** Top-level keys whose values differ, when both states are objects; otherwise empty. */
  readonly changedKeys: readonly string[];
}

/** Formats the `before`/`after` JSON of an audit entry and names the keys that changed. */
export function formatAuditChange(before: unknown, after: unknown): AuditChange {
  return {
    before: formatJson(before),
    after: formatJson(after),
    changedKeys: isPlainObject(before) && isPlainObject(after) ? changedKeys(before, after) : [],
  };
}

function formatJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

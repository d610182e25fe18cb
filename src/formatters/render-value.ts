/** How an absent value (a field added or removed) is shown in text formats. */
const ABSENT = '(absent)';

/**
 * Shows a value of a plan as compact JSON, so strings keep their quotes and `null` is told
 * apart from an absent field. JSON escapes control characters, so the result is one line.
 */
export function renderValue(value: unknown): string {
  if (value === undefined) return ABSENT;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Only non-JSON input (a cycle, a BigInt) lands here; plans come from parsed files.
    return String(value);
  }
}

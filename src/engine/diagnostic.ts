/** How bad a finding is: errors make a flow invalid, warnings only inform. */
export type Severity = 'error' | 'warning';

/**
 * The one finding shape used everywhere: the API's 422 `details` entry (`field`, `message`)
 * plus `severity` and a stable `rule` id, and a source position once a file is known.
 */
export interface Diagnostic {
  /** Dot path with numeric indexes (`documents.documentTypes.0.country`); `""` for the whole value. */
  field: string;
  message: string;
  severity: Severity;
  /** Stable identifier of the rule, shared by docs, SARIF and suppressions. */
  rule: string;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

/** What every validation returns; `valid` is false exactly when `errors` is non-empty. */
export interface ValidationResult {
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Builds a diagnostic with its keys in the documented order. */
export function diagnostic(field: string, message: string, rule: string, severity: Severity = 'error'): Diagnostic {
  return { field, message, severity, rule };
}

/** Builds a result whose `valid` flag is derived from its errors, never set on its own. */
export function resultOf(errors: Diagnostic[], warnings: Diagnostic[]): ValidationResult {
  return { valid: errors.length === 0, errors, warnings };
}

/**
 * Drops repeats of one finding (the patch check and the flow check both see a value that
 * landed), keeping the first. Same rule and field with another message is another finding:
 * a non-object baseline and a non-object patch are both reported at field "".
 */
export function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  // Nothing to compare (most files, most flows): the same answer without a set and a copy.
  if (diagnostics.length < 2) return diagnostics.slice();
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}\u0000${d.rule}\u0000${d.field}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

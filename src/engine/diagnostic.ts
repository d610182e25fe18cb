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
  /** Where the text the finding names ends: 1-based, like `line`. */
  endLine?: number;
  /** 1-based, exclusive: the column just past the text the finding names. */
  endColumn?: number;
  /** Other places in the same file that explain it (the first of a key written twice). */
  related?: RelatedPlace[];
}

/** A place in the same file that explains a finding, with what it is. */
export interface RelatedPlace {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
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

/** What makes two findings one: dedupeDiagnostics and DistinctDiagnostics compare by it. */
function identity(d: Diagnostic): string {
  return `${d.severity}\u0000${d.rule}\u0000${d.field}\u0000${d.message}`;
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
    const key = identity(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Findings collected one at a time as {@link dedupeDiagnostics} keeps them (repeats dropped, the
 * first kept, in order), up to `max` of them: a caller that lists only the first few can stop
 * producing the rest once {@link DistinctDiagnostics.add} says so.
 */
export class DistinctDiagnostics {
  /** The findings kept, at most `max`. */
  readonly items: Diagnostic[] = [];
  /** True once a new finding past `max` was offered: there are more than `items` holds. */
  overflowed = false;
  readonly #max: number;
  #seen: Set<string> | undefined;

  constructor(max = Number.POSITIVE_INFINITY) {
    this.#max = max;
  }

  /** Keeps `d` unless it repeats one kept; false once past `max`, when offering more is wasted work. */
  add(d: Diagnostic): boolean {
    if (this.overflowed) return false;
    const key = identity(d);
    this.#seen ??= new Set();
    if (this.#seen.has(key)) return true;
    if (this.items.length >= this.#max) {
      this.overflowed = true;
      return false;
    }
    this.#seen.add(key);
    this.items.push(d);
    return true;
  }
}

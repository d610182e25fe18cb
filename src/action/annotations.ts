import type { Diagnostic } from '../engine/diagnostic.js';
import { placeRange } from '../formatters/locations.js';
import type { ValidateReport } from '../reports/types.js';

/** GitHub shows at most 10 annotations of each kind per step (and 50 per job). */
const ANNOTATIONS_PER_KIND = 10;

/** Which diagnostics to annotate, most important first, and how many are left out. */
export interface AnnotationPick {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  hiddenErrors: number;
  hiddenWarnings: number;
}

/**
 * Picks the diagnostics worth an annotation within GitHub's limits: errors of the files' own
 * lines before those found in bases, spread across files (one per file first) so that one
 * broken file cannot hide the others. Pure.
 */
export function pickAnnotations(report: ValidateReport, limit = ANNOTATIONS_PER_KIND): AnnotationPick {
  const pick = (severity: 'errors' | 'warnings') => {
    const all = report.files.flatMap((file) =>
      file[severity].map((d, index) => ({ d: { ...d, file: d.file ?? file.path }, index, full: d.file === undefined || d.file === file.path })),
    );
    // A base's finding is told in full by one file and referred to by the others that extend
    // it (tellBaseFindingsOnce): annotated once, in full, at its place.
    const unique = new Map<string, { d: Diagnostic; index: number; full: boolean }>();
    for (const entry of all) {
      const key = `${entry.d.file}:${entry.d.line}:${entry.d.column}:${entry.d.rule}:${entry.d.field}`;
      const known = unique.get(key);
      if (!known || (entry.full && !known.full)) unique.set(key, entry);
    }
    const ordered = [...unique.values()].sort((a, b) => a.index - b.index).map((e) => e.d);
    return { chosen: ordered.slice(0, limit), hidden: Math.max(0, ordered.length - limit) };
  };
  const errors = pick('errors');
  const warnings = pick('warnings');
  return { errors: errors.chosen, warnings: warnings.chosen, hiddenErrors: errors.hidden, hiddenWarnings: warnings.hidden };
}

/** What `core.error` and `core.warning` are given for a finding: its file and range, and a title. */
export interface AnnotationProperties {
  title: string;
  file?: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** A finding's annotation properties: its start (line 1 when unknown) and, when known, its end. */
export function annotationProperties(d: Diagnostic): AnnotationProperties {
  const range = placeRange(d);
  return {
    title: `flowkeeper: ${d.rule}`,
    ...(d.file === undefined ? {} : { file: d.file }),
    startLine: range?.line ?? 1,
    ...(range?.endLine === undefined ? {} : { endLine: range.endLine }),
    ...(range === undefined ? { startColumn: 1 } : range.column === undefined ? {} : { startColumn: range.column }),
    ...(range?.endColumn === undefined ? {} : { endColumn: range.endColumn }),
  };
}

import type { Diagnostic } from '../engine/diagnostic.js';
import { compareText } from '../reports/order.js';
import type { FileResult } from '../reports/types.js';

/** A repository-relative path with `/` separators and no leading `./`, as annotations expect. */
export function repoPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * The file a diagnostic is in: its own `file` when set (an error found in a base file that this
 * file extends), else the file whose result lists it.
 */
export function diagnosticFile(result: FileResult, diagnostic: Diagnostic): string {
  return repoPath(diagnostic.file ?? result.path);
}

/** A line or column only when it is a usable 1-based position. */
export function position(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/**
 * Every diagnostic of a file in reading order: `extends` errors first, then its own file, then bases, each by line and
 * column (a stable sort keeps the engine's order among equals, errors before warnings).
 */
export function diagnosticsOf(result: FileResult): Diagnostic[] {
  const own = repoPath(result.path);
  const rank = (d: Diagnostic) => (diagnosticFile(result, d) === own ? 0 : 1);
  return [...result.errors, ...result.warnings].sort(
    (a, b) =>
      // A broken chain of bases first: the flow is not judged past it.
      Number(a.rule !== 'extends') - Number(b.rule !== 'extends') ||
      rank(a) - rank(b) ||
      compareText(diagnosticFile(result, a), diagnosticFile(result, b)) ||
      (position(a.line) ?? 0) - (position(b.line) ?? 0) ||
      (position(a.column) ?? 0) - (position(b.column) ?? 0),
  );
}

/** A finding's place as a range: its start, and its end when known and not before the start. */
export interface PlaceRange {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The usable range of a finding, or undefined without a line. Columns only on one line: GitHub
 * ignores them on an annotation over several lines, and an end column needs a start column.
 */
export function placeRange(d: { line?: number; column?: number; endLine?: number; endColumn?: number }): PlaceRange | undefined {
  const line = position(d.line);
  if (line === undefined) return undefined;
  const column = position(d.column);
  const endLine = position(d.endLine);
  if (endLine === undefined || endLine < line) return { line, ...(column === undefined ? {} : { column }) };
  const endColumn = position(d.endColumn);
  const withEnd = endLine === line && column !== undefined && endColumn !== undefined && endColumn > column ? { endColumn } : {};
  return { line, ...(column === undefined ? {} : { column }), endLine, ...(column === undefined ? {} : withEnd) };
}

/**
 * Which findings of a report to show once where each is one annotation or result (GitHub, SARIF):
 * a base's finding, told in full by one file and referred to by the others that extend the base,
 * is kept where it is told in full (its own file's result, else the first that lists it).
 */
export function toldOnce(files: readonly FileResult[]): (file: FileResult, d: Diagnostic) => boolean {
  const place = (file: FileResult, d: Diagnostic) => `${d.severity}\u0000${diagnosticFile(file, d)}\u0000${d.line}\u0000${d.column}\u0000${d.rule}\u0000${d.field}`;
  const own = (file: FileResult, d: Diagnostic) => diagnosticFile(file, d) === repoPath(file.path);
  const owner = new Map<string, FileResult>();
  for (const file of files) for (const d of [...file.errors, ...file.warnings]) if (own(file, d)) owner.set(place(file, d), file);
  for (const file of files) for (const d of [...file.errors, ...file.warnings]) if (!owner.has(place(file, d))) owner.set(place(file, d), file);
  return (file, d) => owner.get(place(file, d)) === file;
}

import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult, ValidateSummary } from './types.js';

/**
 * Findings by place (file, line, column, rule, field): a base's finding, listed in full by one
 * file and referred to by the others that extend the base, counts once. A file's own findings
 * count as listed (they are distinct already).
 */
function distinct(files: readonly FileResult[], pick: (file: FileResult) => readonly Diagnostic[]): number {
  const place = (d: Diagnostic, path: string) => `${d.file ?? path}\u0000${d.line ?? 0}\u0000${d.column ?? 0}\u0000${d.rule}\u0000${d.field}`;
  const own = (d: Diagnostic, path: string) => d.file === undefined || d.file === path;
  const told = new Set<string>();
  let count = 0;
  for (const file of files) {
    for (const d of pick(file)) {
      if (!own(d, file.path)) continue;
      count++;
      told.add(place(d, file.path));
    }
  }
  for (const file of files) {
    for (const d of pick(file)) {
      const at = place(d, file.path);
      if (own(d, file.path) || told.has(at)) continue;
      count++;
      told.add(at);
    }
  }
  return count;
}

/** Counts over the files a report lists: how many, valid and invalid, errors and warnings. */
export function countFiles(files: readonly FileResult[]): ValidateSummary {
  const valid = files.filter((file) => file.valid).length;
  return {
    files: files.length,
    valid,
    invalid: files.length - valid,
    errors: distinct(files, (file) => file.errors),
    warnings: distinct(files, (file) => file.warnings),
  };
}

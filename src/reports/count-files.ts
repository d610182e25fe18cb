import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult, ValidateSummary } from './types.js';

/** Findings by place (file, line, column, rule, field): a base's finding listed by several files counts once. */
function distinct(files: readonly FileResult[], pick: (file: FileResult) => readonly Diagnostic[]): number {
  const places = new Set<string>();
  for (const file of files) {
    for (const d of pick(file)) places.add(`${d.file ?? file.path}\u0000${d.line ?? 0}\u0000${d.column ?? 0}\u0000${d.rule}\u0000${d.field}`);
  }
  return places.size;
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

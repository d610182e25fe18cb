import type { FileResult, ValidateSummary } from './types.js';

/** Counts over the files a report lists: how many, valid and invalid, errors and warnings. */
export function countFiles(files: readonly FileResult[]): ValidateSummary {
  const valid = files.filter((file) => file.valid).length;
  return {
    files: files.length,
    valid,
    invalid: files.length - valid,
    errors: files.reduce((sum, file) => sum + file.errors.length, 0),
    warnings: files.reduce((sum, file) => sum + file.warnings.length, 0),
  };
}

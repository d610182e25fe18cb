import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult } from '../reports/types.js';

/**
 * Where a finding is, whatever file's result lists it: a base's finding reached through several
 * files that extend it has one place (its message may differ, as each walk tells its own trail).
 */
export function findingPlace(d: Diagnostic, listedIn: string): string {
  return `${d.severity}\u0000${d.file ?? listedIn}\u0000${d.line ?? 0}\u0000${d.column ?? 0}\u0000${d.rule}\u0000${d.field}`;
}

const isOwn = (d: Diagnostic, path: string) => d.file === undefined || d.file === path;

/**
 * Tells each finding of a base once across a run: in the base's own result when it is listed,
 * else in the first base's result that meets it, else in the first flow's. Each other file that extends the base keeps a short
 * reference to it in place of an error (it stays invalid: a sync of it would fail), and nothing
 * in place of a warning. Results that change are new objects: results may be shared with the cache.
 */
export function tellBaseFindingsOnce(results: readonly FileResult[]): FileResult[] {
  const owner = new Map<string, string>();
  for (const result of results) {
    for (const d of [...result.errors, ...result.warnings]) if (isOwn(d, result.path)) owner.set(findingPlace(d, result.path), result.path);
  }
  // Then bases (no id) before flows: a chain's finding met by a base and a flow extending it
  // is the base's to tell, whatever order the files are listed in.
  for (const result of results) {
    if (result.id !== null) continue;
    for (const d of [...result.errors, ...result.warnings]) {
      const place = findingPlace(d, result.path);
      if (!owner.has(place)) owner.set(place, result.path);
    }
  }
  return results.map((result) => {
    let changed = false;
    const errors: Diagnostic[] = [];
    const warnings: Diagnostic[] = [];
    for (const d of [...result.errors, ...result.warnings]) {
      const kept = d.severity === 'error' ? errors : warnings;
      if (isOwn(d, result.path)) {
        kept.push(d);
        continue;
      }
      const place = findingPlace(d, result.path);
      const told = owner.get(place);
      if (told === undefined || told === result.path) {
        owner.set(place, result.path);
        kept.push(d);
        continue;
      }
      changed = true;
      if (d.severity === 'error') errors.push({ ...d, message: `see ${told}${told === d.file ? '' : ` (the error is in the base ${d.file})`}` });
    }
    return changed ? { ...result, errors, warnings } : result;
  });
}

import pLimit from 'p-limit';
import { dedupeDiagnostics, diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import type { FileResult, ValidateReport } from '../reports/types.js';
import type { LoadedFile } from './load.js';
import { placeInFile } from './locate.js';
import { FlowFileCache, resolveFlowFile, type ResolvedFlow } from './resolve.js';
import { workingTreeReader, type FileReader } from './reader.js';

/** Where and how to validate. */
export interface ValidateFilesOptions {
  /** Display paths are relative to this folder. */
  cwd: string;
  /** The repository root: bases may not leave it. */
  root: string;
  reader?: FileReader;
  /** Files read at once; parsing is synchronous, so a few are enough to hide I/O waits. */
  concurrency?: number;
  /** Called for every flow (a file with an id) that resolved, valid or not. */
  onResolved?: (resolved: ResolvedFlow) => void;
}

function byPosition(own: string) {
  return (a: Diagnostic, b: Diagnostic) =>
    Number(a.file !== own) - Number(b.file !== own) ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0);
}

function resultOf(path: string, id: string | null, diagnostics: Diagnostic[]): FileResult {
  const unique = dedupeDiagnostics(diagnostics).sort(byPosition(path));
  const errors = unique.filter((d) => d.severity === 'error');
  return { path, id, valid: errors.length === 0, errors, warnings: unique.filter((d) => d.severity === 'warning') };
}

/** Counts a report's files and findings. */
export function summarize(files: readonly FileResult[]): ValidateReport {
  return {
    files: [...files],
    summary: {
      files: files.length,
      valid: files.filter((f) => f.valid).length,
      invalid: files.filter((f) => !f.valid).length,
      errors: files.reduce((n, f) => n + f.errors.length, 0),
      warnings: files.reduce((n, f) => n + f.warnings.length, 0),
    },
  };
}

interface Checked {
  result: FileResult;
  idAt?: Diagnostic;
}

async function checkOne(absolutePath: string, cache: FlowFileCache, options: ValidateFilesOptions): Promise<Checked> {
  const file = await cache.loadOnce(absolutePath);
  if (!file) {
    const path = cache.displayPath(absolutePath);
    return { result: resultOf(path, null, [{ ...diagnostic('', 'the file disappeared while flowkeeper was reading it', 'parse'), file: path, line: 1, column: 1 }]) };
  }
  const diagnostics = [...file.diagnostics];
  let idAt: Diagnostic | undefined;
  if (file.readable && !file.isBase) {
    const resolved = await resolveFlowFile(file, cache);
    diagnostics.push(...resolved.errors, ...resolved.warnings);
    options.onResolved?.(resolved);
    if (file.id !== null) idAt = placeInFile(diagnostic('id', '', 'duplicate-id'), file);
  }
  return { result: resultOf(file.path, file.id, diagnostics), idAt };
}

function duplicateIdErrors(checked: readonly Checked[]): void {
  const firstById = new Map<string, string>();
  for (const { result, idAt } of checked) {
    if (!idAt || result.id === null) continue;
    const first = firstById.get(result.id);
    if (first === undefined) {
      firstById.set(result.id, result.path);
      continue;
    }
    // Two files for one flow would overwrite each other on every sync.
    result.errors.push({ ...idAt, message: `id ${JSON.stringify(result.id)} is already used by ${first}; expected one file per flow` });
    result.valid = false;
  }
}

/**
 * Validates flow files: each is parsed once, checked on its own, resolved through its bases
 * and judged as a complete flow. Bad files become diagnostics; the rest are still checked.
 */
export async function validateFlowFiles(absolutePaths: readonly string[], options: ValidateFilesOptions): Promise<ValidateReport> {
  const cache = new FlowFileCache(options.reader ?? workingTreeReader, options.cwd, options.root);
  const limit = pLimit(options.concurrency ?? 8);
  const checked = await Promise.all(absolutePaths.map((p) => limit(() => checkOne(p, cache, options))));
  duplicateIdErrors(checked);
  return summarize(checked.map((c) => c.result));
}

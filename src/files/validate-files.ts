import nodePath from 'node:path';
import { canonicalFlowId } from '../api/flow-id.js';
import { dedupeDiagnostics, diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { hasUnprintable } from '../printable.js';
import { countFiles } from '../reports/count-files.js';
import { compareText } from '../reports/order.js';
import type { FileResult, ValidateReport } from '../reports/types.js';
import { placeInFile } from '../parse/locate.js';
import { tellBaseFindingsOnce } from './base-findings.js';
import type { FlowFileCache, ResolvedFlow } from './resolve.js';
import { shownPath, workingTreeReader, type FileReader } from './reader.js';
import type { FileResultCache } from './result-cache.js';

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
  /** Results of earlier runs to reuse for unchanged files (never with onResolved: a cached file is not resolved). */
  resultCache?: FileResultCache;
  /**
   * Worker threads to spread the files over (never with onResolved or another reader); 0 or
   * absent checks them in this thread. Worth it from a few thousand files on.
   */
  workers?: number;
}

type Resolve = typeof import('./resolve.js').resolveFlowFile;

// Parsing, the validators and the YAML libraries load only when some file is actually checked:
// a run answered wholly from the cache needs none of them.
const loadResolver = () => import('./resolve.js');

function byPosition(own: string) {
  return (a: Diagnostic, b: Diagnostic) =>
    // A broken chain first: it is the cause, and the flow is not judged past it.
    Number(a.rule !== 'extends') - Number(b.rule !== 'extends') ||
    Number(a.file !== own) - Number(b.file !== own) ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0);
}

/** One file's result from all its findings: repeats dropped, in reading order (the `extends` errors first). */
export function resultOf(path: string, id: string | null, diagnostics: Diagnostic[]): FileResult {
  const unique = dedupeDiagnostics(diagnostics).sort(byPosition(path));
  const errors = unique.filter((d) => d.severity === 'error');
  return { path, id, valid: errors.length === 0, errors, warnings: unique.filter((d) => d.severity === 'warning') };
}

/** A report of these files, with their counts. */
export function summarize(files: readonly FileResult[]): ValidateReport {
  return { files: [...files], summary: countFiles(files) };
}

/** One file's verdict, with what is needed to cache it and to place a duplicate id. */
export interface Checked {
  result: FileResult;
  absolutePath: string;
  /** Absolute paths of the bases the file was resolved through. */
  bases: string[];
}

/** A finding on the file as a whole, at its first line. */
function atFile(path: string, message: string, rule: string): Diagnostic {
  return { ...diagnostic('', message, rule), file: path, line: 1, column: 1 };
}

/**
 * A file name with control characters cannot be shown as it is, nor named to `git cat-file`,
 * whose requests end at a newline: it is refused with an error. The file is still read: at a
 * base commit its flow must stay known to the plan and the guard, or renaming it would make its
 * flow new and let a weakening change through.
 */
function nameProblems(absolutePath: string, cache: FlowFileCache): Diagnostic[] {
  // Both names below are parts of the absolute path (or `..`): a printable one gives printable names.
  if (!hasUnprintable(absolutePath)) return [];
  const shown = cache.displayPath(absolutePath);
  const inRoot = nodePath.relative(cache.root, absolutePath);
  if (!hasUnprintable(shown) && !hasUnprintable(inRoot)) return [];
  const named = inRoot.startsWith('..') ? shown : inRoot.split(nodePath.sep).join('/');
  return [atFile(shown, `the file name ${shownPath(named)} holds control characters; expected a name of printable characters (rename the file)`, 'file')];
}

async function checkOne(absolutePath: string, cache: FlowFileCache, resolveFlowFile: Resolve, options: ValidateFilesOptions): Promise<Checked> {
  const refused = nameProblems(absolutePath, cache);
  const path = cache.displayPath(absolutePath);
  // A link out of the repository is never read: what it leads to is not the repository's.
  const file = await cache.loadNamed(absolutePath);
  if (file && 'outside' in file) return { absolutePath, bases: [], result: resultOf(path, null, [...refused, atFile(path, file.outside, 'file')]) };
  if (!file) return { absolutePath, bases: [], result: resultOf(path, null, [...refused, atFile(path, 'the file disappeared while flowkeeper was reading it', 'parse')]) };
  const diagnostics = [...refused, ...file.diagnostics];
  let bases: string[] = [];
  if (file.readable && !file.isBase) {
    const resolved = await resolveFlowFile(file, cache);
    diagnostics.push(...resolved.errors, ...resolved.warnings);
    options.onResolved?.(resolved);
    bases = resolved.layers.slice(0, -1).map((layer) => layer.absolutePath);
  } else if (file.readable && file.extends.length > 0) {
    const chain = await (await loadResolver()).checkBaseChain(file, cache);
    diagnostics.push(...chain.errors);
    bases = chain.layers.map((layer) => layer.absolutePath);
  }
  return { result: resultOf(file.path, file.id, diagnostics), absolutePath, bases };
}

// Two files for one flow would overwrite each other on every sync. The id's position is looked
// up only for a duplicate, by reading that file again through the same reader that checked it
// (the working tree, or a commit): positions cost a full parse, and keeping every file around
// for the rare duplicate would cost memory on every run.
async function duplicateIdErrors(checked: Checked[], options: ValidateFilesOptions): Promise<void> {
  // Keyed by the canonical id: ObjectIds are hex, so ids differing only in letter case are one flow.
  const firstById = new Map<string, { path: string; id: string }>();
  let cache: FlowFileCache | undefined;
  for (const entry of checked) {
    const { result, absolutePath } = entry;
    if (result.id === null) continue;
    const key = canonicalFlowId(result.id);
    const first = firstById.get(key);
    if (first === undefined) {
      firstById.set(key, { path: result.path, id: result.id });
      continue;
    }
    cache ??= new (await loadResolver()).FlowFileCache(options.reader ?? workingTreeReader, options.cwd, options.root);
    const file = await cache.loadOnce(absolutePath);
    const at = file ? placeInFile(diagnostic('id', '', 'duplicate-id'), file) : { ...diagnostic('id', '', 'duplicate-id'), file: result.path, line: 1, column: 1 };
    const written = first.id === result.id ? '' : ` (written ${JSON.stringify(first.id)} there; ids ignore letter case)`;
    const duplicate = { ...at, message: `id ${JSON.stringify(result.id)} is already used by ${first.path}${written}; expected one file per flow` };
    // A new result rather than an edit: results may be shared with the cache.
    entry.result = { ...result, valid: false, errors: [...result.errors, duplicate] };
  }
}

/**
 * Checks files in this thread: each is parsed once, checked on its own, resolved through its
 * bases and judged as a complete flow. Duplicate ids across files are not looked at here.
 */
export async function checkFlowFiles(absolutePaths: readonly string[], options: ValidateFilesOptions): Promise<Checked[]> {
  if (absolutePaths.length === 0) return [];
  const { FlowFileCache, resolveFlowFile } = await loadResolver();
  const cache = new FlowFileCache(options.reader ?? workingTreeReader, options.cwd, options.root);
  // A few loops that each take the next file, rather than a queued promise per file: thousands
  // of pending promises and closures outlive young-generation collections and make each one slow.
  const checked = new Array<Checked>(absolutePaths.length);
  let next = 0;
  const loop = async () => {
    while (next < absolutePaths.length) {
      const index = next++;
      checked[index] = await checkOne(absolutePaths[index]!, cache, resolveFlowFile, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, absolutePaths.length)) }, loop));
  return checked;
}

/**
 * Validates flow files: bad files become diagnostics, and the rest are still checked. Unchanged
 * files come from the result cache when one is given; the others are checked in this thread or
 * spread over worker threads.
 */
export async function validateFlowFiles(absolutePaths: readonly string[], options: ValidateFilesOptions): Promise<ValidateReport> {
  const checked: Array<Checked | undefined> = absolutePaths.map((p) => {
    const hit = options.resultCache?.lookup(p);
    return hit ? { result: hit, absolutePath: p, bases: [] } : undefined;
  });
  const missing = absolutePaths.filter((_, index) => checked[index] === undefined);
  const useWorkers = (options.workers ?? 0) > 1 && !options.onResolved && !options.reader && missing.length > 0;
  const fresh = useWorkers
    ? await (await import('./parallel-check.js')).checkInWorkers(missing, options, options.workers!)
    : await checkFlowFiles(missing, options);
  let next = 0;
  const all = checked.map((entry) => entry ?? fresh[next++]!);
  for (const entry of fresh) {
    // A broken chain depends on files that do not exist (yet), and a refused path on where a
    // link leads, which the file's stamp does not show: neither is cached.
    if (!entry.result.errors.some((d) => d.rule === 'extends' || d.rule === 'file')) options.resultCache?.store(entry.absolutePath, entry.bases, entry.result);
  }
  await duplicateIdErrors(all, options);
  return summarize(tellBaseFindingsOnce(all.map((c) => c.result)));
}

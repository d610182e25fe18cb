import { expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { FileResult, ValidateReport } from '../../src/reports/types.js';
import { REPO } from './run-cli.js';
import { tempRepo, type TempRepo } from './temp-repo.js';

/** The committed corpus of hostile and broken flow files. */
export const CORPUS = path.join(REPO, 'test/fixtures/hostile');

/** Files of the corpus folder that are about the corpus, not part of it. */
const NOT_FLOWS = new Set(['expected.json', '.gitattributes']);

/** One diagnostic a corpus file must produce. `file` defaults to the corpus file itself. */
export interface ExpectedDiagnostic {
  rule: string;
  line: number;
  messageIncludes: string;
  column?: number;
  field?: string;
  file?: string;
}

/** expected.json, each entry as a list: `[]` means the file must be reported valid. */
export function readExpected(): Map<string, ExpectedDiagnostic[]> {
  const raw = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<string, ExpectedDiagnostic | ExpectedDiagnostic[]>;
  return new Map(Object.entries(raw).map(([file, expected]) => [file, Array.isArray(expected) ? expected : [expected]]));
}

/** Every corpus file, as a path relative to the corpus folder with `/` separators. */
export function corpusFiles(folder = CORPUS, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) return corpusFiles(path.join(folder, entry.name), `${relative}/`);
    return NOT_FLOWS.has(relative) ? [] : [relative];
  });
}

/** The corpus files a run discovers: those with a flow file's extension. */
export function corpusFlowFiles(): string[] {
  return corpusFiles().filter((file) => /\.(ya?ml|json)$/i.test(file));
}

/** A copy of the corpus in a temporary folder, laid out so that `../` leaves the repository. */
export interface CorpusCopy {
  temp: TempRepo;
  /** The copy: the working directory and the repository root of a run. */
  root: string;
}

/**
 * Copies the corpus to `<tmp>/repo` and adds what cannot be committed safely: a base in
 * `<tmp>/outside` (outside the root), a symlinked file and a symlinked folder pointing at it.
 */
export async function copyCorpus(): Promise<CorpusCopy> {
  const files = Object.fromEntries(corpusFiles().map((file) => [`repo/${file}`, readFileSync(path.join(CORPUS, file))]));
  const temp = await tempRepo({ ...files, 'outside/base.yaml': 'status: active\n' });
  const root = path.join(temp.dir, 'repo');
  await mkdir(path.join(root, 'links'));
  await symlink('../../outside/base.yaml', path.join(root, 'links/escape.yaml'));
  await symlink('../outside', path.join(root, 'shared'));
  return { temp, root };
}

/** Whether `actual` is the diagnostic `expected` describes, within the report of `path`. */
export function matches(actual: Diagnostic, expected: ExpectedDiagnostic, path: string, precise: boolean): boolean {
  const common = actual.rule === expected.rule && actual.line === expected.line && actual.message.includes(expected.messageIncludes) && actual.file === (expected.file ?? path);
  if (!precise) return common;
  return common && (expected.column === undefined || actual.column === expected.column) && (expected.field === undefined || actual.field === expected.field);
}

/** Asserts that a file's result holds every expected diagnostic (or is valid when none is expected). */
export function expectOutcome(result: FileResult | undefined, path: string, expected: readonly ExpectedDiagnostic[], precise: boolean): void {
  expect(result).toBeDefined();
  const found = [...result!.errors, ...result!.warnings];
  if (expected.length === 0) {
    expect({ path, valid: result!.valid, errors: result!.errors }).toEqual({ path, valid: true, errors: [] });
    return;
  }
  expect(result!.valid).toBe(false);
  for (const diagnostic of expected) {
    // The whole list in the failure message shows what came instead.
    expect({ path, expected: diagnostic, found: found.some((d) => matches(d, diagnostic, path, precise)) ? 'yes' : found }).toEqual({ path, expected: diagnostic, found: 'yes' });
  }
}

/** Every diagnostic of a report points somewhere real: a file, a line and a column from 1. */
export function unplacedDiagnostics(report: ValidateReport): Diagnostic[] {
  return report.files
    .flatMap((f) => [...f.errors, ...f.warnings])
    .filter((d) => typeof d.file !== 'string' || d.file === '' || !(Number.isInteger(d.line) && d.line! >= 1) || !(Number.isInteger(d.column) && d.column! >= 1));
}

/** The own property names of the built-in prototypes a hostile key could reach. */
export function prototypeSnapshot(): Record<string, string[]> {
  const of = (o: object) => Object.getOwnPropertyNames(o).sort();
  return { object: of(Object.prototype), array: of(Array.prototype), function: of(Function.prototype), string: of(String.prototype) };
}

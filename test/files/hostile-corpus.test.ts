/**
 * validateFlowFiles in-process over the hostile corpus (test/fixtures/hostile): the run
 * finishes, no prototype changes, and each file gets exactly the diagnostics expected.json
 * lists, at their line and column.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { discoverFlowFiles } from '../../src/files/discover.js';
import { validateFlowFiles } from '../../src/files/validate-files.js';
import type { ValidateReport } from '../../src/reports/types.js';
import { copyCorpus, expectOutcome, prototypeSnapshot, readExpected, unplacedDiagnostics, type CorpusCopy } from '../helpers/hostile-corpus.js';

const expected = readExpected();

describe('validateFlowFiles on the hostile corpus', () => {
  let corpus: CorpusCopy;
  let before: Record<string, string[]>;
  let report: ValidateReport;

  beforeAll(async () => {
    corpus = await copyCorpus();
    before = prototypeSnapshot();
    // A hang fails this hook by its timeout; nothing here measures time.
    report = await validateFlowFiles(await discoverFlowFiles(['.'], corpus.root), { cwd: corpus.root, root: corpus.root });
  }, 30_000);
  afterAll(() => corpus.temp.cleanup());

  it('finishes, and leaves every built-in prototype as it was', () => {
    expect(report.summary.files).toBeGreaterThanOrEqual(expected.size);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toEqual(before);
  });

  it('places every diagnostic in a file, at a line and column from 1', () => {
    expect(unplacedDiagnostics(report)).toEqual([]);
  });

  it.each([...expected.entries()])('%s', (file, diagnostics) => {
    const result = report.files.find((f) => f.path === file);
    expectOutcome(result, file, diagnostics, true);
    // expected.json lists every error of a file, so nothing else may appear.
    expect(result!.errors.map((d) => `${d.rule} ${d.field}`).sort()).toEqual(diagnostics.map((d) => `${d.rule} ${d.field ?? ''}`).sort());
  });
});

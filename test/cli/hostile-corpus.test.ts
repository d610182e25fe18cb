/**
 * The real CLI over the whole hostile corpus (test/fixtures/hostile) in one run: broken,
 * malicious and odd files are findings, never a crash, and the good files beside them still
 * come out valid.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ValidateReport } from '../../src/reports/types.js';
import { copyCorpus, corpusFlowFiles, expectOutcome, readExpected, unplacedDiagnostics, type CorpusCopy } from '../helpers/hostile-corpus.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import type { CliRun } from '../helpers/run-cli.js';

const expected = readExpected();
// A stack frame line, as Node prints an uncaught error.
const STACK_FRAME = /^ {4}at /m;

describe('flowkeeper validate on the hostile corpus', () => {
  let corpus: CorpusCopy;
  let run: CliRun;
  let report: ValidateReport;

  beforeAll(async () => {
    corpus = await copyCorpus();
    // --root names the copy, so `../` leaves the repository wherever the temporary folder is.
    run = await runCli(['validate', '.', '--format', 'json', '--root', '.'], { cwd: corpus.root });
    report = JSON.parse(run.stdout) as ValidateReport;
  }, 60_000);
  afterAll(() => corpus.temp.cleanup());

  it('exits 1, with a report and no crash', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(/unexpected error/);
    // The yaml library must not print its own warnings (stringified keys and the like).
    expect(run.stderr).not.toMatch(/Warning/);
  });

  it('reports every flow file of the corpus, each once, and each link of the copy at its own path', () => {
    // The copy adds links/escape.yaml (a file link) and shared (a folder link), both leading out
    // of the repository: each is a finding where it is, never skipped and never read.
    const reported = report.files.map((f) => f.path);
    expect([...reported].sort()).toEqual([...corpusFlowFiles(), 'links/escape.yaml', 'shared'].sort());
    expect(report.summary.files).toBe(reported.length);
    for (const link of ['links/escape.yaml', 'shared']) {
      expect(report.files.find((f) => f.path === link)?.errors).toEqual([expect.objectContaining({ rule: 'file', file: link, message: expect.stringMatching(/^the file is a symlink to ".*outside.*", outside the repository; /) })]);
    }
  });

  it('has an expected outcome for every flow file of the corpus, and for nothing else', () => {
    const flows = corpusFlowFiles();
    expect(flows.filter((file) => !expected.has(file))).toEqual([]);
    expect([...expected.keys()].filter((file) => !flows.includes(file))).toEqual([]);
  });

  it.each([...expected.entries()])('%s has its expected outcome', (file, diagnostics) => {
    expectOutcome(
      report.files.find((f) => f.path === file),
      file,
      diagnostics,
      false,
    );
  });

  it('gives every diagnostic a file, a line and a column', () => {
    expect(unplacedDiagnostics(report)).toEqual([]);
  });

  it.each(['stylish', 'sarif', 'github'])('--format %s survives the corpus too', async (format) => {
    const other = await runCli(['validate', '.', '--format', format, '--root', '.'], { cwd: corpus.root });
    expect(other.code).toBe(1);
    expect(other.stderr).not.toMatch(STACK_FRAME);
    expect(other.stdout).toContain('yaml-alias-bomb.yaml');
    if (format === 'sarif') expect(() => JSON.parse(other.stdout)).not.toThrow();
  }, 60_000);
});

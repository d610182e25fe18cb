/**
 * The real CLI over hostile files too big to commit (see test/helpers/hostile-generated.ts):
 * one run, exit 1, a report naming each file's problem, and no crash.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ValidateReport } from '../../src/reports/types.js';
import { expectOutcome, unplacedDiagnostics } from '../helpers/hostile-corpus.js';
import { GENERATED } from '../helpers/hostile-generated.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

describe('flowkeeper validate on generated hostile files (child process)', () => {
  let repo: TempRepo;
  let run: CliRun;
  let report: ValidateReport;

  beforeAll(async () => {
    repo = await tempRepo();
    for (const { file, content } of GENERATED) await repo.write({ [file]: content() });
    run = await runCli(['validate', '.', '--format', 'json', '--root', '.'], { cwd: repo.dir });
    report = JSON.parse(run.stdout) as ValidateReport;
  }, 120_000);
  afterAll(() => repo.cleanup());

  it('exits 1 without a crash, every diagnostic placed', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect(run.stderr).not.toMatch(/unexpected error|Warning/);
    expect(unplacedDiagnostics(report)).toEqual([]);
  });

  it.each(GENERATED.map((g) => [g.file, g] as const))('%s is reported with its problem', (file, { expected }) => {
    expectOutcome(
      report.files.find((f) => f.path === file),
      file,
      [expected],
      false,
    );
  });
});

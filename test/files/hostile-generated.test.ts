/**
 * Hostile files too big to commit, written at test time: 5,000-deep nesting in every style,
 * 20 MB and 2 MB files, 10,000 aliases, 75,000 keys. Each is one clear diagnostic (or one per
 * key), each run finishes (a hang fails by its jest timeout; nothing measures time), and no
 * prototype changes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { validateFlowFiles } from '../../src/files/validate-files.js';
import { expectOutcome, prototypeSnapshot, unplacedDiagnostics } from '../helpers/hostile-corpus.js';
import { GENERATED } from '../helpers/hostile-generated.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

describe('validateFlowFiles on generated hostile files', () => {
  let repo: TempRepo;
  let before: Record<string, string[]>;

  beforeAll(async () => {
    repo = await tempRepo();
    before = prototypeSnapshot();
  });
  afterAll(async () => {
    expect(prototypeSnapshot()).toEqual(before);
    await repo.cleanup();
  });

  // One file per run, so a file that makes validation slow is the one test that fails.
  it.each(GENERATED.map((g) => [g.file, g] as const))(
    '%s',
    async (file, { content, expected, errorCount }) => {
      await repo.write({ [file]: content() });
      const report = await validateFlowFiles([path.join(repo.dir, file)], { cwd: repo.dir, root: repo.dir });
      expect(report.files.map((f) => f.path)).toEqual([file]);
      expectOutcome(report.files[0], file, [expected], true);
      expect(report.files[0]!.errors).toHaveLength(errorCount ?? 1);
      expect(unplacedDiagnostics(report)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    60_000,
  );
});

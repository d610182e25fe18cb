/**
 * Chains of bases are walked once per base and reused (FlowFileCache.chains). A reused chain
 * must read exactly as a fresh walk would, whatever order the files are checked in: shared
 * chains, diamonds, and cycles met through a chain that another file walked first.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { checkFlowFiles } from '../../src/files/validate-files.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const id = (n: number) => `64a1b2c3d4e5f678901234${String(n).padStart(2, '0')}`;

/** Each case: the files, and for each flow the errors expected (rule and the start of the message). */
const CASES: Array<{ name: string; files: Record<string, string>; expected: Record<string, string[]> }> = [
  {
    name: 'two flows share a chain of two bases',
    files: {
      'bases/outer.yaml': 'extends: inner.yaml\nliveness:\n  minScore: 0.7\n',
      'bases/inner.yaml': 'status: draft\n',
      'flows/a.yaml': `id: ${id(1)}\nextends: ../bases/outer.yaml\n`,
      'flows/b.yaml': `id: ${id(2)}\nextends: ../bases/outer.yaml\nliveness:\n  minScore: 2\n`,
    },
    expected: { 'flows/a.yaml': [], 'flows/b.yaml': ['range liveness.minScore is 2'] },
  },
  {
    name: 'a diamond: two bases over one',
    files: {
      'bases/left.yaml': 'extends: root.yaml\n',
      'bases/right.yaml': 'extends: root.yaml\n',
      'bases/root.yaml': 'status: draft\n',
      'flows/a.yaml': `id: ${id(1)}\nextends: [../bases/left.yaml, ../bases/right.yaml]\n`,
      'flows/b.yaml': `id: ${id(2)}\nextends: ../bases/right.yaml\n`,
    },
    expected: { 'flows/a.yaml': [], 'flows/b.yaml': [] },
  },
  {
    name: 'a cycle between bases, and a flow beside it on a sound chain',
    files: {
      'bases/sound.yaml': 'extends: c.yaml\n',
      'bases/c.yaml': 'status: draft\n',
      'bases/x.yaml': 'extends: y.yaml\n',
      'bases/y.yaml': 'extends: x.yaml\n',
      'flows/a.yaml': `id: ${id(1)}\nextends: ../bases/sound.yaml\n`,
      'flows/b.yaml': `id: ${id(2)}\nextends: ../bases/x.yaml\n`,
    },
    expected: { 'flows/a.yaml': [], 'flows/b.yaml': ['extends extends "x.yaml" makes a cycle'] },
  },
  {
    name: 'a flow that its own base extends, and another flow on that base',
    files: {
      'bases/b.yaml': 'extends: c.yaml\n',
      'bases/c.yaml': 'extends: ../flows/x.yaml\n',
      'flows/x.yaml': `id: ${id(1)}\nextends: ../bases/b.yaml\n`,
      'flows/y.yaml': `id: ${id(2)}\nextends: ../bases/b.yaml\n`,
    },
    expected: {
      'flows/x.yaml': ['extends extends "../flows/x.yaml" makes a cycle'],
      'flows/y.yaml': ['extends extends "../bases/b.yaml" makes a cycle'],
    },
  },
];

describe('chains of bases, walked once and reused', () => {
  let repo: TempRepo | undefined;
  afterEach(async () => {
    await repo?.cleanup();
    repo = undefined;
  });

  for (const { name, files, expected } of CASES) {
    it(`${name}: the same verdicts in any order of checking`, async () => {
      repo = await tempRepo(files);
      const flows = Object.keys(expected);
      const verdicts: Array<Record<string, string[]>> = [];
      // One at a time, so the first file walks the chains the next ones reuse; then reversed.
      for (const order of [flows, [...flows].reverse()]) {
        const checked = await checkFlowFiles(order.map((f) => path.join(repo!.dir, f)), { cwd: repo.dir, root: repo.dir, concurrency: 1 });
        const byFile = Object.fromEntries(checked.map((c) => [c.result.path, c.result]));
        verdicts.push(Object.fromEntries(flows.map((f) => [f, byFile[f]!.errors.map((d) => `${d.rule} ${d.message}`)])));
      }
      expect(verdicts[1]).toEqual(verdicts[0]);
      // Each finding starts as expected (the rest names the chain, which the order of checking may not change).
      const starts = Object.fromEntries(Object.entries(verdicts[0]!).map(([file, found]) => [file, found.map((m, i) => m.slice(0, expected[file]![i]?.length))]));
      expect(starts).toEqual(expected);
    });
  }
});

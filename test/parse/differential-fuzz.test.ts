import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSimpleYaml } from '../../src/parse/simple-yaml.js';
import { planRepository } from '../helpers/bench-corpus.js';
import { REPO } from '../helpers/run-cli.js';
import { mutatedFile } from '../helpers/yaml-mutations.js';
import { judge, type Verdict } from '../helpers/yaml-reference.js';

// The differential fuzzer of issue 17: real flow files, mutated where YAML readers differ
// (test/helpers/yaml-mutations.ts), read by parseFlowText and by the reference; values and the
// position of every node must agree, or both reject, or flowkeeper rejects by design.
//
// A few thousand cases in CI; more on demand: FLOWKEEPER_FUZZ_RUNS=100000 (and
// FLOWKEEPER_FUZZ_SEED to explore other seeds; a failure prints its seed and path to replay).
const RUNS = Number(process.env.FLOWKEEPER_FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FLOWKEEPER_FUZZ_SEED ?? 20261205);

function realFiles(): string[] {
  const examples = readdirSync(path.join(REPO, 'examples/flows'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  // Small files keep each case cheap: the mutations, not the bulk, find the divergences.
  const corpus = planRepository({ files: 60, format: 'yaml', seed: 11 }).map((f) => f.text).filter((t) => t.length < 1600);
  return [...examples, ...corpus];
}

describe('differential fuzzing against the reference', () => {
  const files = realFiles();

  it(`agrees on ${RUNS} mutated flow files (seed ${SEED})`, () => {
    const outcomes: Record<string, number> = {};
    let fast = 0;
    fc.assert(
      fc.property(mutatedFile(files), ({ text, mutations }) => {
        const verdict: Verdict = judge(text);
        outcomes[verdict.outcome] = (outcomes[verdict.outcome] ?? 0) + 1;
        if (parseSimpleYaml(text.replace(/\r(?!\n)/g, '\n'))) fast++;
        if (verdict.outcome === 'differ') expect({ mutations, text, ...verdict }).toEqual({ mutations, text, outcome: 'agree' });
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The fuzzer means something only if every outcome occurs, the line reader's among them.
    expect(outcomes.agree).toBeGreaterThan(RUNS * 0.3);
    expect(outcomes['both reject']).toBeGreaterThan(RUNS * 0.05);
    expect(outcomes['by design']).toBeGreaterThan(0);
    expect(fast).toBeGreaterThan(RUNS * 0.1);
  });
});

import path from 'node:path';
import { REPO } from './run-cli.js';

/** One file of a generated repository: its path inside the repository and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

type PlanRepository = (spec: { files: number; format: 'yaml' | 'json'; seed: number }) => PlannedFile[];

/**
 * The benchmark's generator (test/bench/generate.mjs), so what the tests prove holds for the
 * very files the benchmark measures. Imported by path: it is plain JavaScript, outside src/.
 */
export const { planRepository } = (await import(path.join(REPO, 'test/bench/generate.mjs'))) as { planRepository: PlanRepository };

/**
 * Every path through a value, plus, at each level, paths that leave the document: a missing
 * key, two list indexes and an empty segment. For comparing position lookups path by path.
 */
export function* pathsOf(value: unknown, prefix: string[] = []): Generator<string[]> {
  yield prefix;
  yield [...prefix, 'noSuchField'];
  yield [...prefix, '0'];
  yield [...prefix, '7'];
  yield [...prefix, ''];
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* pathsOf((value as Record<string, unknown>)[key], [...prefix, key]);
  }
}

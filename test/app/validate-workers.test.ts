import { describe, expect, test } from '@jest/globals';
import { workersFor } from '../../src/app/validate.js';

// [files, --jobs, cores, workers]
const CASES: Array<[number, number | undefined, number, number]> = [
  [1, undefined, 8, 1],
  [499, 4, 8, 1],
  [1_000, undefined, 2, 1],
  [4_999, undefined, 2, 1],
  [5_000, undefined, 2, 1],
  [10_000, undefined, 2, 1],
  [5_000, undefined, 4, 2],
  [10_000, undefined, 4, 3],
  [10_000, undefined, 16, 4],
  [100_000, undefined, 4, 3],
  [1_000, 3, 2, 3],
  [1_000, 64, 2, 4],
  [1_000, 0, 2, 1],
];

describe('workersFor', () => {
  test.each(CASES)('%i files, --jobs %p, %i cores: %i', (files, asked, cores, workers) => {
    expect(workersFor(files, asked, cores)).toBe(workers);
  });
});

import { describe, expect, it } from '@jest/globals';
import { closest } from '../../src/engine/suggest.js';

describe('closest (did you mean)', () => {
  it.each([
    ['minScroe', ['minScore', 'searchMinScore'], 'minScore'],
    ['tpye', ['type', 'target', 'status'], 'type'],
    ['stpes', ['steps', 'status'], 'steps'],
    ['lable', ['label', 'name', 'type'], 'label'],
    ['FAST', ['fast'], 'fast'],
    ['SCAN_ZER0', ['SCAN_ZERO', 'SCAN_PROMPT'], 'SCAN_ZERO'],
    ['completelyDifferent', ['steps', 'status'], undefined],
    ['ab', ['ba', 'cd'], 'ba'],
  ])('%s among %j is %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { annotationProperties, pickAnnotations } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { summarize } from '../../src/files/validate-files.js';

const range: Diagnostic = { field: 'liveness.minScore', message: 'liveness.minScore is 2; expected a number from 0.52 to 0.9', severity: 'error', rule: 'range', file: 'bases/shared.yaml', line: 2, column: 13, endLine: 2, endColumn: 14 };

describe('annotations', () => {
  // Each case: the finding's place, and what core.error is given for it.
  it.each([
    ['one line: start and end, columns included', { line: 2, column: 13, endLine: 2, endColumn: 14 }, { startLine: 2, startColumn: 13, endLine: 2, endColumn: 14 }],
    ['several lines: no columns past the start', { line: 2, column: 13, endLine: 4, endColumn: 3 }, { startLine: 2, startColumn: 13, endLine: 4 }],
    ['no end known', { line: 2, column: 13, endLine: undefined, endColumn: undefined }, { startLine: 2, startColumn: 13 }],
    ['no place known: the first line', { line: undefined, column: undefined, endLine: undefined, endColumn: undefined }, { startLine: 1, startColumn: 1 }],
  ])('annotation-has-no-end: %s', (_name, place, expected) => {
    expect(annotationProperties({ ...range, ...place })).toEqual({ title: 'flowkeeper: range', file: 'bases/shared.yaml', ...expected });
  });

  it('base-error-counted-per-extending-file: a base finding is annotated once, in full, though a reference comes first', () => {
    const reference = { ...range, message: 'see bases/shared.yaml' };
    const report = summarize([
      { path: 'a/flow.yaml', id: '64a1b2c3d4e5f67890123456', valid: false, errors: [reference], warnings: [] },
      { path: 'bases/shared.yaml', id: null, valid: false, errors: [range], warnings: [] },
    ]);
    expect(report.summary.errors).toBe(1);
    expect(pickAnnotations(report).errors.map((d) => d.message)).toEqual([range.message]);
  });
});

/**
 * mergeAndValidate with `maxErrors`: the errors are exactly the first ones of the unlimited
 * judgement, `errorsTruncated` says whether there were more, and the rest of the result is the
 * same; a body of many bad values costs no more than its first errors and the patch check.
 * Seeded, so a failure replays.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mergeAndValidate } from '../../src/index.js';
import { cleanBaseline, hostileObject, loosePatch, strictPatch } from './support/arbitraries.js';
import { specFlow } from './support/fixtures.js';

const baselines = fc.oneof(fc.constant({}), fc.constant(specFlow()), cleanBaseline);
const patches = fc.oneof(strictPatch, loosePatch, hostileObject);

describe('mergeAndValidate(b, p, { maxErrors })', () => {
  it('lists the first maxErrors errors of the unlimited judgement, and says when there were more', () => {
    let truncated = 0;
    fc.assert(
      fc.property(baselines, patches, fc.integer({ min: 1, max: 6 }), (baseline, patch, maxErrors) => {
        const all = mergeAndValidate(baseline, patch);
        const first = mergeAndValidate(baseline, patch, { maxErrors });
        expect(first.errors).toEqual(all.errors.slice(0, maxErrors));
        expect(first.errorsTruncated).toBe(all.errors.length > maxErrors ? true : undefined);
        expect([first.valid, first.warnings, first.flow]).toEqual([all.valid, all.warnings, all.flow]);
        if (first.errorsTruncated) truncated += 1;
      }),
      { seed: 5150, numRuns: 300 },
    );
    // Cut short often enough, and not always, for the agreement to mean something.
    expect(truncated).toBeGreaterThan(30);
    expect(truncated).toBeLessThan(270);
  });

  it('below 1 counts as 1: an invalid flow still shows an error and is not valid', () => {
    const result = mergeAndValidate({}, { liveness: { minScore: 2, attemptLimit: 99 } }, { maxErrors: 0 });
    expect([result.valid, result.errors.length, result.errorsTruncated]).toEqual([false, 1, true]);
  });

  it('a-list-of-130000-bad-values-gets-its-first-errors-not-a-RangeError: 10 errors and errorsTruncated', () => {
    // Without a limit every error of such a list was spread into one push(...) call, past what
    // the stack takes (the sandbox's 500 for an 878 KiB body of bad values).
    const result = mergeAndValidate({}, { documents: { verificationMethods: new Array(130_000).fill(1) } }, { maxErrors: 10 });
    expect(result.errors.map((e) => e.field)).toEqual(Array.from({ length: 10 }, (_, i) => `documents.verificationMethods.${i}`));
    expect(result.errors[0]!.message).toBe('documents.verificationMethods.0 is 1; expected one of "SCAN_ZERO", "SCAN_PROMPT", "SCAN_STUDIO"');
    expect([result.valid, result.errorsTruncated]).toEqual([false, true]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { verdictOf } from '../../src/app/verdict.js';
import { countOf } from '../../src/count-of.js';
import { compareSummaryText } from '../../src/formatters/compare-summary.js';
import { driftSummaryText } from '../../src/formatters/drift-summary.js';
import { validateSummaryText } from '../../src/formatters/summaries.js';
import { CLI_NAMES } from '../../src/cli/names.js';

describe('countOf', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'flow file', undefined, '2 flow files'],
    [1, 'more error', 'more errors', '1 more error'],
    [3, 'intended difference', undefined, '3 intended differences'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(countOf(count, singular, plural)).toBe(expected);
  });
});

// Counts said `1 error(s) in 1 flow file(s)`, `1 warnings`, `1 of 2 paired flow(s) differ`.
describe('count-in-wrong-number: a count of one takes the singular, in every text output', () => {
  const compare = { paired: 1, differing: 1, intendedFields: 1, accidentalFields: 1, weakening: 1, onlyInA: 1, onlyInB: 1, invalidFiles: 0 };
  it.each([
    ['validate', validateSummaryText({ files: 1, valid: 1, invalid: 0, errors: 0, warnings: 0 }), '✔ 1 file valid'],
    ['compare, apart', compareSummaryText('a', 'b', compare), 'a and b differ: 1 of 1 paired flow differs by accident (1 field), 1 flow only in a, 1 flow only in b; 1 field weaker in b'],
    ['compare, matching', compareSummaryText('a', 'b', { ...compare, differing: 0, onlyInA: 0, onlyInB: 0, weakening: 0 }), 'a and b match apart from 1 intended difference in 1 paired flow'],
    ['compare, invalid', compareSummaryText('a', 'b', { ...compare, differing: 0, onlyInA: 0, onlyInB: 0, weakening: 0, invalidFiles: 1 }), 'a and b could not be compared in full: 1 file with errors, their flows not compared'],
    ['drift', driftSummaryText({ read: 1, drifted: 1, unreadable: 1, weakening: 1 }), 'Drift: 1 of 1 flow differs from its file; 1 field on the server weakens verification; 1 flow could not be read'],
    ['no drift', driftSummaryText({ read: 1, drifted: 0, unreadable: 0, weakening: 0 }), 'No drift: the API holds what 1 flow file says'],
  ])('%s', (_name, text, expected) => {
    expect(text).toBe(expected);
  });

  it.each([
    ['errors', { files: 1, valid: 0, invalid: 1, errors: 1, warnings: 0 }, undefined, '1 error in 1 flow file'],
    ['warnings', { files: 1, valid: 1, invalid: 0, errors: 0, warnings: 1 }, 0, '1 warning, more than --max-warnings 0'],
  ])('the verdict on %s', (_name, summary, maxWarnings, expected) => {
    const verdict = verdictOf({ validation: { files: [], summary }, ...(maxWarnings === undefined ? {} : { maxWarnings }) }, CLI_NAMES);
    expect(verdict.failure?.message).toBe(expected);
  });
});

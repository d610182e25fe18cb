/**
 * Every documented range, just inside and just outside each end: attempt limits are whole
 * numbers from 1 to 5, minScore 0.52 to 0.9, searchMinScore 0.7 to 0.95, version a whole
 * number from 1. Each row is judged as a patch, as a stored value, and inside the merge.
 */
import { describe, expect, it } from '@jest/globals';
import { defaultFlow } from '../../src/index.js';
import { patchAt, readFixture, type ExpectedDiagnostic } from './support/fixtures.js';
import { valueAt } from './support/json-graph.js';
import { checkPatch, expectErrors, merge } from './support/judge.js';

interface RangeRow {
  name: string;
  field: string;
  value: unknown;
  /** null when the value is accepted. */
  expected: { rule: 'range' | 'type'; message: string } | null;
}

const ROWS = readFixture<RangeRow[]>('engine/ranges.json');

function expectedErrors(row: RangeRow): ExpectedDiagnostic[] {
  return row.expected ? [{ field: row.field, ...row.expected }] : [];
}

describe('range fixtures', () => {
  it('cover both ends of every documented range, inside and outside', () => {
    const fields = ['documents.attemptLimit', 'liveness.attemptLimit', 'liveness.minScore', 'liveness.searchMinScore', 'version'];
    for (const field of fields) {
      const rows = ROWS.filter((row) => row.field === field);
      expect({ field, accepted: rows.some((r) => r.expected === null), rejected: rows.some((r) => r.expected?.rule === 'range') }).toEqual({
        field,
        accepted: true,
        rejected: true,
      });
    }
  });
});

describe.each(ROWS)('$name', (row) => {
  const patch = patchAt(row.field, row.value);

  it('as a patch on its own', () => {
    expectErrors(checkPatch(patch), expectedErrors(row));
  });

  it('as a patch on a new flow', () => {
    const result = merge({}, patch);
    expectErrors(result, expectedErrors(row));
    // The value lands even when it is wrong: the flow shows what the API would be asked to store.
    expect(valueAt(result.flow, row.field)).toEqual(row.value);
  });

  it('as a value already stored in the baseline', () => {
    expectErrors(merge(patch, {}), expectedErrors(row));
  });

  it('as a stored value a patch sets back to the default', () => {
    const fallback = valueAt(defaultFlow(), row.field);
    const result = merge(patch, patchAt(row.field, fallback));
    expectErrors(result, []);
    expect(valueAt(result.flow, row.field)).toEqual(fallback);
  });
});

describe('range messages', () => {
  it('quote the value and both ends of the range, as STYLE.md shows', () => {
    const { errors } = merge({}, { liveness: { minScore: 0.95 } });
    expect(errors).toEqual([
      { field: 'liveness.minScore', message: 'liveness.minScore is 0.95; expected a number from 0.52 to 0.9', severity: 'error', rule: 'range' },
    ]);
  });

  it('report each out-of-range field of one patch separately', () => {
    const patch = { documents: { attemptLimit: 0 }, liveness: { attemptLimit: 9, minScore: 0.1, searchMinScore: 1 }, version: 0 };
    const { errors } = merge({}, patch);
    expect(errors.map((e) => [e.field, e.rule])).toEqual(
      expect.arrayContaining([
        ['documents.attemptLimit', 'range'],
        ['liveness.attemptLimit', 'range'],
        ['liveness.minScore', 'range'],
        ['liveness.searchMinScore', 'range'],
        ['version', 'range'],
      ]),
    );
    expect(errors).toHaveLength(5);
  });
});

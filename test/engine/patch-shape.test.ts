/**
 * What a body or baseline of the wrong shape gives: a non-object, null where the schema allows
 * it and where it does not, unknown keys (with a did-you-mean when one is close), read-only
 * fields, and list items missing what they need. Bad data is reported, never thrown.
 */
import { describe, expect, it } from '@jest/globals';
import { applyPatch, defaultFlow, validateFlow } from '../../src/index.js';
import { readFixture, type CaseRow } from './support/fixtures.js';
import { checkPatch, expectErrors, merge } from './support/judge.js';

const ROWS = readFixture<CaseRow[]>('engine/patch-shape.json');

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe.each(ROWS)('$name', (row) => {
  it('merged, has exactly the expected errors', () => {
    expectErrors(merge(row.baseline, row.patch), row.expected.errors);
  });

  it('the patch alone has the patch-level subset of those errors', () => {
    // Baseline problems belong to the flow; everything wrong with the patch itself is found without it.
    const baselineErrors = isObject(row.baseline) ? validateFlow(applyPatch(row.baseline, {})).errors : [];
    const fromPatch = row.expected.errors.filter(
      (e) => !e.message.startsWith('the baseline') && !baselineErrors.some((b) => b.field === e.field && b.rule === e.rule),
    );
    expectErrors(checkPatch(row.patch), fromPatch);
  });
});

describe('non-object inputs', () => {
  it.each(['active', 42, [], null, true])('a patch of %p leaves the flow as the baseline has it', (patch) => {
    const result = merge({ status: 'paused' }, patch);
    expect(result.flow).toEqual({ ...defaultFlow(), status: 'paused' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: '', rule: 'type', severity: 'error' });
  });

  it.each(['flow', 7, [], null])('a baseline of %p is replaced by the defaults before the patch lands', (baseline) => {
    const result = merge(baseline, { liveness: { minScore: 0.7 } });
    expect(result.flow).toEqual({ ...defaultFlow(), liveness: { ...defaultFlow().liveness, minScore: 0.7 } });
    expect(result.valid).toBe(false);
  });

  it.each(['flow', 7, [], null, undefined])('validateFlow of %p is one type error at the top', (flow) => {
    const result = validateFlow(flow);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: '', rule: 'type' });
    expect(result.errors[0]!.message).toMatch(/^the flow is .*; expected an object$/);
  });

  it('validateFlow of a partial flow names each missing section', () => {
    const { errors } = validateFlow({ status: 'draft' });
    expect(errors.filter((e) => e.rule === 'required').map((e) => e.field).sort()).toEqual(
      ['documents', 'integrations', 'liveness', 'signUpForm', 'steps', 'target', 'type', 'version'],
    );
    expect(errors.find((e) => e.field === 'version')?.message).toBe('version is required');
  });
});

describe('long values in messages', () => {
  it('are cut short so one value cannot flood the output', () => {
    const long = 'x'.repeat(500);
    const [error] = checkPatch({ status: long }).errors;
    expect(error?.rule).toBe('enum');
    expect(error!.message.length).toBeLessThan(200);
    expect(error!.message).toContain('…');
  });
});

/**
 * What the API accepts but is probably a mistake (src/engine/rules/warnings.ts): each warning
 * rule triggered and not triggered. Every row is a valid flow: warnings never make one invalid.
 */
import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/index.js';
import { readFixture, type ExpectedDiagnostic } from './support/fixtures.js';
import { checkFlow, merge } from './support/judge.js';

interface WarningRow {
  name: string;
  baseline: unknown;
  patch: unknown;
  /** Exactly the warnings of the merged flow, in order. */
  expected: ExpectedDiagnostic[];
}

const ROWS = readFixture<WarningRow[]>('engine/warnings.json');
const WARNING_RULES = RULES.filter((rule) => rule.severity === 'warning').map((rule) => rule.id);

describe('warning fixtures', () => {
  it.each(WARNING_RULES)('trigger %s in some row and leave it quiet in others', (rule) => {
    const triggering = ROWS.filter((row) => row.expected.some((w) => w.rule === rule));
    expect(triggering.length).toBeGreaterThan(0);
    expect(ROWS.length - triggering.length).toBeGreaterThan(0);
  });

  it('use only catalogued warning rules', () => {
    for (const row of ROWS) for (const w of row.expected) expect(WARNING_RULES).toContain(w.rule);
  });
});

describe.each(ROWS)('$name', (row) => {
  it('gives exactly the expected warnings, and no errors', () => {
    const result = merge(row.baseline, row.patch);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(row.expected.map((w) => ({ field: w.field, message: w.message, severity: 'warning', rule: w.rule })));
  });

  it('gives the same warnings when the merged flow is judged on its own', () => {
    const { flow, warnings } = merge(row.baseline, row.patch);
    expect(checkFlow(flow).warnings).toEqual(warnings);
  });
});

describe('warnings on a flow that is also invalid', () => {
  it('are still reported beside the errors', () => {
    const result = merge({}, { liveness: { minScore: 2 }, integrations: { webhook: 'abc' } });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.rule)).toEqual(['range']);
    expect(result.warnings.map((w) => w.rule)).toEqual(['step-skipped-but-configured', 'webhook-not-object-id']);
  });

  it('skip fields of the wrong type instead of throwing', () => {
    const baseline = { steps: { document: 'mandatory' }, signUpForm: 'x', documents: { verificationMethods: 'SCAN_ZERO' }, integrations: { webhook: 7, redirectUrl: 7 } };
    const result = merge(baseline, {});
    expect(result.errors.map((e) => [e.field, e.rule])).toEqual(
      expect.arrayContaining([['signUpForm', 'type'], ['documents.verificationMethods', 'type'], ['integrations.webhook', 'type'], ['integrations.redirectUrl', 'type']]),
    );
    expect(result.warnings).toEqual([]);
  });
});

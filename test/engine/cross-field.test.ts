/**
 * The rules that need the merged flow: the document step needs verification methods and
 * document types unless skipped; an API source needs apiUrl, apiTestType and apiTestValue;
 * additional sign-up fields need unique names. Empty lists and strings count as missing. Each
 * rule is broken and kept both ways: by the baseline and by the patch.
 */
import { describe, expect, it } from '@jest/globals';
import { readFixture, type CaseRow } from './support/fixtures.js';
import { checkPatch, expectErrors, merge } from './support/judge.js';

const ROWS = readFixture<CaseRow[]>('engine/cross-field.json');
const CROSS_FIELD_RULES = new Set(['required-when', 'unique-name']);

describe('cross-field fixtures', () => {
  it('state valid exactly when they list no errors', () => {
    for (const row of ROWS) expect([row.name, row.expected.valid]).toEqual([row.name, row.expected.errors.length === 0]);
  });

  it('break every cross-field error field at least once and keep each rule at least once', () => {
    const fields = new Set(ROWS.flatMap((row) => row.expected.errors.map((e) => e.field)));
    for (const field of ['documents.verificationMethods', 'documents.documentTypes', 'integrations.apiUrl', 'integrations.apiTestType', 'integrations.apiTestValue']) {
      expect(fields).toContain(field);
    }
    expect(ROWS.filter((row) => row.expected.valid).length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(ROWS)('$name', (row) => {
  it('merged, has exactly the expected errors', () => {
    expectErrors(merge(row.baseline, row.patch), row.expected.errors);
  });

  it('judged alone, the patch breaks no cross-field rule (they need the merged flow)', () => {
    expect(checkPatch(row.patch).errors.filter((e) => CROSS_FIELD_RULES.has(e.rule))).toEqual([]);
  });
});

describe('the baseline is judged too', () => {
  it('an empty patch on a baseline that breaks a rule reports the rule', () => {
    const result = merge({ steps: { document: 'optional' }, integrations: { source: 'API' } }, {});
    expect(result.errors.map((e) => e.field).sort()).toEqual([
      'documents.documentTypes',
      'documents.verificationMethods',
      'integrations.apiTestValue',
      'integrations.apiUrl',
    ]);
  });
});

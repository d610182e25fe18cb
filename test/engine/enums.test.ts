/**
 * Every documented enum (values copied from the reference page into enums.json, so a schema
 * that drifts from the page fails here): each allowed value accepted, each near miss rejected
 * with rule `enum`, quoting the allowed values, with a did-you-mean only when one is close.
 */
import { describe, expect, it } from '@jest/globals';
import { defaultFlow } from '../../src/index.js';
import { patchAt, readFixture } from './support/fixtures.js';
import { valueAt } from './support/json-graph.js';
import { checkFlow, checkPatch, expectErrors, merge } from './support/judge.js';

interface EnumRow {
  field: string;
  /** The field is a list and these are the values of its items. */
  list?: boolean;
  allowed: string[];
  nearMisses: Array<{ value: string; hint: string | null }>;
}

const ROWS = readFixture<EnumRow[]>('engine/enums.json');
const q = (value: unknown) => JSON.stringify(value);

function patchWith(row: EnumRow, value: unknown): Record<string, unknown> {
  return patchAt(row.field, row.list ? [value] : value);
}

function errorField(row: EnumRow): string {
  return row.list ? `${row.field}.0` : row.field;
}

function enumMessage(row: EnumRow, value: string, hint: string | null): string {
  const expected = `expected one of ${row.allowed.map(q).join(', ')}`;
  return `${errorField(row)} is ${q(value)}; ${expected}${hint === null ? '' : `; did you mean ${q(hint)}?`}`;
}

/** A flow holding `value`, with whatever the cross-field rules then need, so only the enum is judged. */
function flowWith(row: EnumRow, value: unknown): unknown {
  const flow = defaultFlow();
  flow.documents.verificationMethods = ['SCAN_PROMPT'];
  flow.documents.documentTypes = [{ country: 'Chile', configurations: [{ documentCategory: 'passport', documentTemplates: [] }] }];
  Object.assign(flow.integrations, { apiUrl: 'https://api.example.com/check', apiTestValue: 'test@example.com' });
  const [section, key] = row.field.split('.');
  if (key === undefined) Object.assign(flow, { [section!]: value });
  else Object.assign((flow as unknown as Record<string, object>)[section!]!, { [key]: row.list ? [value] : value });
  return flow;
}

const ACCEPTED = ROWS.flatMap((row) => row.allowed.map((value) => ({ name: `${row.field} = ${q(value)}`, row, value })));
const NEAR_MISSES = ROWS.flatMap((row) =>
  row.nearMisses.map(({ value, hint }) => ({ name: `${row.field} = ${q(value)} (${hint ? `did you mean ${hint}` : 'no suggestion'})`, row, value, hint })),
);

describe('enum fixtures', () => {
  it('give every enum at least one near miss with a suggestion and one without', () => {
    for (const row of ROWS) {
      expect([row.field, row.nearMisses.some((m) => m.hint !== null), row.nearMisses.some((m) => m.hint === null)]).toEqual([row.field, true, true]);
      for (const miss of row.nearMisses) expect(row.allowed).not.toContain(miss.value);
    }
  });
});

describe.each(ACCEPTED)('accepted: $name', ({ row, value }) => {
  it('in a patch', () => {
    expectErrors(checkPatch(patchWith(row, value)), []);
  });

  it('in a complete flow', () => {
    expectErrors(checkFlow(flowWith(row, value)), []);
  });

  it('lands in the merged flow with no enum or type error', () => {
    const result = merge({}, patchWith(row, value));
    expect(valueAt(result.flow, errorField(row))).toBe(value);
    expect(result.errors.filter((e) => e.rule === 'enum' || e.rule === 'type')).toEqual([]);
  });
});

describe.each(NEAR_MISSES)('rejected: $name', ({ row, value, hint }) => {
  const expected = { field: errorField(row), message: enumMessage(row, value, hint), rule: 'enum' };

  it('in a patch, with exactly one enum error', () => {
    expectErrors(checkPatch(patchWith(row, value)), [expected]);
  });

  it('in a complete flow, with exactly one enum error', () => {
    expectErrors(checkFlow(flowWith(row, value)), [expected]);
  });

  it('in mergeAndValidate, the same error makes the result invalid', () => {
    const result = merge({}, patchWith(row, value));
    expect(result.valid).toBe(false);
    expect(result.errors.filter((e) => e.rule === 'enum')).toEqual([{ ...expected, severity: 'error' }]);
  });
});

describe.each(ROWS)('wrong type: $field', (row) => {
  it('a number where a string belongs is a type error, not an enum error', () => {
    const { errors } = checkPatch(patchWith(row, 42));
    expect(errors).toEqual([
      { field: errorField(row), message: `${errorField(row)} is 42; expected one of ${row.allowed.map(q).join(', ')}`, severity: 'error', rule: 'type' },
    ]);
  });
});

describe('did-you-mean examples from the brief', () => {
  it.each([
    ['liveness', 'searchMode', 'fast', 'FAST'],
    ['documents', 'verificationMethods', 'SCAN_ZER0', 'SCAN_ZERO'],
  ])('%s.%s %s suggests %s', (section, key, value, hint) => {
    const patch = { [section]: { [key]: key === 'verificationMethods' ? [value] : value } };
    const [error] = checkPatch(patch).errors;
    expect(error?.rule).toBe('enum');
    expect(error?.message.endsWith(`; did you mean "${hint}"?`)).toBe(true);
  });
});

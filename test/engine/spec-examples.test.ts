/**
 * Replays every JSON example of the reference page (copied into test/fixtures/spec/): each
 * request body on a new flow and on the documented 200 response, the 200 response as a stored
 * flow, and the one documented 422 `details` entry.
 */
import { describe, expect, it } from '@jest/globals';
import { applyPatch, defaultFlow } from '../../src/index.js';
import { fixtureNames, readFixture, specFlow, type ExpectedDiagnostic } from './support/fixtures.js';
import { valueAt } from './support/json-graph.js';
import { checkFlow, checkPatch, expectErrors, merge } from './support/judge.js';

type Warned = Array<{ field: string; rule: string }>;
interface SpecRow {
  file: string;
  onDefaults: { errors: ExpectedDiagnostic[]; warnings: Warned };
  onStoredFlow: { warnings: Warned };
}

const SKIPPED_DOCUMENTS = { field: 'steps.document', rule: 'step-skipped-but-configured' };
const SKIPPED_LIVENESS = { field: 'steps.liveness', rule: 'step-skipped-but-configured' };
// The page's webhook ids ("64a1b2c3d4e5f6789012347") have 23 hex digits, not an ObjectId's 24.
const SPEC_WEBHOOK = { field: 'integrations.webhook', rule: 'webhook-not-object-id' };
const UNUSED_API = [
  { field: 'integrations.apiUrl', rule: 'unused-api-settings' },
  { field: 'integrations.apiTestValue', rule: 'unused-api-settings' },
];
const DOCUMENT_TYPES_REQUIRED = {
  field: 'documents.documentTypes',
  message: 'documentTypes is required when documents step is not skipped',
  rule: 'required-when',
};
const error422 = readFixture<{ status: number; details: Array<{ field: string; message: string }> }>('spec/error-422.json');
const documented422 = error422.details[0]!;

const ROWS: SpecRow[] = [
  { file: 'request-complete.json', onDefaults: { errors: [], warnings: [] }, onStoredFlow: { warnings: [SPEC_WEBHOOK, ...UNUSED_API] } },
  { file: 'request-documents.json', onDefaults: { errors: [], warnings: [SKIPPED_DOCUMENTS] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  { file: 'request-integrations.json', onDefaults: { errors: [], warnings: [SPEC_WEBHOOK] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  { file: 'request-liveness.json', onDefaults: { errors: [], warnings: [SKIPPED_LIVENESS] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  { file: 'request-sign-up-form.json', onDefaults: { errors: [], warnings: [] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  {
    file: 'request-steps.json',
    onDefaults: { errors: [{ ...documented422, rule: 'required-when' }, DOCUMENT_TYPES_REQUIRED], warnings: [] },
    onStoredFlow: { warnings: [SPEC_WEBHOOK] },
  },
  { file: 'tab-update-documents.json', onDefaults: { errors: [], warnings: [SKIPPED_DOCUMENTS] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  { file: 'tab-update-integrations.json', onDefaults: { errors: [], warnings: [] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
  { file: 'tab-update-liveness.json', onDefaults: { errors: [], warnings: [SKIPPED_LIVENESS] }, onStoredFlow: { warnings: [SPEC_WEBHOOK] } },
];

const READ_ONLY = ['_id', 'createdAt', 'updatedAt', 'webhookUrl', 'redirectUrl'] as const;

/**
 * Every scalar or list in a body, with its dot path: what the merged flow must then hold. Lists
 * are compared as subsets because their items gain defaults (documentTemplates: []).
 */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

function expectLanded(flow: unknown, body: unknown): void {
  for (const [path, value] of leaves(body)) expect({ [path]: valueAt(flow, path) }).toMatchObject({ [path]: value });
}

function warned(list: ReadonlyArray<{ field: string; rule: string }>): Warned {
  return list.map(({ field, rule }) => ({ field, rule }));
}

describe('the spec fixtures', () => {
  it('has a row for every request body and example tab on the page', () => {
    expect(ROWS.map((row) => row.file)).toEqual(fixtureNames('spec', /^(request|tab)-.*\.json$/));
  });

  it('documents the 422 entry this suite expects', () => {
    expect(error422.status).toBe(422);
    expect(error422.details).toEqual([
      { field: 'documents.verificationMethods', message: 'verificationMethods is required when documents step is not skipped' },
    ]);
  });
});

describe.each(ROWS)('$file', (row) => {
  const body = readFixture<Record<string, unknown>>(`spec/${row.file}`);

  it('is a well-formed PUT body on its own', () => {
    expect(checkPatch(body).errors).toEqual([]);
  });

  it('applied to a new flow (defaults) gives exactly the expected errors and warnings', () => {
    const result = merge({}, body);
    expectErrors(result, row.onDefaults.errors);
    expect(warned(result.warnings)).toEqual(row.onDefaults.warnings);
  });

  it('applied to a new flow lands every value of the body and keeps the other defaults', () => {
    const { flow } = merge({}, body);
    expectLanded(flow, body);
    const defaults = defaultFlow() as unknown as Record<string, unknown>;
    for (const section of Object.keys(defaults).filter((key) => !(key in body))) {
      expect([section, valueAt(flow, section)]).toEqual([section, defaults[section]]);
    }
  });

  it('applied to the documented 200 flow is valid, keeps its read-only fields and lands the body', () => {
    const stored = specFlow();
    const result = merge(stored, body);
    expect(result.errors).toEqual([]);
    expect(warned(result.warnings)).toEqual(row.onStoredFlow.warnings);
    for (const key of READ_ONLY) expect([key, valueAt(result.flow, key)]).toEqual([key, stored[key]]);
    expectLanded(result.flow, body);
  });
});

describe('request-steps.json on a new flow (the documented 422)', () => {
  const { errors } = merge({}, readFixture('spec/request-steps.json'));

  it('reports the documented details entry byte for byte, once', () => {
    const entries = errors.filter((e) => e.field === documented422.field);
    expect(entries).toHaveLength(1);
    expect({ field: entries[0]!.field, message: entries[0]!.message }).toStrictEqual(documented422);
  });
});

describe('the documented 200 response', () => {
  it('is a valid stored flow', () => {
    const result = checkFlow(specFlow());
    expect(result.errors).toEqual([]);
    expect(warned(result.warnings)).toEqual([SPEC_WEBHOOK]);
  });

  it('merged with an empty patch comes back unchanged, read-only fields included', () => {
    const stored = specFlow();
    const result = merge(stored, {});
    expect(result.valid).toBe(true);
    expect(result.flow).toEqual(stored);
    expect(result.flow._id).toBe('64a1b2c3d4e5f6789012346');
    expect(result.flow.createdAt).toBe('2023-07-01T10:00:00.000Z');
    expect(result.flow.updatedAt).toBe('2023-07-01T16:45:00.000Z');
    expect(result.flow.webhookUrl).toBe('https://example.com/webhook');
    expect(result.flow.redirectUrl).toBe('https://example.com/success');
  });

  it('fills documentTemplates: [] into document configurations that omit it (the Update Documents tab)', () => {
    const flow = applyPatch({}, readFixture('spec/tab-update-documents.json'));
    expect(flow.documents.documentTypes).toEqual([
      { country: 'United States', configurations: [{ active: true, documentCategory: 'government_id', documentTemplates: [] }] },
    ]);
  });

  it('the complete example applied to defaults equals the defaults overlaid with it', () => {
    const complete = readFixture<Record<string, Record<string, unknown>>>('spec/request-complete.json');
    const defaults = defaultFlow() as unknown as Record<string, Record<string, unknown>>;
    const expected = { ...defaults, status: complete.status };
    for (const section of ['signUpForm', 'documents', 'liveness', 'steps', 'integrations']) {
      Object.assign(expected, { [section]: { ...defaults[section], ...complete[section] } });
    }
    expect(applyPatch({}, complete)).toEqual(expected);
  });
});

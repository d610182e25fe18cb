/**
 * How a PUT body lands on a stored flow: objects merge key by key, lists and scalars replace,
 * null lands only where the schema allows it, read-only fields stay, unknown keys are dropped,
 * and missing fields take their documented defaults at any depth.
 */
import { describe, expect, it } from '@jest/globals';
import { applyPatch, defaultFlow } from '../../src/index.js';
import { readFixture, specFlow } from './support/fixtures.js';
import { deepFreeze, exoticObjects, expectNoPollution, hasPath, prototypeSnapshot, sharedObjects, valueAt } from './support/json-graph.js';
import { merge } from './support/judge.js';

interface MergeRow {
  name: string;
  baseline: unknown;
  patch: unknown;
  /** Dot path to the value the merged flow holds there. */
  expected: Record<string, unknown>;
  /** Dot paths the merged flow must not have as own keys. */
  absent: string[];
}

const ROWS = readFixture<MergeRow[]>('engine/merge.json');

/** The defaults as the reference page's field tables document them. */
const DOCUMENTED_DEFAULTS = {
  signUpForm: {
    fullName: true,
    fullNameStyle: 'separate',
    email: false,
    emailGateway: 'none',
    phone: false,
    phoneGateway: 'sms',
    showTermsAndConditions: false,
    showPrivacyNotice: false,
    additionalFields: [],
    allowAdditionalFields: false,
  },
  documents: { attemptLimit: 3, criminalHistoryVerification: false, informationVerification: false, screening: false, verificationMethods: [], documentTypes: [] },
  liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: 'FAST' },
  steps: { document: 'skip', liveness: 'skip' },
  integrations: { redirectUrl: '', webhook: null, source: 'NONE', strategy: 'none', apiUrl: '', apiTestType: 'email', apiTestValue: '' },
};

describe.each(ROWS)('$name', (row) => {
  it('holds the expected values and lacks the dropped keys', () => {
    const before = prototypeSnapshot();
    const flow = applyPatch(row.baseline, row.patch);
    for (const [path, value] of Object.entries(row.expected)) {
      expect({ path, present: hasPath(flow, path), value: valueAt(flow, path) }).toEqual({ path, present: true, value });
    }
    for (const path of row.absent) expect({ path, present: hasPath(flow, path) }).toEqual({ path, present: false });
    expectNoPollution(before);
  });

  it('is the flow mergeAndValidate returns', () => {
    expect(merge(row.baseline, row.patch).flow).toEqual(applyPatch(row.baseline, row.patch));
  });

  it('leaves its inputs as they were and shares no object with them', () => {
    const baseline = structuredClone(row.baseline);
    const patch = structuredClone(row.patch);
    const flow = applyPatch(row.baseline, row.patch);
    expect(row.baseline).toEqual(baseline);
    expect(row.patch).toEqual(patch);
    expect(sharedObjects(flow, row.baseline, row.patch)).toEqual([]);
    expect(exoticObjects(flow)).toEqual([]);
  });
});

describe('defaults', () => {
  it('defaultFlow holds every default the reference page documents', () => {
    expect(defaultFlow()).toEqual({ status: 'draft', target: 'personal', type: 'onboarding', version: 1, ...DOCUMENTED_DEFAULTS });
  });

  it('an empty patch on an empty baseline gives the defaults, which are valid', () => {
    const result = merge({}, {});
    expect(result.flow).toEqual(defaultFlow());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('each call gives fresh objects: changing one result changes no later one', () => {
    const first = defaultFlow();
    first.liveness.minScore = 0.1;
    first.documents.verificationMethods.push('SCAN_ZERO');
    const merged = applyPatch({}, {});
    merged.signUpForm.additionalFields.push({ name: 'x', label: 'X', type: 'text' });
    merged.integrations.webhook = 'changed';
    expect(defaultFlow()).toEqual({ status: 'draft', target: 'personal', type: 'onboarding', version: 1, ...DOCUMENTED_DEFAULTS });
    expect(applyPatch({}, {})).toEqual(defaultFlow());
    expect(merge({}, { steps: { liveness: 'skip' } }).warnings).toEqual([]);
  });
});

describe('purity on the documented examples', () => {
  const stored = specFlow();
  const complete = readFixture<Record<string, unknown>>('spec/request-complete.json');

  it('works on deeply frozen inputs, so it never writes to them', () => {
    const result = merge(deepFreeze(structuredClone(stored)), deepFreeze(structuredClone(complete)));
    expect(result.valid).toBe(true);
    expect(result.flow.status).toBe('active');
  });

  it('shares no object with the baseline or the patch, even where the patch changes nothing', () => {
    const flow = applyPatch(stored, complete);
    expect(sharedObjects(flow, stored, complete)).toEqual([]);
    expect(flow.documents.documentTypes).toEqual(complete.documents && (complete.documents as { documentTypes: unknown }).documentTypes);
    expect(flow.documents.documentTypes).not.toBe((complete.documents as { documentTypes: unknown }).documentTypes);
  });

  it('changing the result afterwards changes neither input', () => {
    const baseline = structuredClone(stored);
    const patch = structuredClone(complete);
    const flow = applyPatch(baseline, patch);
    flow.documents.documentTypes[0]!.configurations[0]!.documentTemplates!.push('x');
    flow.liveness.minScore = 0.1;
    expect(baseline).toEqual(stored);
    expect(patch).toEqual(complete);
  });
});

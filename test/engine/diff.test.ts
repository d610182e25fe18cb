import * as fc from 'fast-check';
import { diffBodies } from '../../src/engine/diff.js';
import { changeSeverity } from '../../src/engine/severity.js';
import type { FieldChange } from '../../src/engine/diff.js';

interface DiffRow {
  name: string;
  before: unknown;
  after: unknown;
  expected: FieldChange[];
}

const passport = { active: true, documentCategory: 'passport', documentTemplates: [] };
const governmentId = { active: true, documentCategory: 'government_id', documentTemplates: [] };
const unitedStates = { country: 'United States', configurations: [governmentId, passport] };
const canada = { country: 'Canada', configurations: [passport] };
const documents = (documentTypes: unknown[]) => ({ documents: { documentTypes } });

const DIFF_ROWS: DiffRow[] = [
  { name: 'two absent bodies', before: undefined, after: undefined, expected: [] },
  { name: 'identical bodies', before: { status: 'active', steps: { document: 'mandatory' } }, after: { steps: { document: 'mandatory' }, status: 'active' }, expected: [] },
  { name: 'an empty section is no change', before: {}, after: { liveness: {} }, expected: [] },
  { name: 'a scalar changes', before: { status: 'draft' }, after: { status: 'active' }, expected: [{ field: 'status', before: 'draft', after: 'active', severity: 'changes', weakens: false }] },
  { name: 'a field is added', before: {}, after: { liveness: { minScore: 0.7 } }, expected: [{ field: 'liveness.minScore', after: 0.7, severity: 'changes', weakens: false }] },
  { name: 'a field is removed and falls back to a lower default', before: { liveness: { minScore: 0.7 } }, after: {}, expected: [{ field: 'liveness.minScore', before: 0.7, severity: 'weakens', weakens: true }] },
  { name: 'null is a value, not an absence', before: { integrations: { webhook: null } }, after: { integrations: { webhook: '64a1b2c3d4e5f6789012347' } }, expected: [{ field: 'integrations.webhook', before: null, after: '64a1b2c3d4e5f6789012347', severity: 'changes', weakens: false }] },
  {
    name: 'a list of scalars is one value',
    before: { documents: { verificationMethods: ['SCAN_PROMPT', 'SCAN_STUDIO'] } },
    after: { documents: { verificationMethods: ['SCAN_PROMPT'] } },
    expected: [{ field: 'documents.verificationMethods', before: ['SCAN_PROMPT', 'SCAN_STUDIO'], after: ['SCAN_PROMPT'], severity: 'weakens', weakens: true }],
  },
  {
    name: 'a verification method added',
    before: { documents: { verificationMethods: ['SCAN_PROMPT'] } },
    after: { documents: { verificationMethods: ['SCAN_PROMPT', 'SCAN_ZERO'] } },
    expected: [{ field: 'documents.verificationMethods', before: ['SCAN_PROMPT'], after: ['SCAN_PROMPT', 'SCAN_ZERO'], severity: 'changes', weakens: false }],
  },
  {
    name: 'verification methods reordered',
    before: { documents: { verificationMethods: ['SCAN_PROMPT', 'SCAN_ZERO'] } },
    after: { documents: { verificationMethods: ['SCAN_ZERO', 'SCAN_PROMPT'] } },
    expected: [{ field: 'documents.verificationMethods', before: ['SCAN_PROMPT', 'SCAN_ZERO'], after: ['SCAN_ZERO', 'SCAN_PROMPT'], severity: 'changes', weakens: false }],
  },
  {
    name: 'lists of objects compare per index, down to the leaf',
    before: documents([unitedStates]),
    after: documents([{ ...unitedStates, configurations: [{ ...governmentId, active: false }, passport] }]),
    expected: [{ field: 'documents.documentTypes.0.configurations.0.active', before: true, after: false, severity: 'weakens', weakens: true }],
  },
  {
    name: 'a configuration removed is reported whole at its index',
    before: documents([unitedStates]),
    after: documents([{ ...unitedStates, configurations: [governmentId] }]),
    expected: [{ field: 'documents.documentTypes.0.configurations.1', before: passport, severity: 'weakens', weakens: true }],
  },
  {
    name: 'a configuration added',
    before: documents([{ ...unitedStates, configurations: [governmentId] }]),
    after: documents([unitedStates]),
    expected: [{ field: 'documents.documentTypes.0.configurations.1', after: passport, severity: 'changes', weakens: false }],
  },
  {
    name: 'a document type removed',
    before: documents([unitedStates, canada]),
    after: documents([unitedStates]),
    expected: [{ field: 'documents.documentTypes.1', before: canada, severity: 'weakens', weakens: true }],
  },
  {
    name: 'the first document type added to an empty list',
    before: documents([]),
    after: documents([canada]),
    expected: [{ field: 'documents.documentTypes.0', after: canada, severity: 'changes', weakens: false }],
  },
  {
    name: 'a country replaced in place counts as removing the old one',
    before: documents([canada]),
    after: documents([{ ...canada, country: 'Mexico' }]),
    expected: [{ field: 'documents.documentTypes.0.country', before: 'Canada', after: 'Mexico', severity: 'weakens', weakens: true }],
  },
  {
    name: 'a list that appears is one value at its path',
    before: { documents: {} },
    after: documents([canada]),
    expected: [{ field: 'documents.documentTypes', after: [canada], severity: 'changes', weakens: false }],
  },
  {
    name: 'a list that disappears falls back to the empty default',
    before: documents([canada]),
    after: { documents: {} },
    expected: [{ field: 'documents.documentTypes', before: [canada], severity: 'weakens', weakens: true }],
  },
  {
    name: 'an empty list is not the same as no list in a PUT body',
    before: {},
    after: { documents: { verificationMethods: [] } },
    expected: [{ field: 'documents.verificationMethods', after: [], severity: 'changes', weakens: false }],
  },
  {
    name: 'additional sign-up fields compare per index',
    before: { signUpForm: { additionalFields: [{ name: 'company', label: 'Company', type: 'text' }] } },
    after: { signUpForm: { additionalFields: [{ name: 'company', label: 'Company name', type: 'text' }] } },
    expected: [{ field: 'signUpForm.additionalFields.0.label', before: 'Company', after: 'Company name', severity: 'changes', weakens: false }],
  },
  {
    name: 'a change of type is reported at the path',
    before: { documents: { verificationMethods: 'SCAN_PROMPT' } },
    after: { documents: { verificationMethods: ['SCAN_PROMPT'] } },
    expected: [{ field: 'documents.verificationMethods', before: 'SCAN_PROMPT', after: ['SCAN_PROMPT'], severity: 'changes', weakens: false }],
  },
  {
    name: 'fields come in schema order, whatever order the files use',
    before: { steps: { liveness: 'skip', document: 'skip' }, status: 'draft' },
    after: { status: 'active', steps: { document: 'mandatory', liveness: 'optional' } },
    expected: [
      { field: 'status', before: 'draft', after: 'active', severity: 'changes', weakens: false },
      { field: 'steps.document', before: 'skip', after: 'mandatory', severity: 'changes', weakens: false },
      { field: 'steps.liveness', before: 'skip', after: 'optional', severity: 'changes', weakens: false },
    ],
  },
  {
    name: 'unknown keys follow the known ones, in the order after has them, then before',
    before: { zeta: 1, gone: true, status: 'draft' },
    after: { zeta: 2, alpha: 3, status: 'active' },
    expected: [
      { field: 'status', before: 'draft', after: 'active', severity: 'changes', weakens: false },
      { field: 'zeta', before: 1, after: 2, severity: 'changes', weakens: false },
      { field: 'alpha', after: 3, severity: 'changes', weakens: false },
      { field: 'gone', before: true, severity: 'changes', weakens: false },
    ],
  },
  {
    name: 'a flow added is every leaf added',
    before: undefined,
    after: { status: 'active', steps: { document: 'mandatory' } },
    expected: [
      { field: 'status', after: 'active', severity: 'adds', weakens: false },
      { field: 'steps.document', after: 'mandatory', severity: 'adds', weakens: false },
    ],
  },
  {
    name: 'a flow removed is every leaf removed, judged against the defaults',
    before: { status: 'active', steps: { document: 'mandatory' }, liveness: { minScore: 0.6 } },
    after: undefined,
    expected: [
      { field: 'status', before: 'active', severity: 'deactivates', weakens: true },
      { field: 'liveness.minScore', before: 0.6, severity: 'changes', weakens: false },
      { field: 'steps.document', before: 'mandatory', severity: 'weakens', weakens: true },
    ],
  },
  {
    name: '__proto__ in a parsed file is an ordinary key',
    before: JSON.parse('{"__proto__": {"polluted": 1}}'),
    after: JSON.parse('{"__proto__": {"polluted": 2}}'),
    expected: [{ field: '__proto__.polluted', before: 1, after: 2, severity: 'changes', weakens: false }],
  },
];

describe('diffBodies', () => {
  test.each(DIFF_ROWS)('$name', ({ before, after, expected }) => {
    expect(diffBodies(before, after)).toEqual(expected);
  });

  test('an absent side is a missing key, not a key holding undefined', () => {
    const [added] = diffBodies({}, { status: 'active' });
    expect(Object.keys(added!)).toEqual(['field', 'after', 'severity', 'weakens']);
  });
});

const step = fc.constantFrom('mandatory', 'optional', 'skip');
const configuration = fc.record({ active: fc.boolean(), documentCategory: fc.constantFrom('passport', 'government_id', 'a.b') }, { requiredKeys: ['documentCategory'] });
const body = fc.record(
  {
    status: fc.constantFrom('draft', 'active', 'paused'),
    steps: fc.record({ document: step, liveness: step }, { requiredKeys: [] }),
    liveness: fc.record({ minScore: fc.constantFrom(0.52, 0.65, 0.9), searchMode: fc.constantFrom('FAST', 'ACCURATE'), attemptLimit: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] }),
    documents: fc.record(
      {
        screening: fc.boolean(),
        verificationMethods: fc.subarray(['SCAN_ZERO', 'SCAN_PROMPT', 'SCAN_STUDIO']),
        documentTypes: fc.array(fc.record({ country: fc.constantFrom('Canada', 'Mexico'), configurations: fc.array(configuration, { maxLength: 3 }) }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    integrations: fc.record({ webhook: fc.constantFrom(null, '64a1b2c3d4e5f6789012347'), strategy: fc.constantFrom('blacklist', 'none') }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** The value at a dot path, undefined when any step is missing. */
function valueAtPath(value: unknown, field: string): unknown {
  if (field === '') return value;
  return field.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** The same data with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

describe('diffBodies properties', () => {
  test('a body compared with itself has no changes', () => {
    fc.assert(fc.property(body, (b) => expect(diffBodies(b, structuredClone(b))).toEqual([])));
  });

  test('every change names a path whose values on each side are its before and after', () => {
    fc.assert(
      fc.property(fc.option(body, { nil: undefined }), fc.option(body, { nil: undefined }), (before, after) => {
        for (const change of diffBodies(before, after)) {
          expect(valueAtPath(before, change.field)).toEqual(change.before);
          expect(valueAtPath(after, change.field)).toEqual(change.after);
          // A new flow's fields are all `adds`; any other change is judged by the severity model.
          expect(change.severity).toBe(before === undefined ? 'adds' : changeSeverity(change.field, change.before, change.after));
          expect(change.weakens).toBe(change.severity === 'weakens' || change.severity === 'deactivates');
        }
      }),
    );
  });

  test('the order of keys in the files does not change the result', () => {
    fc.assert(fc.property(body, body, (before, after) => expect(diffBodies(reversedKeys(before), reversedKeys(after))).toEqual(diffBodies(before, after))));
  });

  test('inputs are left untouched', () => {
    fc.assert(
      fc.property(body, body, (before, after) => {
        const [b, a] = [structuredClone(before), structuredClone(after)];
        diffBodies(before, after);
        expect([before, after]).toEqual([b, a]);
      }),
    );
  });

  test('a scalar change that weakens, undone, does not weaken', () => {
    // Replacing a country or category weakens both ways (each direction drops one), so those
    // identity fields are left out; every other scalar rule is an ordering.
    const ordered = (c: FieldChange): boolean =>
      c.weakens && typeof c.before !== 'object' && typeof c.after !== 'object' && !/\.(country|documentCategory)$/.test(c.field);
    fc.assert(
      fc.property(body, body, (before, after) => {
        for (const change of diffBodies(before, after).filter(ordered)) {
          expect(changeSeverity(change.field, change.after, change.before)).toBe('changes');
        }
      }),
    );
  });
});

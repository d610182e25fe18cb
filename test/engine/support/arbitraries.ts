import fc from 'fast-check';
import type { ModelNode } from '../../../src/engine/model-node.js';
import { FLOW_MODEL } from '../../../src/generated/model.js';
import { readFixture } from './fixtures.js';

/** Keys that attack prototypes or shadow Object.prototype methods. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

function modelKeys(node: ModelNode, into = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    into.add(key);
    modelKeys(child, into);
  }
  if (node.items) modelKeys(node.items, into);
  return into;
}

const MODEL_KEYS = [...modelKeys(FLOW_MODEL)];
const ENUM_ROWS = readFixture<Array<{ field: string; list?: boolean; allowed: string[] }>>('engine/enums.json');
/** Allowed values by model path; `*` stands for any list item. */
const ENUMS = new Map(ENUM_ROWS.map((row) => [row.list ? `${row.field}.*` : row.field, row.allowed]));
const ENUM_VALUES = ENUM_ROWS.flatMap((row) => row.allowed);
/** The documented ranges, from the reference page. */
const RANGES = new Map<string, { min: number; max: number; integer: boolean }>([
  ['version', { min: 1, max: 50, integer: true }],
  ['documents.attemptLimit', { min: 1, max: 5, integer: true }],
  ['liveness.attemptLimit', { min: 1, max: 5, integer: true }],
  ['liveness.minScore', { min: 0.52, max: 0.9, integer: false }],
  ['liveness.searchMinScore', { min: 0.7, max: 0.95, integer: false }],
]);
/** Strings that must look like something particular to be right, by model path. */
const STRINGS = new Map<string, fc.Arbitrary<unknown>>([
  ['integrations.webhook', fc.oneof(fc.constant(null), fc.stringMatching(/^[0-9a-f]{24}$/))],
  ['integrations.redirectUrl', fc.constantFrom('', 'https://example.com/success', 'http://localhost:3000/done')],
  ['integrations.apiUrl', fc.constantFrom('', 'https://api.example.com/check')],
  ['integrations.apiTestValue', fc.constantFrom('', 'test@example.com', '+15550100')],
  // A small alphabet, so that duplicate names (rule unique-name) come up often.
  ['signUpForm.additionalFields.*.name', fc.constantFrom('company', 'role', 'city')],
]);

const scalarText = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-1', '1', '2.5', '6', '0.51', '0.52', '0.9', '0.95', '1e400', '""'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(...ENUM_VALUES).map((s) => JSON.stringify(s)),
);
const jsonKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...MODEL_KEYS), fc.string({ maxLength: 6 }));
const texts = fc.letrec<{ node: string; array: string; object: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarText, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(jsonKey, tie('node')), { maxLength: 5 })
    .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
}));

/**
 * Any JSON value, parsed from text so that `__proto__` is an ordinary own key, as it is in a
 * file or a request body. Keys mix prototype attackers, the model's keys and random strings.
 */
export const hostileJson: fc.Arbitrary<unknown> = texts.node.map((text) => JSON.parse(text) as unknown);
/** Like {@link hostileJson}, always an object at the top. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = texts.object.map((text) => JSON.parse(text) as Record<string, unknown>);

const noise: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', 0, -1, 6, 2.5, 0.51, 0.96, true, 'x', [], {}),
  fc.constantFrom(...ENUM_VALUES).map((value) => value.toUpperCase()),
  hostileJson,
);

function withOwn(target: Record<string, unknown>, entries: Array<[string, unknown]>): Record<string, unknown> {
  for (const [key, value] of entries) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

function leaf(path: string, node: ModelNode): fc.Arbitrary<unknown> {
  const types = node.types ?? [];
  const allowed = ENUMS.get(path);
  const range = RANGES.get(path);
  const special = STRINGS.get(path);
  if (allowed) return fc.constantFrom(...allowed);
  if (special) return special;
  if (range) {
    return range.integer
      ? fc.integer({ min: range.min, max: range.max })
      : fc.oneof(fc.constantFrom(range.min, range.max), fc.double({ min: range.min, max: range.max, noNaN: true }));
  }
  if (types.includes('boolean')) return fc.boolean();
  if (types.includes('string')) return fc.string({ minLength: 1, maxLength: 10 });
  if (types.includes('array')) return fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 });
  return fc.constant(null);
}

function fromModel(node: ModelNode, path: string, strict: boolean, listItem: boolean): fc.Arbitrary<unknown> {
  let valid: fc.Arbitrary<unknown>;
  if (node.properties) {
    const entries = Object.entries(node.properties).filter(([, child]) => !child.readOnly);
    const shape = Object.fromEntries(entries.map(([key, child]) => [key, fromModel(child, path ? `${path}.${key}` : key, strict, false)]));
    // List items need all their keys to be valid; sections and the body may leave any out.
    const record = listItem ? fc.record(shape) : fc.record(shape, { requiredKeys: [] });
    valid = strict
      ? record
      : fc
          .tuple(record, fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, 'minScroe', 'bogus', '_id', 'redirectUrl'), noise), { maxLength: 2 }))
          .map(([value, extras]) => withOwn(value as Record<string, unknown>, extras));
  } else if (node.items) {
    valid = fc.array(fromModel(node.items, `${path}.*`, strict, true), { maxLength: 3 });
  } else {
    valid = leaf(path, node);
  }
  return strict || path === '' ? valid : fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: noise });
}

/** Bodies whose every value is right on its own: only cross-field rules can fail on them. */
export const strictPatch = fromModel(FLOW_MODEL, '', true, false) as fc.Arbitrary<Record<string, unknown>>;
/** Bodies shaped like the model with wrong values, unknown and hostile keys mixed in. */
export const loosePatch = fromModel(FLOW_MODEL, '', false, false) as fc.Arbitrary<Record<string, unknown>>;

const readOnlyFields = fc.record(
  {
    _id: fc.stringMatching(/^[0-9a-f]{24}$/),
    createdAt: fc.constant('2023-07-01T10:00:00.000Z'),
    updatedAt: fc.constant('2023-07-01T16:45:00.000Z'),
    webhookUrl: fc.constant('https://example.com/webhook'),
    redirectUrl: fc.constant('https://example.com/success'),
  },
  { requiredKeys: [] },
);

/** Stored flows made only of the model's keys: partial or complete, read-only fields included. */
export const cleanBaseline: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(strictPatch, readOnlyFields)
  .map(([sections, readOnly]) => ({ ...sections, ...readOnly }));

/** Own keys of objects in `value` that the model does not know at that place, as dot paths. */
export function keysOutsideModel(value: unknown, node: ModelNode = FLOW_MODEL, path = ''): string[] {
  if (Array.isArray(value)) return node.items ? value.flatMap((item, i) => keysOutsideModel(item, node.items!, `${path}.${i}`)) : [];
  if (typeof value !== 'object' || value === null || !node.properties) return [];
  const known = node.properties;
  return Object.keys(value).flatMap((key) => {
    const here = path ? `${path}.${key}` : key;
    if (!Object.prototype.hasOwnProperty.call(known, key)) return [here];
    return keysOutsideModel((value as Record<string, unknown>)[key], known[key]!, here);
  });
}

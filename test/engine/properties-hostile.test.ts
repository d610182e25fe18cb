/**
 * mergeAndValidate on any JSON at all, prototype attackers included (`__proto__`,
 * `constructor`, `prototype`, `toString` at any depth and inside lists, parsed from text so
 * they are own keys): it never throws, its result keeps the valid/errors invariant, and no
 * prototype changes. Seeded, so a failure replays.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyPatch, mergeAndValidate, validateFlow, validatePatch } from '../../src/index.js';
import { HOSTILE_KEYS, cleanBaseline, hostileJson, hostileObject, keysOutsideModel, loosePatch } from './support/arbitraries.js';
import { specFlow } from './support/fixtures.js';
import { exoticObjects, expectNoPollution, pathsWithKeys, prototypeSnapshot } from './support/json-graph.js';
import { expectConsistent } from './support/judge.js';

fc.configureGlobal({ seed: 777001, numRuns: 500 });

const anything = fc.oneof(hostileJson, hostileObject, loosePatch);
const hostile = new Set(HOSTILE_KEYS);
let before: Record<string, string[]>;

beforeAll(() => {
  before = prototypeSnapshot();
});

afterAll(() => {
  expectNoPollution(before);
});

describe('on arbitrary JSON', () => {
  it('mergeAndValidate never throws, keeps valid iff no errors, and pollutes nothing', () => {
    fc.assert(
      fc.property(anything, anything, (baseline, patch) => {
        let result: ReturnType<typeof mergeAndValidate> | undefined;
        expect(() => {
          result = mergeAndValidate(baseline, patch);
        }).not.toThrow();
        expectConsistent(result!);
        expect(exoticObjects(result!.flow)).toEqual([]);
        expectNoPollution(before);
      }),
    );
  });

  it('validatePatch and validateFlow never throw and keep valid iff no errors', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expectConsistent(validatePatch(value));
        expectConsistent(validateFlow(value));
        expectNoPollution(before);
      }),
    );
  });

  it('a non-object patch is always exactly one type error at field ""', () => {
    const nonObject = hostileJson.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value));
    fc.assert(
      fc.property(nonObject, (patch) => {
        const { errors } = validatePatch(patch);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ field: '', rule: 'type', severity: 'error' });
        expect(errors[0]!.message).toMatch(/^the patch is .*; expected an object$/);
      }),
    );
  });
});

describe('hostile keys from a patch', () => {
  const cleanOrSpec = fc.oneof(cleanBaseline, fc.constant(specFlow()), fc.constant({}));

  it('never become keys of the merged flow where the model knows the keys, at any depth', () => {
    fc.assert(
      fc.property(cleanOrSpec, anything, (baseline, patch) => {
        const flow = applyPatch(baseline, patch);
        expect(keysOutsideModel(flow)).toEqual([]);
        expect(exoticObjects(flow)).toEqual([]);
      }),
    );
  });

  it('stay data when a wrong-typed object replaces a scalar (reported as a type error)', () => {
    // Scalars replace wholesale, so an object given for one lands as it is; its keys stay own keys.
    const patch = JSON.parse('{"status":{"__proto__":{"polluted":true}},"liveness":{"minScore":{"constructor":{"prototype":{"polluted":true}}}}}');
    const result = mergeAndValidate({}, patch);
    expect(pathsWithKeys(result.flow, hostile)).toEqual(['status.__proto__', 'liveness.minScore.constructor', 'liveness.minScore.constructor.prototype']);
    expect(exoticObjects(result.flow)).toEqual([]);
    expect(result.errors.map((e) => [e.field, e.rule])).toEqual([
      ['status', 'type'],
      ['liveness.minScore', 'type'],
    ]);
    expectNoPollution(before);
  });

  it('are reported as unknown keys wherever the model knows the keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom('', 'liveness', 'signUpForm.additionalFields.0', 'documents.documentTypes.0.configurations.0'), (key, at) => {
        const inner = `{${JSON.stringify(key)}:{"polluted":true}}`;
        const text = at
          .split('.')
          .filter(Boolean)
          .reverse()
          .reduce((body, part) => (/^\d+$/.test(part) ? `[${body}]` : `{${JSON.stringify(part)}:${body}}`), inner);
        const result = mergeAndValidate({}, JSON.parse(text));
        const field = at ? `${at}.${key}` : key;
        expect(result.errors.filter((e) => e.field === field).map((e) => e.rule)).toEqual(['unknown-key']);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Properties of applyPatch over generated inputs: pure, idempotent, sharing no object with its
 * inputs, landing every known value of the patch and leaving everything else as it was.
 * Seeded, so a failure replays; fast-check prints the seed and the shrunk counterexample.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ModelNode } from '../../src/engine/model-node.js';
import { FLOW_MODEL } from '../../src/generated/model.js';
import { fillDefaultsInPlace } from '../../src/engine/defaults.js';
import { mergeLayers, mergeOnto } from '../../src/engine/merge.js';
import { applyPatch } from '../../src/index.js';
import { cleanBaseline, hostileJson, hostileObject, keysOutsideModel, loosePatch, strictPatch } from './support/arbitraries.js';
import { specFlow } from './support/fixtures.js';
import { deepFreeze, exoticObjects, sharedObjects } from './support/json-graph.js';

fc.configureGlobal({ seed: 20240701, numRuns: 400 });

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Baselines of every kind: clean stored flows, the documented one, and anything at all. */
const anyBaseline = fc.oneof(cleanBaseline, fc.constant(specFlow()), hostileObject, hostileJson);
/** Patches of every kind: right, wrong in places, and anything at all. */
const anyPatch = fc.oneof(strictPatch, loosePatch, hostileObject, hostileJson);

/**
 * Walks the model beside the patch: each known, writable, non-ignored value of the patch is in
 * the flow; every other field of the flow is as `before` (the baseline with defaults) had it.
 */
function expectLanded(before: Json, patch: Json, flow: Json, node: ModelNode, path: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const here = path ? `${path}.${key}` : key;
    const value = patch[key];
    const ignored = !hasOwn(patch, key) || child.readOnly || (value === null && !child.types?.includes('null'));
    if (ignored) {
      expect({ here, value: flow[key] }).toEqual({ here, value: before[key] });
    } else if (isObject(value) && child.properties && isObject(before[key]) && isObject(flow[key])) {
      expectLanded(before[key], value, flow[key], child, here);
    } else if (Array.isArray(value) && child.items?.properties) {
      const items = flow[key] as unknown[];
      expect({ here, length: items.length }).toEqual({ here, length: value.length });
      value.forEach((item, i) => {
        if (!isObject(item)) return expect({ here: `${here}.${i}`, item: items[i] }).toEqual({ here: `${here}.${i}`, item });
        for (const [k, v] of Object.entries(item)) {
          if (hasOwn(child.items!.properties!, k) && !isObject(v) && !Array.isArray(v)) expect((items[i] as Json)[k]).toEqual(v);
        }
      });
    } else {
      expect({ here, value: flow[key] }).toEqual({ here, value });
    }
  }
}

describe('applyPatch', () => {
  it('is pure: baseline and patch are deep-equal to copies taken before', () => {
    fc.assert(
      fc.property(anyBaseline, anyPatch, (baseline, patch) => {
        const copies = structuredClone([baseline, patch]);
        applyPatch(baseline, patch);
        expect([baseline, patch]).toEqual(copies);
      }),
    );
  });

  it('never writes to its inputs, even deeply frozen ones', () => {
    fc.assert(
      fc.property(anyBaseline, anyPatch, (baseline, patch) => {
        expect(() => applyPatch(deepFreeze(baseline), deepFreeze(patch))).not.toThrow();
      }),
    );
  });

  it('is idempotent: applying a patch twice is applying it once', () => {
    fc.assert(
      fc.property(anyBaseline, anyPatch, (baseline, patch) => {
        const once = applyPatch(baseline, patch);
        expect(applyPatch(once, patch)).toEqual(once);
      }),
    );
  });

  it('returns plain objects sharing none with the baseline or the patch', () => {
    fc.assert(
      fc.property(anyBaseline, anyPatch, (baseline, patch) => {
        const flow = applyPatch(baseline, patch);
        expect(sharedObjects(flow, baseline, patch)).toEqual([]);
        expect(exoticObjects(flow)).toEqual([]);
      }),
    );
  });

  it('lands every known value of a patch and keeps every other field of a clean baseline', () => {
    fc.assert(
      fc.property(cleanBaseline, fc.oneof(strictPatch, loosePatch), (baseline, patch) => {
        const before = applyPatch(baseline, {}) as unknown as Json;
        const flow = applyPatch(baseline, patch) as unknown as Json;
        expectLanded(before, patch, flow, FLOW_MODEL, '');
      }),
    );
  });

  it('keeps every key of a clean baseline within the model, whatever the patch holds', () => {
    fc.assert(
      fc.property(cleanBaseline, anyPatch, (baseline, patch) => {
        expect(keysOutsideModel(applyPatch(baseline, patch))).toEqual([]);
      }),
    );
  });

  it('fills every default, so a clean result is missing no field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant({}), cleanBaseline), strictPatch, (baseline, patch) => {
        const flow = applyPatch(baseline, patch) as unknown as Json;
        for (const [key, child] of Object.entries(FLOW_MODEL.properties!)) {
          if (child.readOnly) continue;
          expect(hasOwn(flow, key)).toBe(true);
          for (const sub of Object.keys(child.properties ?? {})) expect([key, sub, hasOwn(flow[key] as Json, sub)]).toEqual([key, sub, true]);
        }
      }),
    );
  });
});

/**
 * A copy of a clean patch whose list items leave out their defaulted keys (the server fills
 * them) or carry a key the model does not know (the merge drops it), or both.
 */
function roughenListItems(value: unknown, node: ModelNode, drop: boolean, add: boolean, inList = false): unknown {
  if (Array.isArray(value)) return value.map((item) => (node.items ? roughenListItems(item, node.items, drop, add, true) : item));
  if (!isObject(value) || !node.properties) return value;
  const copy: Json = {};
  for (const [key, child] of Object.entries(value)) {
    const model = node.properties[key];
    if (inList && drop && model && hasOwn(model, 'default')) continue;
    copy[key] = model ? roughenListItems(child, model, drop, add) : child;
  }
  if (inList && add) copy.bogus = 1;
  return copy;
}

const roughPatch = fc.tuple(strictPatch, fc.boolean(), fc.boolean()).map(([patch, drop, add]) => roughenListItems(patch, FLOW_MODEL, drop, add) as Json);

describe('mergeLayers, as resolving flow files through their bases uses it', () => {
  const layers = fc.array(fc.oneof(anyPatch, roughPatch), { maxLength: 4 });

  it('equals folding applyPatch over the layers from the defaults, key order included', () => {
    fc.assert(
      fc.property(layers, (all) => {
        const folded = all.reduce<unknown>((flow, layer) => applyPatch(flow, layer), applyPatch({}, {}));
        expect(JSON.stringify(mergeLayers(all))).toBe(JSON.stringify(folded));
      }),
    );
  });

  it('merges onto a frozen earlier merge without writing to it, as merging all the layers at once', () => {
    fc.assert(
      fc.property(layers, anyPatch, (before, last) => {
        const earlier = deepFreeze(structuredClone(mergeLayers(before)));
        const snapshot = JSON.stringify(earlier);
        const merged = mergeOnto(earlier, last);
        expect(JSON.stringify(earlier)).toBe(snapshot);
        expect(JSON.stringify(merged)).toBe(JSON.stringify(mergeLayers([...before, last])));
      }),
    );
  });

  // The merge fills only what it brings in; this is the walk over the whole flow after every
  // layer that it replaces, which must find nothing left to fill.
  it('leaves nothing for a fill of the whole flow after any layer', () => {
    fc.assert(
      fc.property(anyBaseline, layers, (baseline, all) => {
        for (const flow of [mergeLayers(all), applyPatch(baseline, all[0])]) {
          const refilled = structuredClone(flow);
          fillDefaultsInPlace(refilled);
          expect(JSON.stringify(refilled)).toBe(JSON.stringify(flow));
        }
      }),
    );
  });
});

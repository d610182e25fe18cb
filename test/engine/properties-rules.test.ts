/**
 * Properties of the judgement over patches built from the model: a patch whose every value is
 * right breaks only the cross-field rules, exactly where an independent oracle says; whatever
 * is wrong with a patch on its own is also reported for the merge. Seeded, so a failure replays.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Flow } from '../../src/index.js';
import { cleanBaseline, hostileObject, loosePatch, strictPatch } from './support/arbitraries.js';
import { specFlow } from './support/fixtures.js';
import { checkPatch, merge } from './support/judge.js';

fc.configureGlobal({ seed: 4242, numRuns: 400 });

/** The cross-field rules restated from the reference page, independently of the schema. */
function crossFieldOracle(flow: Flow): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (flow.steps.document !== 'skip') {
    if (flow.documents.verificationMethods.length === 0) out.push(['documents.verificationMethods', 'required-when']);
    if (flow.documents.documentTypes.length === 0) out.push(['documents.documentTypes', 'required-when']);
  }
  if (flow.integrations.source === 'API') {
    for (const key of ['apiUrl', 'apiTestType', 'apiTestValue'] as const) {
      if (flow.integrations[key] === '') out.push([`integrations.${key}`, 'required-when']);
    }
  }
  const seen = new Set<string>();
  flow.signUpForm.additionalFields.forEach((field, i) => {
    if (seen.has(field.name)) out.push([`signUpForm.additionalFields.${i}.name`, 'unique-name']);
    seen.add(field.name);
  });
  return out.sort();
}

const validBaseline = fc.oneof(fc.constant({}), fc.constant(specFlow()));

describe('a patch whose every value is right', () => {
  it('is valid on its own', () => {
    fc.assert(
      fc.property(strictPatch, (patch) => {
        expect(checkPatch(patch).errors).toEqual([]);
      }),
    );
  });

  it('merged onto a valid flow, breaks exactly the cross-field rules the oracle names', () => {
    fc.assert(
      fc.property(validBaseline, strictPatch, (baseline, patch) => {
        const result = merge(baseline, patch);
        expect(result.errors.map((e) => [e.field, e.rule]).sort()).toEqual(crossFieldOracle(result.flow));
      }),
    );
  });

  it('merged onto any clean flow, breaks exactly the cross-field rules the oracle names', () => {
    fc.assert(
      fc.property(cleanBaseline, strictPatch, (baseline, patch) => {
        const result = merge(baseline, patch);
        expect(result.errors.map((e) => [e.field, e.rule]).sort()).toEqual(crossFieldOracle(result.flow));
      }),
    );
  });
});

describe('whatever is wrong with a patch on its own', () => {
  it('is reported, unchanged, by mergeAndValidate too', () => {
    fc.assert(
      fc.property(fc.oneof(validBaseline, cleanBaseline), fc.oneof(loosePatch, hostileObject), (baseline, patch) => {
        const merged = new Set(merge(baseline, patch).errors.map((e) => JSON.stringify(e)));
        expect(checkPatch(patch).errors.filter((e) => !merged.has(JSON.stringify(e)))).toEqual([]);
      }),
    );
  });

  it('makes the merge invalid', () => {
    fc.assert(
      fc.property(validBaseline, loosePatch, (baseline, patch) => {
        if (checkPatch(patch).valid) return;
        expect(merge(baseline, patch).valid).toBe(false);
      }),
    );
  });
});

describe('warnings', () => {
  it('never change validity: a valid merge stays valid whatever it warns about', () => {
    fc.assert(
      fc.property(validBaseline, strictPatch, (baseline, patch) => {
        const result = merge(baseline, patch);
        expect(result.valid).toBe(crossFieldOracle(result.flow).length === 0);
        for (const w of result.warnings) expect(w.severity).toBe('warning');
      }),
    );
  });
});

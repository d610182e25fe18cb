/**
 * The sandbox and the engine judge alike: for a stored flow b and a PUT body p, the sandbox
 * answers 200 exactly when mergeAndValidate(b, p) is valid (that is, when validatePatch(p) and
 * validateFlow(applyPatch(b, p)) both are), 422 with the engine's errors as `details`
 * otherwise, and stores the merged flow only on a 200. One sandbox on 127.0.0.1 serves every
 * run; the flow is reset to b before each. Seeded, so a failure replays.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyPatch, mergeAndValidate, validateFlow, validatePatch } from '../../src/index.js';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { cleanBaseline, hostileJson, hostileObject, loosePatch, strictPatch } from '../engine/support/arbitraries.js';
import { specFlow } from '../engine/support/fixtures.js';
import { call, TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { PROPERTIES } from './plan.js';

const ID = flowId(0x5000);
const PATH = `/v3/project-flows/${ID}`;
const CREATED = '2024-05-01T12:00:00.000Z';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({ host: '127.0.0.1', tokens: [TOKEN], rateLimit: false, flows: [{ id: ID, flow: {} }] });
});
afterAll(() => sandbox.close());

type Json = Record<string, unknown>;

/** Puts b in the store as a seed lands there: defaults filled, the flow's own id, timestamps kept or set. */
async function reset(baseline: Json): Promise<void> {
  const flow = applyPatch(baseline, {});
  flow._id = ID;
  flow.createdAt ??= CREATED;
  flow.updatedAt ??= flow.createdAt;
  await sandbox.store.put(ID, flow);
}

/** A flow without the keys only the server writes, as JSON text (so -0 and 0 compare as the wire has them). */
function content(flow: unknown): string {
  const { _id: _i, createdAt: _c, updatedAt: _u, ...rest } = flow as Json;
  return JSON.stringify(rest);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pairs = (list: ReadonlyArray<{ field: string; message: string }>) => list.map(({ field, message }) => `${field}\u0000${message}`).sort(byText);

const baselines = fc.oneof(fc.constant({}), fc.constant(specFlow()), cleanBaseline);
const bodies = fc.oneof({ weight: 3, arbitrary: strictPatch }, { weight: 3, arbitrary: loosePatch }, { weight: 1, arbitrary: hostileObject });

describe('the sandbox decides as the engine does', () => {
  it(PROPERTIES.sandboxAgreesWithEngine.name, async () => {
    const { seed, runs } = PROPERTIES.sandboxAgreesWithEngine;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(baselines, bodies, async (baseline, patch) => {
        await reset(baseline);
        const before = sandbox.store.get(ID);
        const text = JSON.stringify(patch);
        // The engine judges the body as it travels: JSON (Infinity becomes null, -0 becomes 0).
        const wire = JSON.parse(text) as Json;
        const expected = mergeAndValidate(baseline, wire);
        const answer = await call(sandbox, 'PUT', PATH, { body: text });
        expect(expected.valid).toBe(validatePatch(wire).valid && validateFlow(applyPatch(baseline, wire)).valid);
        if (expected.valid) {
          accepted += 1;
          expect(answer.status).toBe(200);
          expect(content(answer.json.data)).toBe(content(expected.flow));
          expect(content(sandbox.store.get(ID))).toBe(content(expected.flow));
          expect(answer.json.data._id).toBe(ID);
        } else {
          expect(answer.status).toBe(422);
          expect(pairs(answer.json.details)).toEqual(pairs(expected.errors));
          expect(sandbox.store.get(ID)).toEqual(before);
        }
      }),
      { seed, numRuns: runs },
    );
    // Both verdicts came up often enough for the agreement to mean something.
    expect(accepted).toBeGreaterThan(runs / 10);
    expect(accepted).toBeLessThan(runs - runs / 10);
  });

  it(PROPERTIES.sandboxRefusesNonObjects.name, async () => {
    const { seed, runs } = PROPERTIES.sandboxRefusesNonObjects;
    const nonObject = hostileJson.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value));
    await fc.assert(
      fc.asyncProperty(baselines, nonObject, async (baseline, patch) => {
        await reset(baseline);
        const before = sandbox.store.get(ID);
        const text = JSON.stringify(patch);
        const answer = await call(sandbox, 'PUT', PATH, { body: text });
        expect([answer.status, answer.json?.message]).toEqual([400, 'Request body must be a JSON object']);
        const judged = mergeAndValidate(baseline, JSON.parse(text));
        // One type error for the body; whatever else is wrong belongs to the baseline.
        expect(judged.valid).toBe(false);
        expect(judged.errors.filter((e) => e.field === '').map(({ rule }) => rule)).toEqual(['type']);
        expect(pairs(judged.errors.filter((e) => e.field !== ''))).toEqual(pairs(validateFlow(applyPatch(baseline, {})).errors));
        expect(sandbox.store.get(ID)).toEqual(before);
      }),
      { seed, numRuns: runs },
    );
  });
});

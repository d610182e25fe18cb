import { describe, expect, test } from '@jest/globals';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import { DEFAULT_GUARD, guardReasons, type GuardedFlow, type GuardOptions } from '../../src/sync/guard.js';

const ID = '65f1a2b3c4d5e6f7a8b90001';

/** A planned flow whose body is `body` plus its status. */
function flow(status: string, body: Record<string, unknown> = {}, path = 'flows/a.yaml', id = ID): PlannedFlow {
  return { path, id, status, body: { status, ...body } as PlannedFlow['body'] };
}

/** `n` flows that merely change version: what the share rule counts and nothing else does. */
function versionBumps(n: number): GuardedFlow[] {
  return Array.from({ length: n }, (_, i) => ({
    before: flow('draft', { version: 1 }, `flows/f${i}.yaml`, `65f1a2b3c4d5e6f7a8b9${String(i).padStart(4, '0')}`),
    after: flow('draft', { version: 2 }, `flows/f${i}.yaml`, `65f1a2b3c4d5e6f7a8b9${String(i).padStart(4, '0')}`),
  }));
}

interface Row {
  name: string;
  changing: GuardedFlow[];
  total: number;
  options?: Partial<GuardOptions>;
  expected: string[];
}

const MANDATORY = { steps: { document: 'mandatory', liveness: 'mandatory' } };
const rows: Row[] = [
  { name: 'nothing changing', changing: [], total: 10, expected: [] },
  { name: '3 of 10 (exactly 30%)', changing: versionBumps(3), total: 10, expected: [] },
  { name: '4 of 10 (40%)', changing: versionBumps(4), total: 10, expected: ['4 of 10 flows (40%) would change at once; more than 30% needs --force'] },
  { name: '9 of 9: below the 10 flows the share rule needs', changing: versionBumps(9), total: 9, expected: [] },
  { name: '10 of 10', changing: versionBumps(10), total: 10, expected: ['10 of 10 flows (100%) would change at once; more than 30% needs --force'] },
  { name: '31 of 100 rounds the share', changing: versionBumps(31), total: 100, expected: ['31 of 100 flows (31%) would change at once; more than 30% needs --force'] },
  { name: 'maxChangeShare 0.5 lets 4 of 10 through', changing: versionBumps(4), total: 10, options: { maxChangeShare: 0.5 }, expected: [] },
  { name: 'maxChangeShare 0 stops any change', changing: versionBumps(1), total: 10, options: { maxChangeShare: 0 }, expected: ['1 of 10 flows (10%) would change at once; more than 0% needs --force'] },
  { name: 'minFlowsForShare 3 judges 2 of 3', changing: versionBumps(2), total: 3, options: { minFlowsForShare: 3 }, expected: ['2 of 3 flows (67%) would change at once; more than 30% needs --force'] },
  {
    name: 'an active flow paused',
    changing: [{ before: flow('active'), after: flow('paused') }],
    total: 1,
    expected: [`flows/a.yaml (${ID}): takes an active flow out of service (status active → paused)`],
  },
  {
    name: 'an active flow back to draft',
    changing: [{ before: flow('active'), after: flow('draft') }],
    total: 1,
    expected: [`flows/a.yaml (${ID}): takes an active flow out of service (status active → draft)`],
  },
  { name: 'a paused flow activated', changing: [{ before: flow('paused'), after: flow('active') }], total: 1, expected: [] },
  {
    name: 'guard-ignores-a-section-the-sync-would-not-touch: the new body leaves liveness out, so the server keeps it',
    changing: [{ before: flow('active', { liveness: { minScore: 0.9 } }), after: flow('active') }],
    total: 1,
    expected: [],
  },
  {
    name: 'an active flow making liveness optional',
    changing: [{ before: flow('active', MANDATORY), after: flow('active', { steps: { document: 'mandatory', liveness: 'optional' } }) }],
    total: 1,
    expected: [`flows/a.yaml (${ID}): weakens verification of an active flow: steps.liveness "mandatory" → "optional"`],
  },
  {
    name: 'every weakened field is named, in one reason',
    changing: [
      {
        before: flow('active', { liveness: { minScore: 0.8, attemptLimit: 2 }, documents: { screening: true } }),
        after: flow('active', { liveness: { minScore: 0.7, attemptLimit: 3 }, documents: { screening: false } }),
      },
    ],
    total: 1,
    expected: [`flows/a.yaml (${ID}): weakens verification of an active flow: documents.screening true → false, liveness.attemptLimit 2 → 3, liveness.minScore 0.8 → 0.7`],
  },
  {
    name: 'strengthening an active flow',
    changing: [{ before: flow('active', { liveness: { minScore: 0.7 } }), after: flow('active', { liveness: { minScore: 0.8 } }) }],
    total: 1,
    expected: [],
  },
  {
    name: 'weakening a draft flow',
    changing: [{ before: flow('draft', MANDATORY), after: flow('draft', { steps: { document: 'skip', liveness: 'skip' } }) }],
    total: 1,
    expected: [],
  },
  {
    name: 'weakening while being activated',
    changing: [{ before: flow('draft', { liveness: { minScore: 0.8 } }), after: flow('active', { liveness: { minScore: 0.6 } }) }],
    total: 1,
    expected: [`flows/a.yaml (${ID}): weakens verification of an active flow: liveness.minScore 0.8 → 0.6`],
  },
  {
    name: 'paused and weakened at once: two reasons',
    changing: [{ before: flow('active', MANDATORY), after: flow('paused', { steps: { document: 'optional', liveness: 'mandatory' } }) }],
    total: 1,
    expected: [
      `flows/a.yaml (${ID}): takes an active flow out of service (status active → paused)`,
      `flows/a.yaml (${ID}): weakens verification of an active flow: steps.document "mandatory" → "optional"`,
    ],
  },
  { name: 'an added flow (nothing before) is only counted', changing: [{ after: flow('paused', { steps: { liveness: 'skip' } }) }], total: 1, expected: [] },
  {
    name: 'the share and a flow reason together, share first',
    changing: [...versionBumps(3), { before: flow('active'), after: flow('paused', {}, 'flows/z.yaml') }],
    total: 10,
    expected: ['4 of 10 flows (40%) would change at once; more than 30% needs --force', `flows/z.yaml (${ID}): takes an active flow out of service (status active → paused)`],
  },
];

describe('guardReasons', () => {
  test.each(rows)('$name', ({ changing, total, options, expected }) => {
    expect(guardReasons(changing, total, { ...DEFAULT_GUARD, ...options })).toEqual(expected);
  });

  test('the documented defaults: 30% of 10 or more flows', () => {
    expect(DEFAULT_GUARD).toEqual({ maxChangeShare: 0.3, minFlowsForShare: 10 });
    expect(guardReasons(versionBumps(4), 10)).toHaveLength(1);
  });

  test('does not change its input', () => {
    const changing = [{ before: flow('active', MANDATORY), after: flow('paused') }];
    const copy = structuredClone(changing);
    guardReasons(changing, 1);
    expect(changing).toEqual(copy);
  });
});

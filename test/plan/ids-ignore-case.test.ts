import { describe, expect, it } from '@jest/globals';
import { planFlows } from '../../src/plan/plan-flows.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import { selectSyncTargets } from '../../src/sync/select-targets.js';
import { DEFAULT_GUARD } from '../../src/sync/guard.js';

const LOWER = '64a1b2c3d4e5f6789012abcd';
const flow = (id: string, path: string, status: string, liveness: string): PlannedFlow => ({ path, id, status, body: { status, steps: { liveness } } as PlannedFlow['body'] });

// Flows made by hand, not through plannedFlowOf: the matching itself ignores letter case.
const cases = [
  { name: 'upper case before, lower after', before: LOWER.toUpperCase(), after: LOWER },
  { name: 'lower case before, upper after', before: LOWER, after: LOWER.toUpperCase() },
  { name: 'mixed on both sides', before: 'ABCDEF0123456789abcdef01', after: 'abcdef0123456789ABCDEF01' },
];

describe.each(cases)('ids-differing-only-in-case-are-one-flow: $name', ({ before, after }) => {
  const was = flow(before, 'flows/a.yaml', 'active', 'mandatory');
  const now = flow(after, 'flows/a.yaml', 'active', 'optional');

  it('the plan shows one changed flow, not an added and a removed one', () => {
    expect(planFlows([was], [now]).map((f) => f.change)).toEqual(['changed']);
  });

  it('the selection knows its base, so the guard judges the weakening', () => {
    const selection = selectSyncTargets([now], [was], true, DEFAULT_GUARD);
    expect(selection.targets).toEqual([{ after: now, before: was }]);
    expect(selection.blockedBy).toHaveLength(1);
  });
});

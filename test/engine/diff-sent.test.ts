import { describe, expect, it } from '@jest/globals';
import { diffSent } from '../../src/engine/diff.js';

// What a PUT of `after` changes on a server holding `before`: rows of [name, before, after, the
// changed fields as `field: before → after`].
const ROWS: Array<[string, unknown, unknown, string[]]> = [
  ['the same body', { status: 'draft' }, { status: 'draft' }, []],
  ['a scalar changed', { status: 'draft' }, { status: 'active' }, ['status: "draft" → "active"']],
  [
    'plan-shows-no-change-for-a-section-the-sync-would-not-touch: a section left out of the new body',
    { status: 'draft', liveness: { minScore: 0.9 } },
    { status: 'draft' },
    [],
  ],
  ['a scalar left out keeps its value', { status: 'paused', version: 3 }, { version: 3 }, []],
  ['a section added is sent', { status: 'draft' }, { status: 'draft', liveness: { minScore: 0.8 } }, ['liveness.minScore: undefined → 0.8']],
  [
    'an item a list no longer holds is removed, since lists replace wholesale',
    { documents: { documentTypes: [{ country: 'CO' }, { country: 'MX' }] } },
    { documents: { documentTypes: [{ country: 'CO' }] } },
    ['documents.documentTypes.1: {"country":"MX"} → undefined'],
  ],
  ['a list of scalars shrinking is a change of the list', { documents: { verificationMethods: ['a', 'b'] } }, { documents: { verificationMethods: ['a'] } }, ['documents.verificationMethods: ["a","b"] → ["a"]']],
];

describe('diffSent', () => {
  it.each(ROWS)('%s', (_name, before, after, expected) => {
    const text = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));
    expect(diffSent(before, after).map((c) => `${c.field}: ${text(c.before)} → ${text(c.after)}`)).toEqual(expected);
  });
});

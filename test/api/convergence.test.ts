import { describe, expect, test } from '@jest/globals';
import { compareConvergence } from '../../src/api/index.js';
import { specFixture } from '../helpers/sandbox.js';

const returned = specFixture<{ data: Record<string, unknown> }>('response-200.json').data;

describe('compareConvergence', () => {
  test.each([
    { name: 'an empty body', sent: {}, expected: [] },
    { name: 'values held as sent', sent: { liveness: { minScore: 0.7, searchMode: 'ACCURATE' }, status: 'active' }, expected: [] },
    {
      name: 'array items the server filled with defaults',
      sent: { documents: { documentTypes: [{ country: 'United States', configurations: [{ active: true, documentCategory: 'government_id' }] }] } },
      expected: [],
    },
    { name: 'a scalar the server changed', sent: { liveness: { minScore: 0.9 } }, expected: [{ field: 'liveness.minScore', sent: 0.9, returned: 0.7 }] },
    { name: 'a field the server dropped', sent: { signUpForm: { nickname: true } }, expected: [{ field: 'signUpForm.nickname', sent: true, returned: undefined }] },
    { name: 'a list of another length', sent: { documents: { verificationMethods: ['SCAN_PROMPT', 'SCAN_ZERO'] } }, expected: [{ field: 'documents.verificationMethods', sent: ['SCAN_PROMPT', 'SCAN_ZERO'], returned: ['SCAN_PROMPT'] }] },
    {
      name: 'a difference deep in a list item',
      sent: { documents: { documentTypes: [{ country: 'Canada' }] } },
      expected: [{ field: 'documents.documentTypes.0.country', sent: 'Canada', returned: 'United States' }],
    },
    { name: 'an object where a scalar came back', sent: { status: { a: 1 } }, expected: [{ field: 'status', sent: { a: 1 }, returned: 'active' }] },
  ])('$name', ({ sent, expected }) => {
    expect(compareConvergence(sent, returned)).toEqual(expected);
  });
});

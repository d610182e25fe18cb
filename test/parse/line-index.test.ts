import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LineIndex } from '../../src/parse/line-index.js';

/** Lines and columns the slow, obvious way: \r\n is one line end, a lone \r or \n is one too. */
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe('LineIndex', () => {
  it('places every offset as the obvious count does, with and without CRs', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', 'é') }), (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) expect(index.position(offset)).toEqual(reference(text, offset));
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it.each([
    ['a\nb', 2, { line: 2, column: 1 }],
    ['a\r\nb', 3, { line: 2, column: 1 }],
    ['a\rb', 2, { line: 2, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\n', 2, { line: 2, column: 1 }],
  ])('%j at %d', (text, offset, expected) => {
    expect(new LineIndex(text).position(offset)).toEqual(expected);
  });
});

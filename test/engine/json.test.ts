import { describe, expect, test } from '@jest/globals';
import { quote } from '../../src/engine/json.js';

describe('quote', () => {
  const SECRET = 'fk-TOKEN-7Qz!x9Lw*Pq2-secret';
  const hide = (text: string) => text.split(SECRET).join('[REDACTED]');

  test.each([
    ['a short value, whole', 'draft', 60, '"draft"'],
    ['a long one, cut with an ellipsis', 'x'.repeat(100), 10, `"${'x'.repeat(8)}…`],
    ['a number JSON cannot write', Infinity, 60, 'Infinity'],
  ])('%s', (_name, value, max, shown) => {
    expect(quote(value, max)).toBe(shown);
  });

  // Cut first, a secret that began before the cut lost its end, and no redactor knew the rest.
  test.each([0, 20, 40, 50])('the redactor sees the whole text before the cut (the secret after %i characters)', (offset) => {
    const shown = quote({ status: `${'x'.repeat(offset)}${SECRET}` }, 60, hide);
    expect(shown).not.toMatch(/fk-TOKEN/);
    expect(shown.length).toBeLessThanOrEqual(60);
  });
});

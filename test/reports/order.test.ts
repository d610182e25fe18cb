import { describe, expect, it } from '@jest/globals';
import { compareText } from '../../src/reports/order.js';
import { diagnosticsOf } from '../../src/formatters/locations.js';
import type { FileResult } from '../../src/reports/types.js';

describe('compareText', () => {
  // Code-unit order: capitals before small letters, accents after both, as a plain sort() puts them.
  it.each([
    ['a.yaml', 'b.yaml', -1],
    ['B.yaml', 'a.yaml', -1],
    ['z.yaml', 'é.yaml', -1],
    ['flows/a.yaml', 'flows/a.yaml', 0],
    ['flows/ab.yaml', 'flows/a.yaml', 1],
  ])('%s against %s is %d', (a, b, expected) => {
    expect(compareText(a, b)).toBe(expected);
    expect(compareText(b, a)).toBe(-expected || 0);
  });

  it('sorts as Array.prototype.sort does by default', () => {
    const names = ['é.yaml', 'b.yaml', 'B.yaml', 'a-b.yaml', 'a.yaml', 'A.yaml', '_.yaml', '10.yaml', '9.yaml'];
    expect([...names].sort(compareText)).toEqual([...names].sort());
  });
});

describe('diagnosticsOf', () => {
  it('lists the file’s own findings first, then each base’s in code-unit order of its path, by line', () => {
    const at = (file: string, line: number) => ({ field: 'status', message: `${file}:${line}`, severity: 'error' as const, rule: 'enum', file, line, column: 1 });
    const result: FileResult = {
      path: 'flows/x.yaml',
      id: null,
      valid: false,
      errors: [at('flows/bases/b.yaml', 2), at('flows/bases/B.yaml', 9), at('flows/x.yaml', 5), at('flows/bases/B.yaml', 1), at('flows/x.yaml', 3)],
      warnings: [],
    };
    expect(diagnosticsOf(result).map((d) => d.message)).toEqual(['flows/x.yaml:3', 'flows/x.yaml:5', 'flows/bases/B.yaml:1', 'flows/bases/B.yaml:9', 'flows/bases/b.yaml:2']);
  });
});

import { describe, expect, test } from '@jest/globals';
import { compareFormatNames, compareFormatters } from '../../src/formatters/index.js';
import type { CompareReport } from '../../src/reports/compare.js';
import { expectGolden, PLAIN, readFixture } from './golden.js';

// The compare formats on fixed reports: one where the environments differ (an accidental
// difference that weakens, intended ones, flows on one side only, a warning, and a file name and
// a value holding Markdown's `|`, backtick and `*`), and one where they match.

const differ = readFixture<CompareReport>('compare-report.json');
const match = readFixture<CompareReport>('compare-match.json');

describe('compare formatters match their goldens', () => {
  test.each([
    ['stylish', 'txt'],
    ['markdown', 'md'],
  ] as const)('%s', (format, extension) => {
    expectGolden(`compare.${format}.golden.${extension}`, compareFormatters[format](differ, PLAIN));
    expectGolden(`compare-match.${format}.golden.${extension}`, compareFormatters[format](match, PLAIN));
  });

  test('stylish colours only when asked, and marks the weaker side in red', () => {
    expect(compareFormatters.stylish(differ, PLAIN)).not.toContain('\u001b[');
    expect(compareFormatters.stylish(differ, { ...PLAIN, color: true })).toContain('\u001b[31m\u001b[1m(weakens)');
  });

  test('formatters are pure and newline-terminated', () => {
    const copy = structuredClone(differ);
    for (const format of compareFormatNames) {
      const first = compareFormatters[format](differ, PLAIN);
      expect(compareFormatters[format](differ, PLAIN)).toBe(first);
      expect(first.endsWith('\n') && !first.endsWith('\n\n')).toBe(true);
    }
    expect(differ).toEqual(copy);
  });
});

describe('compare markdown', () => {
  // No Markdown renderer among the dependencies: the tables are checked as text. A cell's `|`
  // is escaped (as `\|` or `&#124;`), so counting bare pipes counts columns.
  const bare = (row: string) => (row.replace(/\\\|/g, '').match(/\|/g) ?? []).length;

  test.each([
    ['differ', differ],
    ['match', match],
  ])('every table row keeps its column count (%s)', (_name, report) => {
    const lines = compareFormatters.markdown(report, PLAIN).split('\n');
    const tables: string[][] = [];
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith('|')) (current ??= tables[tables.push([]) - 1]!).push(line);
      else current = undefined;
    }
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table[1]).toMatch(/^\| (--- \| )+$|^\| ---( \| ---)* \|$/);
      const columns = bare(table[0]!);
      expect(table.every((row) => bare(row) === columns)).toBe(true);
    }
  });

  test('marks the weaker side and separates accidental from intended differences', () => {
    const text = compareFormatters.markdown(differ, PLAIN);
    const accidental = text.indexOf('**Accidental differences**');
    const intended = text.indexOf('**Intended differences**');
    expect(accidental).toBeGreaterThan(0);
    expect(intended).toBeGreaterThan(accidental);
    const minScoreRow = text.split('\n').find((line) => line.includes('liveness.minScore'));
    expect(minScoreRow).toContain('⚠️ **weakens**');
    expect(text).toContain('### Only in `staging`');
    expect(text).toMatch(/^⚠️ \*\*staging and production differ/m);
    expect(compareFormatters.markdown(match, PLAIN)).toMatch(/^✅ \*\*staging and production match apart from 2 intended differences in 1 paired flow\*\*$/m);
  });
});

describe('compare json', () => {
  test('has the documented shape, absent sides as null', () => {
    const value = JSON.parse(compareFormatters.json(differ, PLAIN));
    expect(Object.keys(value)).toEqual(['a', 'b', 'matches', 'flows', 'onlyInA', 'onlyInB', 'files', 'summary']);
    expect(value.matches).toBe(false);
    expect(JSON.parse(compareFormatters.json(match, PLAIN)).matches).toBe(true);
    expect(value.flows[0]).toMatchObject({
      key: 'kyc/retail.yaml',
      a: { path: 'envs/staging/kyc/retail.yaml', id: '65f1a2b3c4d5e6f7a8b9c0e1', bases: ['flows/retail.yaml'] },
      b: { path: 'envs/production/kyc/retail.yaml', id: '65f1a2b3c4d5e6f7a8b9c0f1', bases: ['envs/production/bases/retail-copy.yaml'] },
    });
    expect(value.flows[0].accidental).toEqual([
      { field: 'liveness.minScore', a: 0.7, b: 0.6, weakens: true },
      { field: 'integrations.webhook', a: '65f1a2b3c4d5e6f7a8b9c0aa', b: null, weakens: false },
      { field: 'documents.documentTypes.1', a: null, b: { country: 'Colombia', configurations: [] }, weakens: false },
    ]);
    expect(value.onlyInA).toEqual([{ key: 'pilot.yaml', path: 'envs/staging/pilot.yaml', id: '65f1a2b3c4d5e6f7a8b9c0e3', bases: ['flows/retail.yaml'] }]);
    expect(value.files[0].warnings[0]).toMatchObject({ rule: 'insecure-url', line: 4, column: 16 });
    expect(value.summary).toEqual(differ.summary);
  });
});

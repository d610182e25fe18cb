import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseJsonFast, parseYamlFast } from '../../src/parse/fast-parse.js';
import { parseJson } from '../../src/parse/parse-json.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import type { ParsedSource } from '../../src/parse/parsed-source.js';
import { pathsOf, planRepository } from '../helpers/bench-corpus.js';
import { REPO } from '../helpers/run-cli.js';

// A file the fast path reads gets its positions from the fast path's own locators
// (the line reader's placed nodes, json-locator.ts) instead of a second parse with the slow parser. They must
// place every field exactly where the slow parser would: the same offsets, depths, kinds, lines
// and columns, for every path in the document and for paths that leave it.

interface Outcome {
  /** The fast path took the file. */
  fast: boolean;
  /** Lookups the fast path's locator could not answer, which a slow parse then did. */
  slowParses: number;
  paths: number;
}

/** Compares every lookup of a fast-path reading with the slow parser's; returns what happened. */
function expectSamePlaces(text: string, format: 'yaml' | 'json', name: string): Outcome {
  // As load.ts hands text to the parsers: a lone CR is a line end.
  const normalized = text.replace(/\r(?!\n)/g, '\n');
  const slowParse = format === 'yaml' ? parseYaml : parseJson;
  let slowParses = 0;
  const counted = (t: string): ParsedSource => {
    slowParses++;
    return slowParse(t);
  };
  const fast = format === 'yaml' ? parseYamlFast(normalized, counted) : parseJsonFast(normalized, counted);
  if (!fast) return { fast: false, slowParses: 0, paths: 0 };
  const slow = slowParse(normalized);
  let paths = 0;
  for (const segments of pathsOf(fast.value)) {
    const [a, b] = [fast.find(segments), slow.find(segments)];
    const placed = (s: ParsedSource, l: typeof a) => ({ ...l, value: s.position(l.valueOffset), key: l.keyOffset === undefined ? undefined : s.position(l.keyOffset) });
    const got = placed(fast, a);
    const wanted = placed(slow, b);
    if (JSON.stringify(got) !== JSON.stringify(wanted)) {
      // One readable failure instead of thousands of expect calls.
      expect({ name, path: segments.join('.'), ...got }).toEqual({ name, path: segments.join('.'), ...wanted });
    }
    paths++;
  }
  return { fast: true, slowParses, paths };
}

function flowFilesIn(folder: string): string[] {
  return readdirSync(path.join(REPO, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('fast-path locators place fields where the slow parsers do', () => {
  it.each(['yaml', 'json'] as const)('the benchmark corpus (%s), without a single slow parse', (format) => {
    const entries = planRepository({ files: 600, format, seed: 7 });
    let paths = 0;
    for (const entry of entries) {
      const outcome = expectSamePlaces(entry.text, format, entry.path);
      expect(outcome).toMatchObject({ fast: true, slowParses: 0 });
      paths += outcome.paths;
    }
    expect(paths).toBeGreaterThan(entries.length * 50);
  });

  it('every example, fixture and hostile file the fast path takes', () => {
    let fast = 0;
    for (const file of ['examples', 'test/fixtures'].flatMap(flowFilesIn)) {
      const text = readFileSync(file, 'utf8');
      if (expectSamePlaces(text, /\.json$/.test(file) ? 'json' : 'yaml', path.relative(REPO, file)).fast) fast++;
    }
    expect(fast).toBeGreaterThan(100);
  });

  it('arbitrary YAML in every style yaml writes', () => {
    const styles = [{}, { defaultStringType: 'QUOTE_DOUBLE' }, { defaultStringType: 'QUOTE_SINGLE' }, { collectionStyle: 'flow' }, { defaultStringType: 'BLOCK_LITERAL' }, { defaultStringType: 'BLOCK_FOLDED' }, { indent: 4, indentSeq: false }, { defaultKeyType: 'QUOTE_DOUBLE' }] as const;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...styles), (value, style) => {
        expectSamePlaces(stringify({ flow: value, after: 1 }, style), 'yaml', 'generated');
      }),
      { seed: 20261125, numRuns: 800 },
    );
  });

  it('arbitrary JSON, pretty and compact, with escapes in keys', () => {
    const key = fc.oneof(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/), fc.string({ maxLength: 4 }));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2, '\t'), (v, indent) => {
        expectSamePlaces(JSON.stringify({ flow: v, after: 1 }, null, indent), 'json', 'generated');
      }),
      { seed: 20261125, numRuns: 800 },
    );
  });

  it.each([
    ['comments between a key and its value', 'a: # note\n  b: 1 # more\n  # alone\n  c:\n    - x # item\n'],
    ['a list at the indentation of its key', 'steps:\n- a\n- b: 1\n  c: 2\nnext: 1\n'],
    ['Windows line ends', 'a:\r\n  b: 1\r\n  c: [1, 2]\r\n'],
  ])('YAML with %s, read by the line reader', (_name, text) => {
    expect(expectSamePlaces(text, 'yaml', _name).fast).toBe(true);
  });

  // What the line reader declines goes to `yaml` whole: there is no other fast reader to place
  // it differently (issue 17 removed js-yaml's tier).
  it.each([
    ['quoted keys and values', '"a": \'x\'\n\'b\': "y"\nc: "z: w"\n'],
    ['block scalars', 'a: |\n  line\n  line\nb: >-\n  folded\nc: 1\n'],
    ['multi-line plain scalars', 'a: one\n  two\n  three\nb: 1\n'],
    ['flow collections', 'a: {b: 1, "c": [1, {d: 2}]}\ne: [ x , y ]\n'],
    ['explicit keys', '? a\n: 1\n? b\n: c: 2\n'],
    ['an empty value', 'a:\nb: 1\nc:\n  d:\n'],
    ['an empty list item', 'a:\n  -\n  - 1\n'],
  ])('YAML with %s, declined by the line reader', (_name, text) => {
    expect(expectSamePlaces(text, 'yaml', _name).fast).toBe(false);
  });
});

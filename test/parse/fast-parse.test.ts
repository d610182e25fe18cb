import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseJsonFast, parseYamlFast } from '../../src/parse/fast-parse.js';
import { parseJson } from '../../src/parse/parse-json.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { REPO } from '../helpers/run-cli.js';

// The fast path must read every file it accepts exactly as the slow path (the `yaml` package,
// YAML 1.2 core schema) does: one semantics whichever way a file goes.
function expectSameReading(text: string): void {
  const fast = parseYamlFast(text, parseYaml);
  if (fast === undefined) return;
  expect(fast.value).toEqual(parseYaml(text).value);
}

const SCALARS = [
  '0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0xg', '1_000', '0b101', '1e3', '1E-3', '-1.5e+3', '1.', '.5', '+.5', '-.5e2',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE',
  'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'Null', 'NULL', 'nULL', '', '2001-12-14', '1:20', '12:30:00', '0.1.2',
  '"quoted"', "'single'", "'it''s'", '"esc \\n \\t \\u00e9"', 'plain text with spaces', 'a: b', '"a: b"', '- x', '64a1b2c3d4e5f67890123456',
  '123456789012345678901234', '6e1234567890123456789012', '0.65', '0.900', '1e999', '-1e999',
];

describe('the fast YAML path reads as the yaml package does', () => {
  it.each(SCALARS)('scalar %j', (scalar) => {
    expectSameReading(`value: ${scalar}\nlist: [${scalar || "''"}]\nblock:\n  - ${scalar}\n`);
  });

  it('every example and fixture flow file', () => {
    const folders = ['examples/flows', 'examples/flows/bases', 'test/fixtures/cli-repo/flows', 'test/fixtures/cli-repo/flows/bases'];
    let checked = 0;
    for (const folder of folders) {
      for (const name of readdirSync(path.join(REPO, folder)).filter((f) => /\.ya?ml$/.test(f))) {
        const text = readFileSync(path.join(REPO, folder, name), 'utf8');
        expect(parseYamlFast(text, parseYaml)).toBeDefined();
        expectSameReading(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('arbitrary documents in every style yaml writes', () => {
    const styles = [{}, { defaultStringType: 'QUOTE_DOUBLE' }, { defaultStringType: 'QUOTE_SINGLE' }, { collectionStyle: 'flow' }, { defaultStringType: 'BLOCK_LITERAL' }, { defaultStringType: 'BLOCK_FOLDED' }, { indent: 4, indentSeq: false }] as const;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...styles), (value, style) => {
        expectSameReading(stringify({ flow: value }, style));
      }),
      { seed: 20261125, numRuns: 600 },
    );
  });

  it('sends anchors, aliases, tags, directives and several documents the slow way', () => {
    const texts = ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n', 'a: !custom 1\n'];
    // Where the line reader meets them: list items, flow lists, keys, nested blocks.
    texts.push('a:\n  - &x 1\n  - *x\n', 'a: [&x 1, *x]\n', '&x a: 1\n', 'a:\n  b: !!int 1\n', 'a:\n  - b: &x 1\n    c: *x\n', '---\na: 1\n');
    for (const text of texts) {
      expect({ text, fast: parseYamlFast(text, parseYaml) }).toEqual({ text, fast: undefined });
    }
  });

  it('reads &, *, ! and % inside plain and quoted values as yaml does', () => {
    const text = 'a: b&c *d !e 50%\nb: "&x"\nc:\n  - x*y\n  - \'!z\'\nd: [p&q, r!s]\n';
    expect(parseYamlFast(text, parseYaml)?.value).toEqual(parseYaml(text).value);
  });

  it('sends what the line reader declines the slow way, which then reports it with a position', () => {
    for (const text of ['a: 1\na: 2\n', 'a:\n\tb: 1\n', 'a: [1, 2\n']) {
      expect(parseYamlFast(text, parseYaml)).toBeUndefined();
      expect(parseYaml(text).problems[0]).toMatchObject({ rule: 'parse', line: expect.any(Number) });
    }
  });
});

describe('the fast JSON path reads as the strict parser does', () => {
  it('arbitrary JSON, pretty and compact', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify({ flow: value }, null, pretty ? 2 : 0);
        const fast = parseJsonFast(text, parseJson);
        if (fast) expect(fast.value).toEqual(parseJson(text).value);
      }),
      { seed: 20261125, numRuns: 600 },
    );
  });

  it('takes every document whose keys are plain names', () => {
    const plain = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(plain, (value) => {
        const text = JSON.stringify({ flow: value }, null, 2);
        const fast = parseJsonFast(text, parseJson);
        expect(fast).toBeDefined();
        expect(fast!.value).toEqual(parseJson(text).value);
      }),
      { seed: 20261125, numRuns: 400 },
    );
  });

  it.each([
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a duplicate key in a nested object', '{"a": {"b": 1, "c": {"d": 1, "d": 1}}}'],
    ['a duplicate key beside an escaped quote before a colon', '{"a": "x\\": y", "a": 2}'],
    ['an overflowing number', '{"a": 1e999}'],
    ['a trailing comma', '{"a": 1,}'],
    ['a comment', '{"a": 1 /* no */}'],
    ['NaN', '{"a": NaN}'],
  ])('sends %s the slow way', (_name, text) => {
    expect(parseJsonFast(text, parseJson)).toBeUndefined();
    expect(parseJson(text).problems).toHaveLength(1);
  });

  it('sends every document with a key written twice the slow way, whatever its strings hold', () => {
    // Strings full of quotes and colons, which a count of keys written must not mistake for keys.
    const tricky = fc.string({ unit: fc.constantFrom('"', ':', ' ', '\\', 'a', '{', '}') });
    const plain = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/), tie('value'), { minKeys: 1, maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/), plain, { minKeys: 1, maxKeys: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : 0);
        const first = Object.keys(value)[0]!;
        // The first key again, written first: JSON.parse keeps the later value silently.
        const twice = text.replace('{', `{${JSON.stringify(first)}: 0,`);
        expect(parseJsonFast(text, parseJson)?.value).toEqual(value);
        expect(parseJsonFast(twice, parseJson)).toBeUndefined();
      }),
      { seed: 20261125, numRuns: 400 },
    );
  });

  it('keeps a key that looks like a colon inside a string value', () => {
    const text = '{"a": "x\\": y", "b": "c:d"}';
    expect(parseJsonFast(text, parseJson)?.value).toEqual({ a: 'x": y', b: 'c:d' });
  });
});

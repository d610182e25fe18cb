import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseSimpleYaml } from '../../src/parse/simple-yaml.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { findPlaced } from '../../src/parse/placed-node.js';
import { pathsOf, planRepository } from '../helpers/bench-corpus.js';

// The line reader takes the plain block YAML flow files are written in and declines the rest.
// What it takes it must read exactly as `yaml` does, and place every field where `yaml` does.

/** Whether the reader took the text; when it did, its reading and its places are `yaml`'s. */
function expectAsYaml(text: string): boolean {
  const simple = parseSimpleYaml(text, true);
  if (!simple) return false;
  const slow = parseYaml(text);
  expect(slow.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(simple.value).toEqual(slow.value);
  const [a, b] = [(simple.value as { v?: unknown }).v, (slow.value as { v?: unknown }).v];
  // toEqual takes -0 for 0; a number must be the very number.
  if (typeof a === 'number') expect(Object.is(a, b)).toBe(true);
  for (const segments of pathsOf(simple.value)) {
    const got = findPlaced(simple.root, segments);
    expect({ path: segments.join('.'), ...got }).toEqual({ path: segments.join('.'), ...slow.find(segments) });
  }
  return true;
}

const SCALARS = [
  '0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0xg', '1_000', '0b101', '1e3', '1E-3', '-1.5e+3', '1.', '.5', '+.5', '-.5e2',
  '.inf', '-.Inf', '.nan', 'nan', 'inf', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '~', 'null', 'Null', 'NULL', 'nULL', '2001-12-14', '1:20', '12:30:00', '0.1.2', '"quoted"', "'single'", "'it''s'", "''", '""',
  '"esc \\n \\t \\" \\\\ \\/"', '"\\u00e9"', '"\\x41"', 'plain text with spaces', 'a#b', 'a # comment', 'https://x.example/a?b=c#d',
  'a, b', '-5', '-x', '- x', '?x', ':x', 'a:b', 'a: b', 'a:', '64a1b2c3d4e5f67890123456', '6e1234567890123456789012', '1e999',
  '[]', '[a, b]', '[ a , b ]', '[1, true, null]', '[a, ]', '[a,,b]', '[[a]]', '["a"]', '[a: b]', '{}', '{a: 1}', '|', '>', '@x', '`x`', 'Zoë',
];

describe('the line reader', () => {
  it('takes every file of the benchmark corpus, reading and placing it as yaml does', () => {
    const entries = planRepository({ files: 400, format: 'yaml', seed: 5 });
    expect(entries.filter((entry) => !expectAsYaml(entry.text)).map((entry) => entry.path)).toEqual([]);
  });

  it('takes the corpus with Windows line ends too, placing every field at the same offset as yaml', () => {
    const entries = planRepository({ files: 200, format: 'yaml', seed: 6 });
    expect(entries.filter((entry) => !expectAsYaml(entry.text.replace(/\n/g, '\r\n'))).map((entry) => entry.path)).toEqual([]);
  });

  it.each(SCALARS)('reads the scalar %j as yaml does, or declines it', (scalar) => {
    for (const text of [`v: ${scalar}\n`, `a:\n  v: ${scalar} # note\nb:\n  - ${scalar}\n  - x: ${scalar}\n    y: 1\n`]) expectAsYaml(text);
  });

  it.each([
    ['nested blocks and comments', 'a: 1 # one\n# alone\nb:\n  c:\n    d: x\n\n  e: [1, 2]\nf: {}\n'],
    ['a list at its key\'s column', 'steps:\n- a\n- b: 1\n  c: 2\nnext: 1\n'],
    ['compact mappings with wide indents', 'list:\n  -   a: 1\n      b: 2\n  - c: 3\n'],
    ['no final line break', 'a: 1\nb: x'],
    ['keys with dashes and dollars', '$schema: x\nx-y: 1\n_z: 2\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['Windows line ends with comments, blank lines and a final line without one', 'a: x # c\r\n\r\n# alone\r\n  \r\nb:\r\n  - "q"  \r\n  - \'s\'\r\nc: [1, 2]\r\nd: {}\r\ne: end'],
  ])('takes %s', (_name, text) => {
    expect(expectAsYaml(text)).toBe(true);
  });

  it.each([
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty list item', 'a:\n  -\n  - 1\n'],
    ['a list in a list item', 'a:\n  - - 1\n'],
    ['a scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a quoted key', '"a": 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a null key', 'null: 1\n'],
    ['a boolean key', 'true: 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a CR inside a value', 'a: x\ry\r\n'],
    ['a CR at the very end', 'a: 1\r'],
    ['a byte order mark', '\uFEFFa: 1\n'],
    ['an emoji', 'a: 🙂\n'],
    ['an indented root', '  a: 1\n'],
    ['a root list', '- a\n'],
    ['a root scalar', 'a\n'],
    ['an empty document', '# nothing\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['nesting deeper than allowed', `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')}\n${' '.repeat(140)}v: 1\n`],
  ])('declines %s', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  const styles = [{}, { defaultStringType: 'QUOTE_DOUBLE' }, { defaultStringType: 'QUOTE_SINGLE' }, { collectionStyle: 'flow' }, { indent: 4, indentSeq: false }, { indent: 1 }] as const;
  const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);

  it('arbitrary JSON documents in every style yaml writes', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 }), fc.constantFrom(...styles), (value, style) => {
        expectAsYaml(stringify(value, style));
      }),
      { seed: 20261125, numRuns: 1000 },
    );
  });

  it('arbitrary flow-like documents (names, words, numbers, lists of records), most of which it takes', () => {
    const word = fc.oneof(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), fc.constantFrom('https://a.example/x?y=1', 'New York', 'a, b', 'it\'s', 'a#b', '007', '0x1F', '1e3', '-0', 'null', 'True', 'yes', ''));
    const leaf = fc.oneof(word, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const record = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    })).value;
    let taken = 0;
    fc.assert(
      fc.property(fc.dictionary(key, record, { minKeys: 1 }), fc.constantFrom(...styles), fc.boolean(), (value, style, crlf) => {
        const text = stringify(value, style);
        if (expectAsYaml(crlf ? text.replace(/\n/g, '\r\n') : text)) taken++;
      }),
      { seed: 20261125, numRuns: 1500 },
    );
    // Not a property of yaml's output but of this test: it must exercise the reader, not only its declining.
    expect(taken).toBeGreaterThan(300);
  });
});

import { describe, expect, it } from '@jest/globals';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES, MAX_NESTING, parseFlowText } from '../../src/parse/index.js';
import { judge, readReference } from '../helpers/yaml-reference.js';

// flowkeeper/parse: a flow file's text read exactly as the CLI reads it, with positions.

describe('parseFlowText reads every file as YAML 1.2 says (issue 17)', () => {
  // Each found once accepted, or read differently, by the js-yaml tier or the line reader.
  it.each([
    ['flow-key-in-brackets-is-rejected', '[flow]: block\n', 'by design'],
    ['nested-empty-item-stays-in-its-list', 'k:\n  - -\n  - b\n', 'agree'],
    ['block-scalar-indentation-indicator-then-blank-line', 'a: |1\n  x\n \nb: 1\n', 'agree'],
    ['keep-chomping-ending-in-spaces-without-newline', 'a: |+\n  x\n  ', 'agree'],
    ['escaped-line-break-then-empty-line', 'a: "x\\\n\n  y"\n', 'agree'],
    ['comment-inside-a-flow-list-is-rejected', 'a: [x #y, z]\n', 'both reject'],
    ['comment-touching-a-quoted-value-is-rejected', 'a: "x"#c\n', 'both reject'],
    ['quoted-string-continued-at-column-0-is-rejected', 'a:\n  b: "x\ny"\n', 'both reject'],
    ['flow-list-continued-at-column-0-is-rejected', 'a:\n  b: [x,\ny]\n', 'both reject'],
    ['escape-past-unicode-is-rejected', 'a: "\\U00110000"\n', 'both reject'],
    ['tab-only-line', 'a:\n  b: 1\n\t\n  c: 2\n', 'agree'],
    ['folded-scalar-then-blank-line-then-less-indented-comment', 'a:\n  b: >\n\n # c\n', 'agree'],
    ['plain-key-over-1024-characters-is-rejected', `${'k'.repeat(1100)}: 1\n`, 'both reject'],
    ['plain-key-of-1000-characters', `${'k'.repeat(1000)}: 1\nb: 2\n`, 'agree'],
  ])('%s', (_name, text, outcome) => {
    expect(judge(text)).toMatchObject({ outcome });
  });

  it('says how the tab-only line and the less-indented comment read, as the reference does', () => {
    for (const text of ['a:\n  b: 1\n\t\n  c: 2\n', 'a:\n  b: >\n\n # c\n']) {
      const reference = readReference(text);
      expect(parseFlowText(text, 'yaml').value).toEqual(reference.ok ? reference.value : undefined);
    }
  });
});

describe('the flowkeeper/parse API', () => {
  const text = 'id: x\ndocuments:\n  documentTypes:\n    - country: FR\n      kinds: [passport, id]\n';

  it('gives the value, no problems, and where each value starts', () => {
    const parsed = parseFlowText(text, 'yaml');
    expect(parsed.value).toEqual({ id: 'x', documents: { documentTypes: [{ country: 'FR', kinds: ['passport', 'id'] }] } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
    expect(parsed.locate(['documents', 'documentTypes', 0, 'country'])).toEqual({ line: 4, column: 16 });
    expect(parsed.locate(['documents', 'documentTypes', '0', 'kinds', 1])).toEqual({ line: 5, column: 25 });
  });

  it('gives undefined for a path that does not exist', () => {
    const parsed = parseFlowText(text, 'yaml');
    for (const path of [['nope'], ['id', 'x'], ['documents', 'documentTypes', 1], ['documents', 'documentTypes', ''], ['documents', 'documentTypes', '01'], ['documents', 'documentTypes', -1]]) {
      expect({ path, at: parsed.locate(path) }).toEqual({ path, at: undefined });
    }
  });

  it('reads JSON strictly, with positions', () => {
    const parsed = parseFlowText('{\n  "a": [1, {"b": null}]\n}\n', 'json');
    expect(parsed.value).toEqual({ a: [1, { b: null }] });
    expect(parsed.locate(['a', 1, 'b'])).toEqual({ line: 2, column: 18 });
    const bad = parseFlowText('{"a": 1, "a": 2}', 'json');
    expect(bad.value).toBeUndefined();
    expect(bad.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'parse', line: 1, column: 10, endLine: 1, endColumn: 13 })]);
    expect(bad.locate([])).toBeUndefined();
  });

  it('places every problem with a start and an end', () => {
    const parsed = parseFlowText('a: 1\nb: [x #y, z]\n', 'yaml');
    expect(parsed.value).toBeUndefined();
    const [first] = parsed.problems;
    expect(first).toMatchObject({ severity: 'error', rule: 'parse', line: expect.any(Number), column: expect.any(Number) });
    expect(first!.endLine * 10_000 + first!.endColumn).toBeGreaterThan(first!.line * 10_000 + first!.column);
  });

  it('reads a lone CR as a line break (YAML 1.2 §5.4), with positions on the lines it makes', () => {
    const parsed = parseFlowText('a: 1\rb:\r  c: 2\r', 'yaml');
    expect(parsed.value).toEqual({ a: 1, b: { c: 2 } });
    expect(parsed.locate(['b', 'c'])).toEqual({ line: 3, column: 6 });
  });

  it('drops a byte order mark, as the CLI does when it decodes a file', () => {
    expect(parseFlowText('\uFEFFa: 1\n', 'yaml').value).toEqual({ a: 1 });
  });

  it.each([
    ['nesting deeper than the limit', `${Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n`, /nests deeper than 64 levels/],
    ['aliases expanding over the cap', `a: &a [1]\nb: [${Array.from({ length: MAX_ALIAS_COUNT + 1 }, () => '*a').join(', ')}]\n`, /at most 50/],
    ['a text over the size limit', `a: "${'x'.repeat(MAX_FILE_BYTES)}"\n`, /at most 1048576 bytes/],
    ['a NUL character', 'a: "\0"\n', /NUL bytes/],
    ['a lone surrogate', 'a: "\uD800"\n', /lone UTF-16 surrogate/],
    ['several documents', 'a: 1\n---\nb: 2\n', /more than one YAML document/],
    ['a tag', 'a: !custom 1\n', /the tag !custom is not supported/],
    ['"1" and 1 as keys of one mapping', '1: a\n"1": b\n', /appears twice/],
  ])('rejects %s with a positioned problem, as the CLI does', (_name, input, message) => {
    const parsed = parseFlowText(input, 'yaml');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(message), line: expect.any(Number), endLine: expect.any(Number) });
  });

  it('refuses a format other than yaml or json', () => {
    expect(() => parseFlowText('a: 1', 'toml' as 'yaml')).toThrow(/expected 'yaml' or 'json'/);
  });
});

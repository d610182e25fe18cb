import { MAX_FILE_BYTES } from '../../src/parse/decode.js';
import type { ExpectedDiagnostic } from './hostile-corpus.js';

/** A hostile file too big to commit: written at test time, with the diagnostic it must produce. */
export interface GeneratedFile {
  file: string;
  content: () => string;
  expected: ExpectedDiagnostic;
  /** How many errors the file must have in all, when it is more than one. */
  errorCount?: number;
}

const DEPTH = 5000;
const ID = '64a1b2c3d4e5f67890125000';
const TOO_DEEP = 'the file nests deeper than 64 levels';
const TOO_BIG = `flow files may be at most ${MAX_FILE_BYTES} bytes (1 MiB)`;

/** `depth` block mappings, each indented one space more than its parent. */
function blockMaps(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}a:`);
  return `${lines.join('\n')} 1\n`;
}

function manyKeys(count: number, line: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(line(i));
  return lines.join('');
}

const ALIAS = 'a'.repeat(200);
const PADDING = '# a comment line padding the file out to twenty megabytes\n';

/**
 * The generated part of the hostile corpus. Columns of the nesting errors are those of the
 * 65th opening bracket, key or dash: the first level past the limit of 64.
 */
export const GENERATED: readonly GeneratedFile[] = [
  {
    file: 'yaml-flow-maps-5000-deep.yaml',
    content: () => '{a: '.repeat(DEPTH) + '1' + '}'.repeat(DEPTH),
    expected: { rule: 'parse', line: 1, column: 257, messageIncludes: TOO_DEEP },
  },
  {
    file: 'yaml-block-maps-5000-deep.yaml',
    // Block mappings need their indentation: 5,000 levels take 12.5 MB, so the size cap answers.
    content: () => blockMaps(DEPTH),
    expected: { rule: 'parse', line: 1, column: 1, messageIncludes: TOO_BIG },
  },
  {
    file: 'yaml-block-maps-1400-deep.yaml',
    // As deep as block mappings get under the size cap, so the parser itself meets them.
    content: () => blockMaps(1400),
    expected: { rule: 'parse', line: 65, column: 65, messageIncludes: TOO_DEEP },
  },
  {
    file: 'yaml-flow-sequences-5000-deep.yaml',
    content: () => '['.repeat(DEPTH) + '1' + ']'.repeat(DEPTH),
    expected: { rule: 'parse', line: 1, column: 65, messageIncludes: TOO_DEEP },
  },
  {
    file: 'yaml-block-sequences-5000-deep.yaml',
    content: () => '- '.repeat(DEPTH) + 'x\n',
    expected: { rule: 'parse', line: 1, column: 129, messageIncludes: TOO_DEEP },
  },
  {
    file: 'json-maps-5000-deep.json',
    content: () => '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH),
    expected: { rule: 'parse', line: 1, column: 321, messageIncludes: TOO_DEEP },
  },
  {
    file: 'json-arrays-5000-deep.json',
    content: () => '['.repeat(DEPTH) + ']'.repeat(DEPTH),
    expected: { rule: 'parse', line: 1, column: 65, messageIncludes: TOO_DEEP },
  },
  {
    file: 'yaml-1-mib-of-open-brackets.yaml',
    // Once ~20 s in the yaml parser, which slows down with depth; now cut short at the limit.
    content: () => '['.repeat(MAX_FILE_BYTES),
    expected: { rule: 'parse', line: 1, column: 65, messageIncludes: TOO_DEEP },
  },
  {
    file: 'yaml-20-mb.yaml',
    content: () => `id: ${ID}\n` + PADDING.repeat(Math.ceil((20 * 1024 * 1024) / PADDING.length)),
    expected: { rule: 'parse', line: 1, column: 1, messageIncludes: TOO_BIG },
  },
  {
    file: 'yaml-2-mb-of-10000-aliases.yaml',
    content: () => `value: &${ALIAS} x\nlist:\n` + `  - *${ALIAS}\n`.repeat(10_000),
    expected: { rule: 'parse', line: 1, column: 1, messageIncludes: TOO_BIG },
  },
  {
    file: 'yaml-10000-aliases.yaml',
    content: () => 'value: &a x\nlist:\n' + '  - *a\n'.repeat(10_000),
    expected: { rule: 'parse', line: 3, column: 5, messageIncludes: 'YAML aliases (*name) expand too many times' },
  },
  {
    file: 'yaml-75000-unknown-keys.yaml',
    // Once minutes: the parser's duplicate-key check and each diagnostic's position lookup
    // both compared every key with every other.
    content: () => `id: ${ID}\n` + manyKeys(75_000, (i) => `k${i}: 1\n`),
    expected: { rule: 'unknown-key', line: 2, column: 1, field: 'k0', messageIncludes: 'k0 is not a known field' },
    errorCount: 75_000,
  },
  {
    file: 'json-75000-unknown-keys.json',
    content: () => `{"id": "64a1b2c3d4e5f67890125001"\n` + manyKeys(75_000, (i) => `,"k${i}": 1\n`) + '}',
    expected: { rule: 'unknown-key', line: 2, column: 2, field: 'k0', messageIncludes: 'k0 is not a known field' },
    errorCount: 75_000,
  },
];

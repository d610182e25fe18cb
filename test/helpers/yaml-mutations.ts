import fc from 'fast-check';

// Mutations of real flow files for the differential fuzzer (test/parse/differential-fuzz.test.ts):
// each one rewrites a file the way a person, an editor or an attacker might, aiming at the
// places where YAML readers differ.

const ODD_SCALARS = [
  '0x1F', '0o17', '007', '+12', '-0', '1_000', '1e3', '1E-3', '.5', '-.5e2', '1.', '.inf', '-.Inf', '+.INF', '.nan', '.NaN',
  'True', 'TRUE', 'tRue', 'False', 'yes', 'no', 'on', 'y', '~', 'null', 'Null', 'NULL', 'nULL', '2001-12-14', '12:30:00',
  '0.1.2', ':x', '-x', '?x', 'a:b', 'a :b', 'x]', 'x}', 'x,y', 'a#b', '@x', '`x', '%x', 'x  y', '"', "'", "''", '""', "'it''s'",
  '"a\\"b"', '1e999', '-1e999', '64a1b2c3d4e5f67890123456', '123456789012345678901234', '&x', '*x', '!x', '!!str 1', '!!int "1"',
];

const ESCAPES = [
  '"\\x41"', '"\\u00e9"', '"\\U0001F600"', '"\\U00110000"', '"\\uD800"', '"\\/"', '"\\N"', '"\\_"', '"\\L"', '"\\P"', '"\\e"', '"\\0"',
  '"\\a"', '"\\v"', '"\\ "', '"\\\t"', '"\\q"', '"a\\\n  b"', '"a\\\n\n  b"', '"a\n  b"', '"a\n\n  b"', "'a\n  b'", "'a\n\n  b'", '"\\"',
];

const FLOWS = [
  '[a, b]', '[ ]', '[]', '{}', '{ }', '[a, b, ]', '[a,b]', '[a , b]', '{a: 1, b: [x]}', '{a: 1,}', '[a: 1]', '[[a], [b]]', '[a, [b, {c: d}]]',
  '[x #y, z]', '[x, #y\n  z]', '[x,\n  y]', '[x,\ny]', '{a: 1,\n  b: 2}', '[a, , b]', '[, a]', '[a b]', '[ "a", \'b\' ]', '["a", b]', '[? a : b]',
  '[-1, - 1]', '[a]x', '[a] #c', '[a]#c', '{a}', '{a, b: c}', '[&x a, *x]', '{"a":1}', '[a: ]', '[:a]',
];

const BLOCK_INDICATORS = ['|', '>', '|-', '|+', '>-', '>+', '|1', '|2', '>1', '|1-', '|2+', '>2-', '|-1', '>+2', '|0', '|10', '| #c', '|#c', '|  '];
const BLOCK_BODIES = ['  x', '  x\n  y', '  x\n\n  y', '  x\n \n  y', '  x\n   \n', '\n  x', '   x\n  y', '  x\n    y', '  x\n  ', '  x\n\t\n  y', '  x\n # c', '\n\n', '  x\n\n # c'];

const COMMENTS = ['#c', ' #c', '  # c', ' #', '#', ' # : x', ' #[', '\t#c'];

type Mutation = (text: string, pick: (n: number) => number) => string;

function lines(text: string): string[] {
  return text.split('\n');
}

/** Lines of the form `key: value` (plain value), by index. */
function valueLines(all: string[]): number[] {
  return all.flatMap((line, i) => (/^\s*(- )?[\w$-]+: \S/.test(line) && !line.trimStart().startsWith('#') ? [i] : []));
}

function replaceValue(text: string, pick: (n: number) => number, value: string): string {
  const all = lines(text);
  const candidates = valueLines(all);
  if (!candidates.length) return text;
  const i = candidates[pick(candidates.length)]!;
  const m = /^(\s*(?:- )?[\w$-]+:)( .*)$/.exec(all[i]!);
  if (!m) return text;
  const indent = /^\s*/.exec(all[i]!)![0].length;
  // A value over several lines continues deeper than its key.
  const body = value.replaceAll('\n', `\n${' '.repeat(indent)}`);
  all[i] = `${m[1]} ${body}`;
  return all.join('\n');
}

const MUTATIONS: Record<string, Mutation> = {
  oddScalar: (t, pick) => replaceValue(t, pick, ODD_SCALARS[pick(ODD_SCALARS.length)]!),
  escape: (t, pick) => replaceValue(t, pick, ESCAPES[pick(ESCAPES.length)]!),
  flow: (t, pick) => replaceValue(t, pick, FLOWS[pick(FLOWS.length)]!),
  blockScalar: (t, pick) => replaceValue(t, pick, `${BLOCK_INDICATORS[pick(BLOCK_INDICATORS.length)]}\n${BLOCK_BODIES[pick(BLOCK_BODIES.length)]}`),
  blockScalarAtEnd: (t, pick) => `${t.trimEnd()}\nlast: ${BLOCK_INDICATORS[pick(BLOCK_INDICATORS.length)]}\n${BLOCK_BODIES[pick(BLOCK_BODIES.length)]}`,
  quote: (t, pick) => {
    const all = lines(t);
    const candidates = valueLines(all);
    if (!candidates.length) return t;
    const i = candidates[pick(candidates.length)]!;
    const style = pick(4);
    all[i] = all[i]!.replace(/^(\s*(?:- )?)([\w$-]+)(:) (.*)$/, (_, lead: string, key: string, colon: string, value: string) =>
      style === 0 ? `${lead}${key}${colon} '${value.replaceAll("'", "''")}'` : style === 1 ? `${lead}${key}${colon} ${JSON.stringify(value)}` : style === 2 ? `${lead}"${key}"${colon} ${value}` : `${lead}'${key}'${colon}${value}`,
    );
    return all.join('\n');
  },
  comment: (t, pick) => {
    const all = lines(t);
    const i = pick(all.length);
    const comment = COMMENTS[pick(COMMENTS.length)]!;
    const where = pick(4);
    if (where === 0) all[i] += comment;
    else if (where === 1) all.splice(i, 0, `${' '.repeat(pick(6))}${comment.trimStart()}`);
    else if (where === 2) all[i] = all[i]!.replace(': ', `:${comment}\n${' '.repeat(pick(6))}`);
    else all[i] = all[i]!.replace(/(\S)(\s|$)/, `$1${comment}$2`);
    return all.join('\n');
  },
  indent: (t, pick) => {
    const all = lines(t);
    const kind = pick(4);
    if (kind === 0) return all.map((l) => l.replace(/^( +)/, (s) => s + s)).join('\n');
    if (kind === 1) return all.map((l) => l.replace(/^( +)/, (s) => ' '.repeat(Math.ceil(s.length / 2)))).join('\n');
    const i = pick(all.length);
    all[i] = kind === 2 ? ` ${all[i]}` : all[i]!.replace(/^ /, '');
    return all.join('\n');
  },
  tab: (t, pick) => {
    const all = lines(t);
    const i = pick(all.length);
    const kind = pick(4);
    if (kind === 0) all.splice(i, 0, '\t');
    else if (kind === 1) all[i] = all[i]!.replace(': ', ':\t');
    else if (kind === 2) all[i] = all[i]!.replace(/^ {2}/, '\t');
    else all[i] = `${all[i]}\t`;
    return all.join('\n');
  },
  lineEnds: (t, pick) => {
    const kind = pick(3);
    if (kind === 0) return t.replaceAll('\n', '\r\n');
    if (kind === 1) return t.replaceAll('\n', '\r');
    // Mixed: some lines one way, some another.
    return lines(t).map((l, i) => (i % 3 === 0 ? `${l}\r` : l)).join('\n');
  },
  longKey: (t, pick) => {
    const length = [1000, 1020, 1023, 1024, 1025, 1100][pick(6)]!;
    const all = lines(t);
    all.splice(pick(all.length), 0, `${'k'.repeat(length)}: 1`);
    return all.join('\n');
  },
  marker: (t, pick) => ['---\n' + t, t + '\n...\n', t + '\n---\n', '%YAML 1.2\n---\n' + t, '--- # c\n' + t, t.replace('\n', '\n---\n'), '--- |\n  x\n', t + '\n... # c\n'][pick(8)]!,
  emptyAndNested: (t, pick) => replaceValue(t, pick, ['', '\n  - -\n  - b', '\n  -\n  - 1', '\n  - - a\n    - b', '\n- a\n- b', '\n  ? a\n  : b', '\n  a:\n  b:'][pick(7)]!),
  anchors: (t, pick) => replaceValue(replaceValue(t, pick, '&a x'), pick, ['*a', '*b', '&a y', '[*a, *a]'][pick(4)]!),
  duplicateKey: (t, pick) => {
    const all = lines(t);
    const candidates = valueLines(all);
    if (!candidates.length) return t;
    const i = candidates[pick(candidates.length)]!;
    all.splice(i + 1, 0, all[i]!.replace(/^(\s*)- /, '$1  '));
    return all.join('\n');
  },
  truncate: (t, pick) => t.slice(0, pick(t.length + 1)),
  unicode: (t, pick) => replaceValue(t, pick, ['é', '😀', 'a\u0085b', 'a\u2028b', '\uFEFFx', 'a\u00a0b', 'a\u200bb'][pick(7)]!),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A real file rewritten by one to three mutations, as an arbitrary for fast-check. */
export function mutatedFile(files: readonly string[]): fc.Arbitrary<{ text: string; mutations: string[] }> {
  return fc
    .record({
      file: fc.integer({ min: 0, max: files.length - 1 }),
      steps: fc.array(fc.record({ name: fc.constantFrom(...MUTATION_NAMES), picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ file, steps }) => {
      let text = files[file]!;
      for (const { name, picks } of steps) {
        let k = 0;
        const pick = (n: number) => (n <= 0 ? 0 : picks[k++ % picks.length]! % n);
        text = MUTATIONS[name]!(text, pick);
      }
      return { text, mutations: steps.map((s) => s.name) };
    });
}

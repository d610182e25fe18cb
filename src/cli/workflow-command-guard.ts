import type { OutputStream } from './io.js';

/**
 * White space the GitHub Actions runner trims from the start of a line before it looks for a
 * `::` command (.NET's char.IsWhiteSpace), and a little more: JavaScript's `\s` (which adds
 * U+FEFF) and U+0085 and U+180E. Treating more characters as blank only escapes more.
 */
const BLANK = '[\\s\\u0085\\u180e]';

/** A colon that is the first visible character of a line; `$1` is what comes before it. */
const LEADING_COLON = new RegExp(`([\\r\\n]${BLANK}*):`, 'g');

/** The line ends the runner reads (.NET's StreamReader.ReadLine): `\n`, `\r` and `\r\n`. */
const LINES = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/**
 * An annotation as src/formatters/workflow-commands.ts writes it: a whole line, the name, the
 * escaped properties (which hold no `:`), `::` and the escaped data (which holds no line end).
 */
const ANNOTATION = /^::(?:error|warning|notice)(?: [^:\r\n]*)?::[^\r\n]*(?:\r\n|\r|\n)?$/;

/** A stream that makes workflow commands inert, with a way through for a formatter's annotations. */
export interface GuardedStream extends OutputStream {
  /** Writes annotation lines as they are; any other line in `text` is made inert like {@link OutputStream.write}'s. */
  writeAnnotations(text: string): unknown;
}

/**
 * Wraps a stream the GitHub Actions runner reads, so that nothing written to it runs as a
 * workflow command. The runner obeys, on any line of stdout or stderr (split at `\n`, `\r`
 * and `\r\n`), `::name …::data` once leading white space is trimmed, and `##[name …]data`
 * anywhere in the line. So:
 *
 * - a line whose first visible character is `:` gets it as the six characters `\u003a`;
 * - a `[` after `##` becomes `\u005b`.
 *
 * The escapes are the ones printable() shows in text formats, and in JSON and SARIF they stand
 * where they can only be inside a string (a line of JSON never starts with `:`, and `#` is
 * nowhere else), so JSON output parses to the same data. Escaping, rather than wrapping the run
 * in `::stop-commands::`, keeps `--format json > report.json` valid, needs no closing line that
 * a killed process would never write (leaving the step's later commands ignored), and holds on
 * stdout and stderr alike, which the runner reads as two streams.
 *
 * A line's judgement does not depend on how its text was split into writes: each stream keeps
 * whether its current line has shown only white space so far, and the `#`s it ended with.
 */
export function guardWorkflowCommands(stream: OutputStream): GuardedStream {
  // What the next write continues: a line end while its line has shown only white space, else
  // the `#`s (up to two) the last write ended with. Each write is judged with it in front.
  let context = '\n';
  const inert = (text: string): string => {
    const judged = `${context}${text}`;
    // Neither replacement changes the context in front, so it is cut off as it was.
    const guarded = judged.replace(LEADING_COLON, '$1\\u003a').replace(/##\[/g, '##\\u005b').slice(context.length);
    context = contextAfter(judged);
    return guarded;
  };
  return {
    ...(stream.isTTY === undefined ? {} : { isTTY: stream.isTTY }),
    write: (text) => stream.write(inert(text)),
    writeAnnotations(text) {
      let out = '';
      for (const line of text.match(LINES) ?? []) {
        if (line === '') continue;
        // An annotation counts only as a whole line; anywhere else the runner would not obey it.
        if (context === '\n' && ANNOTATION.test(line)) {
          out += line;
          context = contextAfter(`${context}${line}`);
        } else {
          out += inert(line);
        }
      }
      return stream.write(out);
    },
  };
}

const ONLY_BLANK = new RegExp(`^${BLANK}*$`);

/** The context (see {@link guardWorkflowCommands}) after `text`, which starts with the context before it. */
function contextAfter(text: string): string {
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  if (end >= 0 && ONLY_BLANK.test(text.slice(end + 1))) return '\n';
  return /#{0,2}$/.exec(text)![0];
}

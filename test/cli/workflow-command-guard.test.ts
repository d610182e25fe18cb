import { describe, expect, test } from '@jest/globals';
import * as fc from 'fast-check';
import { guardWorkflowCommands } from '../../src/cli/workflow-command-guard.js';
import { workflowCommand } from '../../src/formatters/workflow-commands.js';
import { printableLines } from '../../src/printable.js';
import { runnerCommands } from '../formatters/workflow-command-parser.js';

/** A guarded stream over a string, and what reached it. */
function guarded(isTTY?: boolean) {
  let written = '';
  const stream = guardWorkflowCommands({ write: (text: string) => (written += text), ...(isTTY === undefined ? {} : { isTTY }) });
  return { stream, written: () => written };
}

/** `text` written through a fresh guard, in writes cut at `cuts`. */
function through(text: string, cuts: readonly number[] = []): string {
  const { stream, written } = guarded();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.write(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  stream.write(text.slice(from));
  return written();
}

/** The escapes the guard adds, undone: what the text said. */
const undo = (text: string): string => text.replace(/\\u003a/g, ':').replace(/\\u005b/g, '[');

/** Text built from the pieces commands are made of, and anything at all. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '\u00a0', '\u3000', '\u2028', ':', '::', '#', '##', '[', ']', '##[', 'set-output name=valid;', 'warning', 'error title=x', 'stop-commands', 'add-mask', '%0A', 'a', '"', '\\', '{', '}'))
    .map((parts) => parts.join('')),
);

describe('guardWorkflowCommands', () => {
  test.each([
    ['a file name that is a command', '::warning title=Approved::all flows reviewed.yaml\n', '\\u003a:warning title=Approved::all flows reviewed.yaml\n'],
    ['after white space the runner trims', ' \t\u00a0::error::x\n', ' \t\u00a0\\u003a:error::x\n'],
    ['after a lone carriage return', 'progress\r::error::x', 'progress\r\\u003a:error::x'],
    ['the older form anywhere in a line', 'status is "##[set-output name=valid;]true"\n', 'status is "##\\u005bset-output name=valid;]true"\n'],
    ['three hashes', '###[debug]x', '###\\u005bdebug]x'],
    ['colons inside a line stay', 'flows/a.yaml:3:4  error  x::y\n', 'flows/a.yaml:3:4  error  x::y\n'],
    ['one leading colon is escaped too, so that a split write is judged alike', ':x\n', '\\u003ax\n'],
  ])('%s', (_name, input, output) => {
    expect(through(input)).toBe(output);
  });

  test('whatever the text and however it is cut into writes, the runner obeys nothing in it, and the escapes are all that changed', () => {
    fc.assert(
      fc.property(hostile, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const out = through(text, cuts);
        expect(runnerCommands(out)).toEqual([]);
        expect(out).toBe(through(text));
        // Nothing is lost: undone, the escapes give back the text (the text holds none of its own).
        if (!/\\u00(3a|5b)/.test(text)) expect(undo(out)).toBe(text);
      }),
      { seed: 8080, numRuns: 2000 },
    );
  });

  test('JSON written through it parses to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const report = { value, text, [text]: [text, { nested: text }] };
        const json = `${JSON.stringify(report, null, 2)}\n`;
        const out = through(json);
        expect(JSON.parse(out)).toEqual(JSON.parse(json));
        expect(runnerCommands(out)).toEqual([]);
      }),
      { seed: 8081, numRuns: 1000 },
    );
  });

  test('writeAnnotations lets whole annotation lines through as they are, and only them', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (message, file, title) => {
        const annotations = [workflowCommand('error', { file, line: 3, col: 4, title }, message), workflowCommand('warning', {}, message), workflowCommand('notice', { title }, message)];
        const text = `${annotations.join('\n')}\n${message}\n`;
        const { stream, written } = guarded();
        stream.writeAnnotations(text);
        const obeyed = runnerCommands(written());
        // What a person reads shows its control, bidi and invisible characters as escapes.
        const shown = printableLines(message.replace(/\r\n?/g, '\n'));
        expect(obeyed.map((c) => [c.command, c.data])).toEqual([
          ['error', shown],
          ['warning', shown],
          ['notice', shown],
        ]);
        expect(written().startsWith(`${annotations.join('\n')}\n`)).toBe(true);
      }),
      { seed: 8082, numRuns: 1000 },
    );
  });

  test('an annotation that does not start a line, or any other command, is made inert', () => {
    const { stream, written } = guarded();
    stream.write('partial ');
    stream.writeAnnotations('::error::not at a line start\n::add-mask::x\n::set-output name=valid::true\n##[warning]x\n');
    expect(runnerCommands(written())).toEqual([]);
  });

  test('it keeps the stream’s isTTY, which decides colour and the progress line', () => {
    expect(guarded(true).stream.isTTY).toBe(true);
    expect(guarded(false).stream.isTTY).toBe(false);
    expect('isTTY' in guarded().stream).toBe(false);
  });
});

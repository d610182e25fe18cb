import * as fc from 'fast-check';
import { escapeMarkdown, escapeWorkflowData, escapeWorkflowProperty, markdownCode, workflowCommand } from '../../src/formatters/index.js';
import { printable } from '../../src/formatters/terminal.js';
import { parseWorkflowCommand } from './workflow-command-parser.js';

/** Strings built from the fragments attacks are made of, plus anything at all. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom('\n', '\r', '\r\n', '%', '%0A', '%25', ':', '::', ',', '=', '::error::', '::add-mask::', '::stop-commands::', '<img src=x onerror=alert(1)>', '|', '`', '*', '_', '[', ']', '&', '$', '\\', 'a', ' '))
    .map((parts) => parts.join('')),
);

const trimmed = hostile.map((text) => text.trim());

describe('escapeWorkflowData and escapeWorkflowProperty', () => {
  test.each([
    ['plain text', 'plain text', 'plain text'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['%0A', '%250A', '%250A'],
    ['file:1,2', 'file:1,2', 'file%3A1%2C2'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeWorkflowData(input)).toBe(data);
    expect(escapeWorkflowProperty(input)).toBe(property);
  });

  test('any message and property value is one line that the runner reads back unchanged', () => {
    fc.assert(
      // The runner trims the property list, so values are generated without edge whitespace.
      fc.property(trimmed, trimmed, hostile, (file, title, message) => {
        const line = workflowCommand('error', { file, line: 3, col: 4, title }, message);
        expect(line).not.toMatch(/[\r\n]/);
        // Like @actions/core, empty property values are left out.
        const properties = Object.fromEntries(Object.entries({ file, line: '3', col: '4', title }).filter(([, v]) => v !== ''));
        expect(parseWorkflowCommand(line)).toEqual({ command: 'error', properties, data: message });
      }),
    );
  });

  test('a property value cannot end the property list or the command section', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(escapeWorkflowProperty(value)).not.toMatch(/[\r\n:,]/);
      }),
    );
  });
});

/** What a Markdown renderer shows for escaped text: character references decoded, `<br>` a newline. */
const rendered = (html: string): string =>
  html.replace(/<br>/g, '\n').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('escapeMarkdown', () => {
  test('neutralises HTML, table pipes, code spans, emphasis and links', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> | `x` *b* _i_ [l](u) ~~s~~ $m$ &amp;')).toBe(
      '&#60;img src=x onerror=alert(1)&#62; &#124; &#96;x&#96; &#42;b&#42; &#95;i&#95; &#91;l&#93;(u) &#126;&#126;s&#126;&#126; &#36;m&#36; &#38;amp;',
    );
  });

  test('turns every kind of line break into <br>', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });

  test('any text stays on one line with no active character, and renders as itself', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped.replace(/<br>/g, '')).not.toMatch(/[\r\n<>|`*_[\]~$\\]/);
        expect(rendered(escaped)).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  test('markdownCode wraps escaped text in <code>', () => {
    expect(markdownCode('a`b')).toBe('<code>a&#96;b</code>');
  });
});

describe('printable', () => {
  test('shows control and bidi-override characters as escapes', () => {
    expect(printable('a\u001b[31mb\nc\u202ed')).toBe('a\\u001b[31mb\\u000ac\\u202ed');
  });

  test('leaves no control character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(printable(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

import * as fc from 'fast-check';
import { escapeMarkdown, escapeWorkflowData, escapeWorkflowProperty, htmlCode, markdownCode, workflowCommand } from '../../src/formatters/index.js';
import { printable } from '../../src/formatters/terminal.js';
import { hasUnprintable, printableLines } from '../../src/printable.js';
import { MENTION_OR_REFERENCE, proseText, renderInline, renderMarkdown } from '../helpers/render-markdown.js';
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
        const properties = Object.fromEntries(Object.entries({ file, line: '3', col: '4', title: printable(title) }).filter(([, v]) => v !== ''));
        // What a person reads shows its control, bidi and invisible characters as escapes.
        expect(parseWorkflowCommand(line)).toEqual({ command: 'error', properties, data: printableLines(message.replace(/\r\n?/g, '\n')) });
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

describe('escapeMarkdown', () => {
  test('neutralises HTML, table pipes, code spans, emphasis and links', () => {
    const text = '<img src=x onerror=alert(1)> | `x` *b* _i_ [l](u) ~~s~~ $m$ &amp;';
    const html = renderInline(escapeMarkdown(text));
    expect(html.querySelectorAll('*')).toHaveLength(0);
    expect(html.textContent).toBe(text);
  });

  test('turns every kind of line break into <br>', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });

  // Regression: `&#95;` codes inside a URL were autolinked with the codes in text and href.
  test('url-in-prose-keeps-its-characters-and-links-nothing', () => {
    const url = 'https://app.example/welcome_back?utm_source=kyc&step=done';
    const html = renderInline(escapeMarkdown(`redirectUrl is "${url}"`));
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(html.textContent).toBe(`redirectUrl is "${url}"`);
  });

  // Regression: @octocat, #42 and owner/repo#1 from flow values reached prose raw and pinged or linked.
  test.each(['@octocat', 'ask @octocat now', '#42', 'see owner/repo#1', 'a@b.example', 'www.evil.example', 'GH-7'])(
    'mention-or-reference-%j-cannot-ping-or-link',
    (text) => {
      const html = renderInline(escapeMarkdown(text));
      expect(html.querySelectorAll('a')).toHaveLength(0);
      expect(proseText(html).join('')).not.toMatch(MENTION_OR_REFERENCE);
      expect(html.textContent).toBe(text);
    },
  );

  test('any text stays on one line with no active element, and renders as itself', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        const html = renderInline(escaped);
        expect([...html.querySelectorAll('*')].map((e) => e.tagName).filter((t) => t !== 'CODE' && t !== 'BR')).toEqual([]);
        html.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
        expect(html.textContent).toBe(printableLines(text.replace(/\r\n|\r/g, '\n')));
      }),
      { numRuns: 300 },
    );
  });

  test('markdownCode shows any text as itself in one code span', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    fc.assert(
      fc.property(hostile, (text) => {
        const html = renderInline(markdownCode(text));
        if (printable(text) === '') return;
        expect(html.children).toHaveLength(1);
        expect(html.firstElementChild!.tagName).toBe('CODE');
        expect(html.textContent).toBe(printable(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlCode', () => {
  // Inside an HTML block (a <summary>) Markdown is not parsed: a code span would show its
  // backticks and let a path's HTML through. htmlCode is for those places.
  test('text in a <summary> shows as itself and adds no element, link or mention', () => {
    const path = 'flows/<img src=x onerror=alert(1)> @octocat #42 https://evil.example/a_b.yaml\u202e';
    const html = renderMarkdown(`<details><summary>Journey of ${htmlCode(path)}</summary>\n\nx\n\n</details>`);
    const summary = html.querySelector('summary')!;
    expect([...summary.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['CODE']);
    expect(summary.querySelector('code')!.textContent).toBe(printable(path));
    expect(html.querySelectorAll('a, img')).toHaveLength(0);
  });
});

describe('printable', () => {
  test('shows control and bidi-override characters as escapes', () => {
    expect(printable('a\u001b[31mb\nc\u202ed')).toBe('a\\u001b[31mb\\u000ac\\u202ed');
  });

  // Regression: zero-width characters and tag characters passed through to the terminal.
  test('shows-zero-width-and-tag-characters-as-escapes', () => {
    expect(printable('a\u200bb\ufeffc\u{e0041}d\u2067e')).toBe('a\\u200bb\\ufeffc\\u{e0041}d\\u2067e');
  });

  test('leaves no control character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hasUnprintable(printable(text))).toBe(false);
      }),
    );
  });
});

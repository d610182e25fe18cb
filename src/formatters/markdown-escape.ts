import { printable, printableLines } from '../printable.js';

// Text from flow files reaches GitHub's renderer in two shapes. Values, paths and ids go into
// backtick code spans: inside one, GitHub parses no Markdown or HTML, makes no autolink, mention
// or issue reference, and shows every character as written. Prose (messages, the base ref)
// is backslash-escaped, and any word of it that GitHub would turn into a link (a URL, `www.`,
// an e-mail, an @mention, a #42 or owner/repo#1 reference) goes into a code span as well.
// Character references (`&#95;`) are not used: GFM's autolinker runs over them and shows the
// codes in both the visible text and the link's target.

/** ASCII punctuation that can start Markdown syntax or HTML; each is backslash-escaped. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#+!|~&$^]/g;

/** A word that GFM or GitHub would link, ping or reference: kept whole and shown as code. */
const LINKABLE = /\S*(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.|@|#\w|\bGH-\d)\S*/gi;

function backslashEscape(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/**
 * Shows text as an inline code span: a backtick fence longer than any run of backticks inside,
 * padded with a space on each side when the text starts or ends with a backtick or a space (the
 * renderer strips one from each side). Control and invisible characters become `\u202e`-style
 * escapes first, so the span holds one line and shows what the value really is.
 * In a table cell, use {@link markdownCodeCell}.
 */
export function markdownCode(text: string): string {
  const shown = printable(text);
  if (shown === '') return '*empty*';
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(shown) && shown.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * {@link markdownCode} for a GFM table cell: a `|` is written `\|`, which the table parser reads
 * as a pipe even inside a code span, so the value cannot add a cell.
 */
export function markdownCodeCell(text: string): string {
  return markdownCode(text).replace(/\|/g, '\\|');
}

/**
 * Makes prose from flow files safe inside a line of GitHub Markdown (a table cell, a heading, a
 * list item after its marker): no HTML, no formatting, no links, mentions or issue references, no
 * new cells, no new lines. Line breaks become `<br>`; other control and invisible characters
 * become `\u202e`-style escapes. Not for the start of a line, where `#`, `-` or `>` would count.
 */
export function escapeMarkdown(text: string): string {
  const lines = printableLines(text.replace(/\r\n|\r/g, '\n')).split('\n');
  return lines
    .map((line) => {
      let out = '';
      let last = 0;
      for (const match of line.matchAll(LINKABLE)) {
        out += backslashEscape(line.slice(last, match.index));
        out += markdownCodeCell(match[0]);
        last = match.index! + match[0].length;
      }
      return out + backslashEscape(line.slice(last));
    })
    .join('<br>');
}

/**
 * Text inside raw HTML (a `<summary>`), where Markdown is not parsed and GFM makes no autolink:
 * `&`, `<`, `>` and quotes as character references, invisible characters as `\u202e` escapes,
 * inside `<code>`, where GitHub links no @mention or #reference. Use it, not
 * {@link markdownCode}, in an HTML block.
 */
export function htmlCode(text: string): string {
  const escaped = printable(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<code>${escaped}</code>`;
}

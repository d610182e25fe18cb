// Characters that start Markdown syntax (emphasis, code, links, tables, strikethrough, math,
// escapes) or HTML. Each becomes a numeric character reference: GitHub shows the character,
// but neither the Markdown parser nor the HTML sanitizer sees syntax, and a reference is not a
// raw `|`, so it cannot split a table cell.
const MARKDOWN_SPECIAL = /[&<>`|\\*_~[\]$!]/g;

/**
 * Makes text from flow files safe inside a line of GitHub Markdown (a table cell, a heading, a
 * list item after its marker): no HTML, no formatting, no links, no new cells, no new lines.
 * Line breaks become `<br>`. Not for the start of a line, where `#`, `-` or `>` would still count.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Shows text as inline code. `<code>` rather than backticks, because character references are
 * decoded inside `<code>` but shown literally inside a backtick span, and a value may hold
 * backticks itself. GitHub also does not turn @mentions or #refs inside code into links.
 */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

// Characters that are not what they look like: C0 and C1 controls (ESC starts terminal escape
// sequences; CR and LF break the layout), the soft hyphen, the bidirectional marks, embeddings,
// overrides and isolates that make text read differently from what it is ("Trojan Source",
// CVE-2021-42574), zero-width and invisible formatting characters, the line and paragraph
// separators, the byte-order mark, and the Unicode tag characters that can smuggle hidden ASCII.
const INVISIBLE_CLASS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e0fff}';
const UNPRINTABLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const HAS_UNPRINTABLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
const UNPRINTABLE_BUT_LF = new RegExp(`(?!\\n)[${INVISIBLE_CLASS}]`, 'gu');

/** `\u202e` for a character of the Basic Multilingual Plane, `\u{e0041}` beyond it. */
export function unicodeEscape(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes text from flow files safe to print anywhere a person reads it (terminal, Markdown,
 * annotations, Mermaid): control, bidi and invisible characters become visible `\uXXXX` escapes,
 * so a value can neither emit escape sequences, break a line, nor show other text than it holds.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, unicodeEscape);
}

/** {@link printable}, but line feeds stay: for messages whose lines are meant (annotations, notes). */
export function printableLines(text: string): string {
  return text.replace(UNPRINTABLE_BUT_LF, unicodeEscape);
}

/** Whether {@link printable} would change the text: it holds a control, bidi or invisible character. */
export function hasUnprintable(text: string): boolean {
  // Printable ASCII alone, as nearly every key, value and path is, is answered by this loop: a
  // Unicode-aware match costs more. Anything else is for the expression.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return HAS_UNPRINTABLE.test(text);
  }
  return false;
}

/** Each control, bidi or invisible character of the text, with its index in UTF-16 code units. */
export function unprintableAt(text: string): { index: number; char: string }[] {
  return [...text.matchAll(UNPRINTABLE)].map((match) => ({ index: match.index!, char: match[0] }));
}

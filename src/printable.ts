// C0 and C1 controls (ESC starts terminal escape sequences; CR and LF break the layout) and the
// bidirectional overrides and isolates that can make text read differently from what it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Makes text from flow files safe to print on a terminal: control and bidi-override characters
 * become visible `\uXXXX` escapes, so a value can neither emit escape sequences nor break a line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether {@link printable} would change the text: it holds a control or bidi-override character. */
export function hasUnprintable(text: string): boolean {
  return HAS_UNPRINTABLE.test(text);
}

/** Colour functions for terminal output; each is the identity when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
}

// Each style closes with its own reset code (not the full reset 0) so styles can nest.
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Paint = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
};

const identity = (text: string): string => text;

const PLAIN: Paint = {
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  bold: identity,
  dim: identity,
  underline: identity,
};

/** The colour functions to use: ANSI styles when `color` is true, plain text otherwise. */
export function paint(color: boolean): Paint {
  return color ? COLOURS : PLAIN;
}

// C0 and C1 controls (ESC starts terminal escape sequences; CR and LF break the layout) and the
// bidirectional overrides and isolates that can make text read differently from what it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from flow files safe to print on a terminal: control and bidi-override characters
 * become visible `\uXXXX` escapes, so a value can neither emit escape sequences nor break a line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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

// The rule lives beside the files code, which refuses file names it would have to escape.
export { printable } from '../printable.js';

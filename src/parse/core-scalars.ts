// How YAML 1.2's core schema reads a plain scalar, as the `yaml` package does (the patterns are
// copied from it). The line reader (simple-yaml.ts) resolves plain scalars with it, so both
// readers read `007`, `0x1F`, `.5` or `True` alike.
//
// Module constants, not literals in the resolvers: a literal makes a new RegExp on every call,
// and the resolvers run for every plain scalar of every file.
export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
export const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const INF = /inf$/i;

/** The value of a plain scalar that matched {@link BOOL}. */
export const constructBool = (s: string): boolean => s[0] === 't' || s[0] === 'T';

/** The value of a plain scalar that matched {@link INT}. */
export const constructInt = (s: string): number => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10));

/** The value of a plain scalar that matched {@link FLOAT}. */
export const constructFloat = (s: string): number => (s.slice(-3).toLowerCase() === 'nan' ? NaN : INF.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s));

/** A plain scalar's value under the core schema. */
export function plainScalarValue(s: string): unknown {
  // Most values are words: a first letter other than those of null, true and false settles it.
  // By first character, the rest settle without a regular expression: n/N/~ may be null,
  // t/T/f/F a boolean, and only a digit, a sign or a dot can start a number.
  const c = s.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (c === 110 || c === 78) return NULL.test(s) ? null : s;
    if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(s) ? constructBool(s) : s;
    return s;
  }
  if (NULL.test(s)) return null;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (INT.test(s)) return constructInt(s);
  if (FLOAT.test(s)) return constructFloat(s);
  return s;
}

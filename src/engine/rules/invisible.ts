import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { isObject, joinField } from '../json.js';
import { hasUnprintable, printable, unicodeEscape, unprintableAt } from '../../printable.js';

/** The rule id of a control, bidi or invisible character in a string value. */
export const INVISIBLE_RULE = 'invisible-character';

/** Names of the characters a reviewer most needs told apart; others are named by code point alone. */
const NAMES: Record<number, string> = {
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space',
};

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code];
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return name ? `${hex} (${name})` : hex;
}

function check(field: string, text: string, out: Diagnostic[]): void {
  if (!hasUnprintable(text)) return;
  const found = unprintableAt(text);
  if (found.length === 0) return;
  // Positions count characters as a reader does (code points), from 1.
  const position = (index: number) => [...text.slice(0, index)].length + 1;
  const listed = found.slice(0, 3).map(({ index, char }) => `${describe(char)} \`${unicodeEscape(char)}\` at character ${position(index)}`);
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  out.push(
    diagnostic(
      field,
      `${field} holds ${listed.join(', ')}${more}: "${printable(text)}"; such characters make text read differently from what it is (CVE-2021-42574); expected none`,
      INVISIBLE_RULE,
      'warning',
    ),
  );
}

function walk(field: string, value: unknown, out: Diagnostic[]): void {
  if (typeof value === 'string') check(field, value, out);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(joinField(field, index), item, out));
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      // A key is a value a reviewer reads too; it is reported at the object that holds it.
      if (hasUnprintable(key)) check(field === '' ? key : field, key, out);
      walk(joinField(field, key), item, out);
    }
  }
}

/**
 * Warns of every string value (and key) of a flow that holds a control, bidirectional or
 * invisible character, naming the field and where in the value it sits: such text can show a
 * reviewer `https://good.example/txt.exe` while it holds `https://good.example/\u202eexe.txt`.
 */
export function invisibleCharacterWarnings(flow: unknown): Diagnostic[] {
  // Nearly every flow holds none: find that out without building a field name per value.
  if (!holdsUnprintable(flow)) return [];
  const out: Diagnostic[] = [];
  walk('', flow, out);
  return out;
}

/** Whether any string value or key of the value holds such a character. */
function holdsUnprintable(value: unknown): boolean {
  // Plain loops, strings first: this runs on every flow judged, mostly to find nothing.
  if (typeof value === 'string') return hasUnprintable(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsUnprintable(value[i])) return true;
    return false;
  }
  for (const key in value) if (hasUnprintable(key) || holdsUnprintable((value as Record<string, unknown>)[key])) return true;
  return false;
}


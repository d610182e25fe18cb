import { diagnostic, type Diagnostic } from '../engine/diagnostic.js';

/** Flow files are a few kilobytes; anything far larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What is said of a file over {@link MAX_FILE_BYTES}, whether its size came from the disk, git or its bytes. */
export function oversizeMessage(bytes: number): string {
  return `the file is ${bytes} bytes; flow files may be at most ${MAX_FILE_BYTES} bytes (1 MiB)`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of a file, or the one problem that keeps it from being read as text. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: Diagnostic };

function problem(message: string): Decoded {
  return { ok: false, problem: { ...diagnostic('', message, 'parse'), line: 1, column: 1 } };
}

/**
 * Turns a file's bytes into text: refuses oversized, binary and non-UTF-8 files with one
 * clear message, and drops a byte order mark (TextDecoder does, with ignoreBOM false).
 */
export function decodeFlowFile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return problem(oversizeMessage(bytes.length));
  }
  // A UTF-16 byte order mark: the NUL bytes that follow would otherwise make it look binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem('the file is UTF-16 text; expected UTF-8 (save it as UTF-8)');
  }
  if (bytes.includes(0)) return problem('the file contains NUL bytes; expected a YAML or JSON text file');
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return problem('the file is not valid UTF-8 text; expected a YAML or JSON text file');
  }
}

/**
 * The text of a file read straight to a string (Node's one-call UTF-8 read, much cheaper than
 * reading bytes), when that string is certainly what {@link decodeFlowFile} would make of the
 * bytes: small enough to be within the limit whatever its encoding, with no NUL and no U+FFFD
 * (the mark of bytes that are not UTF-8, a UTF-16 file among them). Undefined means: read the
 * bytes and decode them, which also explains what is wrong.
 */
export function cleanUtf8Text(text: string): string | undefined {
  // A UTF-16 code unit takes at most three bytes in UTF-8.
  if (text.length * 3 > MAX_FILE_BYTES || text.includes('\uFFFD') || text.includes('\0')) return undefined;
  // As TextDecoder with ignoreBOM false: one leading byte order mark is dropped.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanUtf8Text, decodeFlowFile, MAX_FILE_BYTES } from '../../src/parse/decode.js';
import { REPO } from '../helpers/run-cli.js';

// The working-tree reader reads files straight to text (cheaper than bytes plus a decode) and
// keeps that text only when cleanUtf8Text vouches for it; anything else is read again as bytes.
// Whichever way a file goes, it must read as decodeFlowFile reads its bytes.
function expectSameAsBytes(bytes: Uint8Array): void {
  const clean = cleanUtf8Text(Buffer.from(bytes).toString('utf8'));
  if (clean === undefined) return;
  const decoded = decodeFlowFile(bytes);
  expect(decoded).toEqual({ ok: true, text: clean });
}

describe('text read straight as UTF-8', () => {
  it('reads every hostile, example and fixture file as its bytes decode, or leaves it to the bytes', () => {
    let vouched = 0;
    for (const folder of ['test/fixtures', 'examples']) {
      for (const entry of readdirSync(path.join(REPO, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const bytes = readFileSync(path.join(entry.parentPath, entry.name));
        expectSameAsBytes(bytes);
        if (cleanUtf8Text(bytes.toString('utf8')) !== undefined) vouched++;
      }
    }
    expect(vouched).toBeGreaterThan(100);
  });

  it.each([
    ['a byte order mark, dropped', [0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31], 'a: 1'],
    ['plain UTF-8 with accents', [...Buffer.from('name: Zoë — café')], 'name: Zoë — café'],
  ])('keeps %s', (_name, bytes, text) => {
    expect(cleanUtf8Text(Buffer.from(bytes).toString('utf8'))).toBe(text);
    expectSameAsBytes(Uint8Array.from(bytes));
  });

  it.each([
    ['UTF-16 little-endian', [0xff, 0xfe, 0x61, 0x00]],
    ['UTF-16 big-endian', [0xfe, 0xff, 0x00, 0x61]],
    ['a bad UTF-8 sequence', [0x61, 0x3a, 0x20, 0xc3, 0x28]],
    ['a NUL byte', [0x61, 0x00, 0x62]],
  ])('leaves %s to the bytes', (_name, bytes) => {
    expect(cleanUtf8Text(Buffer.from(bytes).toString('utf8'))).toBeUndefined();
    expect(decodeFlowFile(Uint8Array.from(bytes)).ok).toBe(false);
  });

  it('leaves text that could be over the size limit to the bytes, which judge it', () => {
    expect(cleanUtf8Text('a'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1))).toBeUndefined();
    expect(cleanUtf8Text('a'.repeat(Math.floor(MAX_FILE_BYTES / 3)))).toBeDefined();
  });
});

import { describe, expect, test } from '@jest/globals';
import * as fc from 'fast-check';
import { createRedactor, redactUrl, REDACTED, shownApiUrl } from '../../src/api/index.js';
import { leaksIn } from '../helpers/leaks.js';

const SECRET = 'eyJhbGc.pay/load+x=?&';

describe('createRedactor', () => {
  const redact = createRedactor([SECRET]);
  test.each([
    ['as is', `token ${SECRET} rejected`],
    ['URL-encoded', `?t=${encodeURIComponent(SECRET)}`],
    ['base64', Buffer.from(SECRET).toString('base64')],
    ['base64 without padding', Buffer.from(SECRET).toString('base64').replace(/=+$/, '')],
    ['base64url', Buffer.from(SECRET).toString('base64url')],
    ['JSON-escaped', JSON.stringify({ t: 'a"b' + SECRET })],
  ])('hides the secret %s', (_name, text) => {
    const out = redact(text);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(encodeURIComponent(SECRET));
    expect(out).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 20));
  });

  test('leaves text alone when there is no secret', () => {
    expect(createRedactor([undefined, ''])('Access forbidden')).toBe('Access forbidden');
  });
});

describe('redactUrl', () => {
  test.each([
    ['https://user:pa55@api.example.com/base', 'https://***@api.example.com/base'],
    ['https://user@api.example.com', 'https://***@api.example.com/'],
    ['https://api.example.com/x', 'https://api.example.com/x'],
    ['not a url://u:p@host', 'not a url://***@host'],
  ])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});

describe('createRedactor: pieces of a secret', () => {
  const TOKEN = 'fk-TOKEN-7Qz!x9Lw*Pq2-secret"end';
  const redact = createRedactor([TOKEN]);

  test.each([
    ['the first 12 characters', `a ${TOKEN.slice(0, 12)} b`, `a ${REDACTED} b`],
    ['the last 14', `${TOKEN.slice(-14)}.`, `${REDACTED}.`],
    ['11 characters are left alone', `a ${TOKEN.slice(3, 14)} b`, `a ${TOKEN.slice(3, 14)} b`],
    ['two pieces that touch are one stretch', `${TOKEN.slice(0, 12)}${TOKEN.slice(-12)}`, REDACTED],
    ['two pieces apart are two', `${TOKEN.slice(0, 13)} and ${TOKEN.slice(-13)}`, `${REDACTED} and ${REDACTED}`],
    ['a piece JSON-escaped', JSON.stringify({ m: TOKEN.slice(-16) }), `{"m":"${REDACTED}"}`],
    ['a piece URL-encoded', `?t=${encodeURIComponent(TOKEN).slice(5, 30)}`, `?t=${REDACTED}`],
  ])('%s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('no output keeps 12 characters of a secret in a row, whatever surrounds its pieces', () => {
    const secret = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.~!*"\\/+=%&?#'), minLength: 16, maxLength: 64 });
    fc.assert(
      fc.property(secret, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string(), fc.constantFrom<(s: string) => string>((s) => s, encodeURIComponent, encodeURI, (s) => JSON.stringify(s).slice(1, -1)))), (token, pieces) => {
        const text = pieces.map(([from, length, noise, spell]) => `${noise}${spell(token.slice(from % token.length, (from % token.length) + 12 + (length % 40)))}`).join('');
        expect(leaksIn(token, createRedactor([token])(text))).toEqual([]);
      }),
      { seed: 1313, numRuns: 500 },
    );
  });

  // A token of one character blanked out every "t" of every message.
  test('one-character-token-mangles-text: secrets shorter than 12 characters are not looked for', () => {
    expect(createRedactor(['t'])('https://the.example/text')).toBe('https://the.example/text');
    expect(createRedactor(['01234567890'])('id 012345678901')).toBe('id 012345678901');
    expect(createRedactor(['012345678901'])('id 012345678901')).toBe(`id ${REDACTED}`);
  });
});

describe('shownApiUrl: how every command shows --api-url', () => {
  const TOKEN = 'fk-TOKEN-7Qz!x9Lw*Pq2-secret"end';
  const redact = createRedactor([TOKEN]);
  test.each([
    ['the token in the path', `http://127.0.0.1:8080/${TOKEN}`, `http://127.0.0.1:8080/${REDACTED}`],
    ['URL-encoded in the path', `http://127.0.0.1:8080/base/${encodeURIComponent(TOKEN)}/x`, `http://127.0.0.1:8080/base/${REDACTED}/x`],
    ['as the password', `https://user:${encodeURIComponent(TOKEN)}@api.example.com/`, 'https://***@api.example.com/'],
    ['half of it in the path', `https://api.example.com/${TOKEN.slice(0, 16)}`, `https://api.example.com/${REDACTED}`],
    ['pasted whole in place of the URL', TOKEN, REDACTED],
    ['a URL without it', 'https://api.example.com/v2', 'https://api.example.com/v2'],
  ])('%s', (_name, url, shown) => {
    expect(shownApiUrl(url, redact)).toBe(shown);
  });
});

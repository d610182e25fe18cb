import { describe, expect, test } from '@jest/globals';
import { createRedactor, redactUrl, REDACTED } from '../../src/api/index.js';

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

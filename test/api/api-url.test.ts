import { describe, expect, test } from '@jest/globals';
import { flowUrl } from '../../src/api/api-url.js';
import { ApiConfigError, assertFlowId, InvalidFlowIdError, isLoopbackHost, parseApiUrl } from '../../src/api/index.js';

describe('parseApiUrl', () => {
  test.each(['https://api.example.com', 'https://api.example.com/base/', 'http://127.0.0.1:8080', 'http://127.9.8.7', 'http://localhost:3000', 'http://[::1]:3000'])('accepts %s', (url) => {
    expect(parseApiUrl(url)).toBeInstanceOf(URL);
  });

  test.each([
    ['plain http to another host', 'http://api.example.com', /must use https/],
    ['http to a private address', 'http://10.0.0.1', /must use https/],
    ['a host that only starts like loopback', 'http://127.0.0.1.evil.example', /must use https/],
    ['another scheme', 'ftp://api.example.com', /must use https/],
    ['a query', 'https://api.example.com/?x=1', /query or fragment/],
    ['not a URL', 'api.example.com', /not a valid URL/],
  ])('refuses %s', (_name, url, message) => {
    expect(() => parseApiUrl(url)).toThrow(ApiConfigError);
    expect(() => parseApiUrl(url)).toThrow(message);
  });

  test('refuses credentials in the URL and never shows them', () => {
    let error: unknown;
    try {
      parseApiUrl('https://admin:hunter2@api.example.com');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiConfigError);
    expect((error as ApiConfigError).code).toBe('api-config');
    expect(String((error as Error).message)).toContain('https://***@api.example.com/');
    expect(`${(error as Error).stack} ${JSON.stringify(error)}`).not.toContain('hunter2');
  });

  test('does not show credentials of a URL that does not parse either', () => {
    expect(() => parseApiUrl('https://admin:hunter2@')).toThrow(/\*\*\*@/);
    try {
      parseApiUrl('https://admin:hunter2@');
    } catch (e) {
      expect(String((e as Error).stack)).not.toContain('hunter2');
      expect((e as Error).cause).toBeUndefined();
    }
  });
});

describe('isLoopbackHost', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['localhost', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
    ['0.0.0.0', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('flowUrl and flow ids', () => {
  test('puts the id after the base path, and nothing else', () => {
    expect(flowUrl(parseApiUrl('https://api.example.com'), '64a1b2c3d4e5f67890123456')).toBe('https://api.example.com/v3/project-flows/64a1b2c3d4e5f67890123456');
    expect(flowUrl(parseApiUrl('https://api.example.com/proxy/'), 'ab')).toBe('https://api.example.com/proxy/v3/project-flows/ab');
    expect(flowUrl(parseApiUrl('https://api.example.com'), '../a?b#c')).toBe('https://api.example.com/v3/project-flows/..%2Fa%3Fb%23c');
  });

  test.each(['64a1b2c3d4e5f6789012346', '64a1b2c3d4e5f678901234567', 'zzzzzzzzzzzzzzzzzzzzzzzz', '64a1b2c3d4e5f6789012345/', ''])('refuses %j', (id) => {
    expect(() => assertFlowId(id)).toThrow(InvalidFlowIdError);
  });

  test('accepts 24 hex digits in either case', () => {
    expect(assertFlowId('64A1B2C3D4E5F67890123456')).toBe('64A1B2C3D4E5F67890123456');
  });
});

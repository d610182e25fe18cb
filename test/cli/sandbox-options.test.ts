/**
 * `flowkeeper sandbox --port/--host`: a value the sandbox cannot listen on is a usage error (exit
 * 2) that quotes it and says what was expected, before any socket or name lookup; a port taken
 * by another process is one too. Never "unexpected error".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHost, parsePort } from '../../src/cli/options.js';
import { UsageError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'flowkeeper-sandbox-options-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Arguments that must stop the sandbox at once, and what the message must say. */
const REFUSED: ReadonlyArray<{ args: string[]; says: string }> = [
  { args: ['--port', '70000'], says: '--port is "70000"; expected a whole number from 0 to 65535' },
  { args: ['--port', '65536'], says: '--port is "65536"; expected a whole number from 0 to 65535' },
  { args: ['--port', '99999999999999999999'], says: '--port is "99999999999999999999"; expected a whole number from 0 to 65535' },
  { args: ['--port', '80.5'], says: '--port is "80.5"; expected a whole number from 0 to 65535' },
  { args: ['--port', 'http'], says: '--port is "http"; expected a whole number from 0 to 65535' },
  { args: ['--host', 'bad!host'], says: '--host is "bad!host"; expected an IP address' },
  { args: ['--host', '300.1.1.1'], says: '--host is "300.1.1.1"; expected an IP address' },
  { args: ['--host', '[::1]'], says: '--host is "[::1]"; expected an IP address such as 127.0.0.1 or ::1 (no brackets)' },
  { args: ['--host', 'a..b'], says: '--host is "a..b"; expected an IP address' },
  { args: ['--host', ''], says: '--host is ""; expected an IP address' },
];

describe('sandbox-port-70000-is-a-usage-error: a port or host the sandbox cannot listen on', () => {
  it.each(REFUSED)('$args: exit 2, saying "$says"', async ({ args, says }) => {
    const run = await runCli(['sandbox', ...args], { cwd: dir });
    expect(run.stderr).toContain(says);
    expect(run.stderr).not.toContain('unexpected error');
    expect([run.code, run.stdout]).toEqual([2, '']);
  });

  it('a port another process listens on: exit 2, naming the address', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await runCli(['sandbox', '--port', String(port)], { cwd: dir });
      expect(run.stderr).toBe(`flowkeeper: the sandbox cannot listen on 127.0.0.1:${port} (EADDRINUSE): the port is in use; choose another port, or 0 for a free one\n`);
      expect(run.code).toBe(2);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('the option parsers', () => {
  it.each(['0', '1', '8080', '65535', '00080'])('--port %s is taken', (value) => {
    expect(parsePort('--port')(value)).toBe(Number(value));
  });

  it.each(['127.0.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'localhost', 'sandbox-1.internal', 'example.com.'])('--host %s is taken as written', (value) => {
    expect(parseHost('--host')(value)).toBe(value);
  });

  it.each(['-1', '65536', ' 80', '8e3', '0x50'])('--port %j is a UsageError', (value) => {
    expect(() => parsePort('--port')(value)).toThrow(UsageError);
  });

  it.each(['-leading.example', 'trailing-.example', 'has space', 'x'.repeat(64), `${'a.'.repeat(127)}ab`, '1.2.3', 'http://localhost'])('--host %j is a UsageError', (value) => {
    expect(() => parseHost('--host')(value)).toThrow(UsageError);
  });
});

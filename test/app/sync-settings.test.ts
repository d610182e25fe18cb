import { describe, expect, it } from '@jest/globals';
import { ACTION_NAMES } from '../../src/action/names.js';
import { DEFAULT_RATE } from '../../src/api/pacing.js';
import { checkSyncSettings, type SyncSettings } from '../../src/app/sync.js';
import { CLI_NAMES } from '../../src/cli/names.js';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_GUARD } from '../../src/sync/guard.js';

// One check of a sync's settings serves both edges; each names its own flags or inputs.

const OK: SyncSettings = {
  patterns: ['flows/'],
  cwd: '/repo',
  root: '/repo',
  apiUrl: 'https://api.example',
  token: 'tok-0123456789abcdef',
  base: { ref: 'origin/main', mergeBaseByDefault: false },
  onlyChanged: true,
  dryRun: false,
  force: false,
  allowDelete: false,
  readFirst: true,
  onFailure: 'continue',
  rate: DEFAULT_RATE,
  concurrency: 4,
  timeoutMs: 60_000,
  guard: DEFAULT_GUARD,
  names: CLI_NAMES,
};

const ROWS: Array<{ name: string; change: Partial<SyncSettings>; cli: string; action: string }> = [
  { name: 'no API URL', change: { apiUrl: undefined }, cli: 'no API URL: set --api-url or FLOWKEEPER_API_URL', action: 'no API URL: set the api-url input' },
  { name: 'an empty API URL', change: { apiUrl: '' }, cli: 'no API URL: set --api-url or FLOWKEEPER_API_URL', action: 'no API URL: set the api-url input' },
  { name: 'no flow in flight', change: { concurrency: 0 }, cli: '--concurrency must be at least 1', action: 'concurrency must be at least 1' },
  {
    name: 'no token',
    change: { token: undefined },
    cli: 'no API token: set FLOWKEEPER_TOKEN or pass --token-file (or do a dry run)',
    action: 'no API token: set the api-token input (or do a dry run)',
  },
  {
    name: 'a token of 15 characters',
    change: { token: 'tok-0123456789a' },
    cli: 'the API token is 15 characters long; expected at least 16 (a JWT)',
    action: 'the API token is 15 characters long; expected at least 16 (a JWT)',
  },
  {
    name: 'a short token, even for a dry run (the next run would send it)',
    change: { token: 'dev', dryRun: true },
    cli: 'the API token is 3 characters long; expected at least 16 (a JWT)',
    action: 'the API token is 3 characters long; expected at least 16 (a JWT)',
  },
];

describe('checkSyncSettings', () => {
  it.each(ROWS)('$name: a usage error in each edge\'s words', ({ change, cli, action }) => {
    expect(() => checkSyncSettings({ ...OK, ...change, names: CLI_NAMES })).toThrow(new UsageError(cli));
    expect(() => checkSyncSettings({ ...OK, ...change, names: ACTION_NAMES })).toThrow(new UsageError(action));
    try {
      checkSyncSettings({ ...OK, ...change });
    } catch (error) {
      expect((error as UsageError).exit).toBe('usage');
    }
  });

  it('rollback needs no base: it restores what the server held before the run', () => {
    expect(() => checkSyncSettings({ ...OK, onFailure: 'rollback', base: { mergeBaseByDefault: false } })).not.toThrow();
  });

  it('a dry run needs no token, and the URL comes back parsed', () => {
    expect(checkSyncSettings({ ...OK, token: undefined, dryRun: true }).href).toBe('https://api.example/');
  });

  it('an insecure URL is a usage error too (the client\'s own check)', () => {
    expect(() => checkSyncSettings({ ...OK, apiUrl: 'http://api.example' })).toThrow(expect.objectContaining({ exit: 'usage' }));
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { hostileApi } from '../helpers/hostile-api.js';
import { leaksIn } from '../helpers/leaks.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import type { CliRun } from '../helpers/run-cli.js';
import { TOKEN } from '../helpers/sandbox.js';
import { activeFlow, atDefaults, flowId, putsSeen, RATE, RATE_FLAG, settle, STANDARD_BASE, startSyncSandbox } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

/** Distinctive, with characters that URL-encoding, base64 and JSON each spell differently. */
const SECRET = 'tok-DISTINCTIVE-5f3a9c+8d/e=71"Q';
const OK = flowId(0x50);
const REJECTED = flowId(0x51);
const FILES = {
  'flows/bases/standard.yaml': STANDARD_BASE,
  'flows/ok.yaml': activeFlow(OK),
  // Valid alone; the server's flow has the document step on, so the merged flow gets 422.
  'flows/rejected.yaml': `id: ${REJECTED}\nstatus: draft\ndocuments:\n  attemptLimit: 2\n`,
  'secret.txt': `${SECRET}\n`,
};
const DOCUMENT_STEP_ON = {
  steps: { document: 'mandatory' },
  documents: { verificationMethods: ['SCAN_PROMPT'], documentTypes: [{ country: 'France', configurations: [{ active: true, documentCategory: 'passport' }] }] },
};

let repo: TempRepo;
/** Knows the secret: runs with it succeed (or get 422). */
let trusting: SandboxHandle;
/** Knows another token only: runs with the secret get 401. */
let stranger: SandboxHandle;
/** Started and closed at once: its port refuses connections. */
let closedUrl: string;

beforeAll(async () => {
  repo = await tempRepo(FILES);
  trusting = await startSandbox({ host: '127.0.0.1', tokens: [SECRET], control: true, rateLimit: RATE, flows: [...atDefaults(OK), { id: REJECTED, flow: DOCUMENT_STEP_ON }] });
  stranger = await startSyncSandbox(atDefaults(OK, REJECTED));
  const closed = await startSyncSandbox([]);
  closedUrl = closed.url;
  await closed.close();
});
afterAll(async () => {
  await trusting.close();
  await stranger.close();
  await repo.cleanup();
});

/** The two ways to hand over the token: the environment, and a file. */
const SOURCES = [
  ['FLOWKEEPER_TOKEN', [] as string[], { FLOWKEEPER_TOKEN: SECRET }],
  ['--token-file', ['--token-file', 'secret.txt'], { FLOWKEEPER_TOKEN: undefined }],
] as const;

/** Runs sync with the token from each source, in parallel; every output also goes to a file. */
async function syncBothWays(apiUrl: string, args: readonly string[]): Promise<Array<{ source: string; run: CliRun; files: string[] }>> {
  return Promise.all(
    SOURCES.map(async ([source, tokenArgs, env], index) => {
      const outputs = [`report-${index}.json`, `report-${index}.md`];
      const run = await runCli(['sync', '--api-url', apiUrl, '--rate', RATE_FLAG, ...tokenArgs, ...args, '--format', 'json', '--output', outputs[0]!], { cwd: repo.dir, env });
      const markdown = await runCli(['sync', '--api-url', apiUrl, '--rate', RATE_FLAG, ...tokenArgs, ...args, '--format', 'markdown', '-o', outputs[1]!], { cwd: repo.dir, env });
      const files = await Promise.all(outputs.map((file) => readFile(path.join(repo.dir, file), 'utf8')));
      return { source, run: { code: run.code, stdout: run.stdout + markdown.stdout, stderr: run.stderr + markdown.stderr }, files };
    }),
  );
}

function expectNoLeak(text: string): void {
  expect(leaksIn(SECRET, text)).toEqual([]);
}

function expectNoLeakAnywhere(results: Array<{ run: CliRun; files: string[] }>): void {
  for (const { run, files } of results) {
    expectNoLeak(run.stdout);
    expectNoLeak(run.stderr);
    for (const file of files) expectNoLeak(file);
  }
}

describe('the token never shows in stdout, stderr or report files', () => {
  it('on success', async () => {
    const results = await syncBothWays(trusting.url, ['flows/ok.yaml']);
    for (const { run, files } of results) {
      expect(run.code).toBe(0);
      expect(JSON.parse(files[0]!).summary.updated).toBe(1);
    }
    expectNoLeakAnywhere(results);
  });

  it('on a 401', async () => {
    stranger.log.clear();
    const results = await syncBothWays(stranger.url, []);
    for (const { run, files } of results) {
      expect(run.code).toBe(1);
      // The first 401 stops the run: the second flow is never asked for.
      expect(JSON.parse(files[0]!).flows.map((f: { httpStatus: number }) => f.httpStatus)).toEqual([401, undefined]);
    }
    await settle();
    expect(putsSeen(stranger).every(([, status]) => status === 401)).toBe(true);
    expectNoLeakAnywhere(results);
  });

  it('on a 422 with details', async () => {
    const results = await syncBothWays(trusting.url, ['flows/rejected.yaml']);
    for (const { run, files } of results) {
      expect(run.code).toBe(1);
      expect(JSON.parse(files[0]!).flows[0]).toMatchObject({ httpStatus: 422, details: [{ file: 'flows/rejected.yaml', line: 3 }, { file: 'flows/rejected.yaml', line: 3 }] });
    }
    expectNoLeakAnywhere(results);
  });

  it('when the API cannot be reached', async () => {
    const results = await syncBothWays(closedUrl, ['flows/ok.yaml']);
    for (const { run, files } of results) {
      expect(run.code).toBe(1);
      expect(JSON.parse(files[0]!).flows[0]).toMatchObject({ outcome: 'failed', httpStatus: 0, attempts: 5, message: expect.stringContaining('no answer') });
      expect(run.stderr).toContain('failed flows/ok.yaml');
    }
    expectNoLeakAnywhere(results);
  });

  it('in a dry run', async () => {
    const results = await syncBothWays(trusting.url, ['--dry-run']);
    for (const { run, files } of results) {
      expect(run.code).toBe(0);
      expect(JSON.parse(files[0]!).requests).toHaveLength(2);
    }
    expectNoLeakAnywhere(results);
  });

  it('when the token is pasted where the API URL goes, or into its path', async () => {
    for (const [, tokenArgs, env] of SOURCES) {
      const asUrl = await runCli(['sync', '--api-url', SECRET, ...tokenArgs], { cwd: repo.dir, env });
      expect(asUrl.code).toBe(2);
      expect(asUrl.stderr).toContain('is not a valid URL');
      expectNoLeak(asUrl.stdout + asUrl.stderr);
      const inPath = await runCli(['sync', '--api-url', `${trusting.url}/${encodeURIComponent(SECRET)}`, '--dry-run', ...tokenArgs], { cwd: repo.dir, env });
      expect(inPath.code).toBe(0);
      expect(inPath.stdout).toContain('[REDACTED]');
      expectNoLeak(inPath.stdout + inPath.stderr);
    }
  });

  it('a token file holding spaces is refused without quoting it', async () => {
    await writeFile(path.join(repo.dir, 'spaced.txt'), `${SECRET} and more\n`);
    const run = await runCli(['sync', '--api-url', trusting.url, '--token-file', 'spaced.txt', 'flows/ok.yaml'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the API token is empty or holds spaces');
    expectNoLeak(run.stdout + run.stderr);
  });

  it('an empty or missing token file is a usage error that names the file', async () => {
    await writeFile(path.join(repo.dir, 'empty.txt'), '\n');
    const empty = await runCli(['sync', '--api-url', trusting.url, '--token-file', 'empty.txt'], { cwd: repo.dir });
    expect([empty.code, empty.stderr]).toEqual([2, 'flowkeeper: --token-file empty.txt is empty\n']);
    const missing = await runCli(['sync', '--api-url', trusting.url, '--token-file', 'nope.txt'], { cwd: repo.dir });
    expect([missing.code, missing.stderr]).toEqual([2, 'flowkeeper: --token-file nope.txt: cannot read it (ENOENT)\n']);
  });

  it('no token at all is a usage error (except for a dry run)', async () => {
    const run = await runCli(['sync', '--api-url', trusting.url], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no API token: set FLOWKEEPER_TOKEN or pass --token-file');
  });
});

describe('the API URL', () => {
  it('with user:password@ is refused (exit 2), redacted, and nothing is sent', async () => {
    stranger.log.clear();
    const withCredentials = stranger.url.replace('http://', 'http://admin:pa55-WORD-9x@');
    const run = await runCli(['sync', '--api-url', withCredentials], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN } });
    await settle();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--api-url "${stranger.url.replace('http://', 'http://***@')}/" contains credentials`);
    expect(run.stdout + run.stderr).not.toContain('pa55-WORD-9x');
    expect(run.stdout + run.stderr).not.toContain('admin');
    expect(stranger.log.entries()).toEqual([]);
  });

  it('from FLOWKEEPER_API_URL with credentials is refused the same way', async () => {
    const run = await runCli(['sync'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: 'https://admin:pa55-WORD-9x@api.example.invalid' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FLOWKEEPER_API_URL "https://***@api.example.invalid/" contains credentials');
    expect(run.stderr).not.toContain('pa55-WORD-9x');
  });

  // The URL is checked before any file, token or network is touched (see syncCommand), so
  // these never reach for example.invalid.
  it.each([
    [['--api-url', 'http://example.invalid']],
    [['--api-url', 'http://example.invalid', '--dry-run']],
    [['--api-url', 'ftp://127.0.0.1/']],
  ])('%j is refused: plain http only on loopback (exit 2)', async (args) => {
    const run = await runCli(['sync', ...args], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/must use https; plain http is allowed only for loopback hosts/);
    expect(run.stdout).toBe('');
  });

  // It was called `apiUrl`, the name of a flow field, whichever way it was given.
  it.each([
    ['sync', ['sync', '--api-url', 'http://example.invalid'], '--api-url'],
    ['sync from FLOWKEEPER_API_URL', ['sync'], 'FLOWKEEPER_API_URL'],
    ['plan', ['plan', '--api-url', 'http://example.invalid'], '--api-url'],
    ['import', ['import', '64a1b2c3d4e5f67890123451', '--api-url', 'http://example.invalid'], '--api-url'],
  ])('api-url-named-as-flow-field: a bad URL for %s is named %s, not apiUrl', async (_name, args, shown) => {
    const run = await runCli(args, { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: 'http://example.invalid' } });
    expect([run.code, run.stderr]).toEqual([2, `flowkeeper: ${shown} "http://example.invalid" must use https; plain http is allowed only for loopback hosts (127.0.0.1, localhost, [::1])\n`]);
  });

  it('no API URL at all is a usage error', async () => {
    const run = await runCli(['sync'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined } });
    expect([run.code, run.stderr]).toEqual([2, 'flowkeeper: no API URL: set --api-url or FLOWKEEPER_API_URL\n']);
  });
});

/** Flows that declare only their status: valid alone, so a sync sends each of them. */
const PIECE_IDS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => flowId(0x70 + n));
const PIECE_FILES = Object.fromEntries(PIECE_IDS.map((id, n) => [`pieces/flow-${n}.yaml`, `id: ${id}\nstatus: draft\n`]));

describe('the token in pieces', () => {
  beforeAll(() => repo.write(PIECE_FILES));

  // A value quoted in a message is cut to 60 characters; it used to be cut before the token was
  // looked for, so a flow holding the token after N characters showed its first 58 - N in the
  // clear, and successive flows showed it all.
  it('token-revealed-in-60-character-windows: a 200 whose flows hold the token at every offset shows none of it in "did not converge"', async () => {
    const api = await hostileApi(({ method, id, token }) => {
      if (method === 'GET') return { status: 200, body: { data: {} } };
      return { status: 200, body: { data: { status: `${'x'.repeat(10 + PIECE_IDS.indexOf(id) * 5)}${token}` } } };
    });
    try {
      const results = await syncBothWays(api.url, ['pieces/', '--concurrency', '1']);
      for (const { run, files } of results) {
        expect(run.code).toBe(1);
        const report = JSON.parse(files[0]!) as { flows: Array<{ message: string }> };
        expect(report.flows.map((f) => f.message)).toEqual(PIECE_IDS.map(() => expect.stringMatching(/^did not converge: the server answered 200 but did not take status \(sent "draft", the server holds "x+\[REDACTED\]"\)$/)));
      }
      expectNoLeakAnywhere(results);
    } finally {
      await api.close();
    }
  });

  it('a server echoing parts of the token in a 422 or 400 (message, code, details) shows no 12 characters of it in a row', async () => {
    const api = await hostileApi(({ method, id, token }) => {
      if (method === 'GET') return { status: 200, body: { data: {} } };
      const n = PIECE_IDS.indexOf(id);
      const half = token.slice(n, n + 16);
      return {
        status: n % 2 ? 400 : 422,
        body: { message: `the first half ${token.slice(0, 14)} and the last ${token.slice(-13)}`, code: `C-${half}`, details: [{ field: `signUpForm.${half}`, message: `"${JSON.stringify(token.slice(2, 20)).slice(1, -1)}" and ${encodeURIComponent(token.slice(5, 25))}` }] },
      };
    });
    try {
      const results = await syncBothWays(api.url, ['pieces/', '--concurrency', '1']);
      for (const { run, files } of results) {
        expect(run.code).toBe(1);
        expect(JSON.parse(files[0]!).flows.map((f: { message: string }) => f.message)).toEqual(PIECE_IDS.map(() => expect.stringMatching(/^HTTP 4\d\d: the first half \[REDACTED\] and the last \[REDACTED\]$/)));
      }
      expectNoLeakAnywhere(results);
    } finally {
      await api.close();
    }
  });
});

describe('--api-url with the token in its path', () => {
  // sync redacted it; plan --api-url printed `the API at http://…/<token>` in every format.
  it.each(['as is', 'URL-encoded'])('plan-api-url-path-token: plan --api-url shows it redacted, in every format, exactly as sync does (%s)', async (spelling) => {
    const apiUrl = `${trusting.url}/${spelling === 'as is' ? SECRET : encodeURIComponent(SECRET)}`;
    for (const [, tokenArgs, env] of SOURCES) {
      const dryRun = await runCli(['sync', '--api-url', apiUrl, '--dry-run', '--format', 'json', ...tokenArgs, 'flows/ok.yaml'], { cwd: repo.dir, env });
      expect(dryRun.code).toBe(0);
      const shown = (JSON.parse(dryRun.stdout) as { apiUrl: string }).apiUrl;
      expect(shown).toBe(`${trusting.url}/[REDACTED]`);
      // The text formats name what the plan compares with; the others do not, and must not leak either.
      const named: Record<string, string> = { stylish: `the API at ${shown}`, markdown: `the API at ${shown}` };
      const formats = ['stylish', 'json', 'markdown', 'github', 'sarif'];
      const plans = await Promise.all(formats.map((format) => runCli(['plan', '--api-url', apiUrl, '--format', format, ...tokenArgs, 'flows/ok.yaml'], { cwd: repo.dir, env })));
      for (const [index, plan] of plans.entries()) {
        const format = formats[index]!;
        // The sandbox has no route under the token's path: its 404 makes the flow one to add.
        expect([format, plan.code]).toEqual([format, 0]);
        if (named[format]) expect([format, plan.stdout]).toEqual([format, expect.stringContaining(named[format])]);
        expectNoLeak(plan.stdout + plan.stderr);
      }
    }
  });
});

describe('short tokens', () => {
  // Blanking out every "t" of a one-character token turned `http://` into `h[REDACTED][REDACTED]p://`.
  it('one-character-token-mangles-text: FLOWKEEPER_TOKEN=t is refused with a message left whole', async () => {
    const runs = [
      await runCli(['sync', '--api-url', 'http://127.0.0.1:1', '--dry-run', 'flows/ok.yaml'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: 't' } }),
      await runCli(['plan', '--api-url', 'http://127.0.0.1:1', 'flows/ok.yaml'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: 't' } }),
    ];
    expect(runs).toEqual(runs.map(() => ({ code: 2, stdout: '', stderr: 'flowkeeper: the API token is 1 character long; expected at least 16 (a JWT)\n' })));
  });

  it.each([
    ['sync', ['sync', '--api-url', 'http://127.0.0.1:1', 'flows/ok.yaml']],
    ['sync --dry-run', ['sync', '--api-url', 'http://127.0.0.1:1', '--dry-run', 'flows/ok.yaml']],
    ['plan --api-url', ['plan', '--api-url', 'http://127.0.0.1:1', 'flows/ok.yaml']],
  ])('short-token-refused: %s with a token of 15 characters, from the environment or a file, exits 2 before anything is sent', async (_name, args) => {
    const short = 'fk-0123456789ab';
    await writeFile(path.join(repo.dir, 'short.txt'), `${short}\n`);
    const runs = [
      await runCli(args, { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: short } }),
      await runCli([...args, '--token-file', 'short.txt'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: undefined } }),
    ];
    expect(runs).toEqual(runs.map(() => ({ code: 2, stdout: '', stderr: 'flowkeeper: the API token is 15 characters long; expected at least 16 (a JWT)\n' })));
  });
});

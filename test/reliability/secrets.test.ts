/**
 * The token, and a password in --api-url, in none of their forms (as is, URL-encoded, base64
 * in both alphabets, JSON-escaped: plan.ts's SECRET_FORMS) and in no run of 12 of their
 * characters (test/helpers/leaks.ts) in any stream or report, on the
 * paths test/cli/sync-secrets.test.ts leaves out: a fault storm with the token from the
 * environment and from a file in every format, an API that echoes the token back, NODE_DEBUG
 * switched on, credentials in the API URL, and `flowkeeper sandbox` itself.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { leaksInPlaces as leaks } from '../helpers/leaks.js';
import { faultStorm, generatedRepoFiles, killAllStarted, startSandboxProcess } from '../helpers/reliability.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { runCli as runBin, type CliRun, type CliRunner } from '../helpers/run-cli.js';
import { call } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { SECRET_FORMS } from './plan.js';

/** Distinctive, with characters that URL-encoding, base64 and JSON each spell differently. */
const SECRET = 'fk-RELIAB-8q+Z/w=3"Kx~Tn';
/** The password of the API URLs with credentials; every form of it is looked for. */
const PASSWORD = 'pw-9Hq3+Vz~k';
/** Loud enough to see what each debug module says, quiet enough to keep the output small. */
const NODE_DEBUG = 'undici,fetch,http,net,tls';

const { files: FLOW_FILES, ids: IDS } = generatedRepoFiles(4242, 10, 0x4000);
const MISSING = flowId(0x40f0);
const BUSY = flowId(0x40f1);
const REJECTED = flowId(0x40f2);
const FILES = {
  ...FLOW_FILES,
  // Each fails whatever the storm does: 404, 409, and a 422 with details (valid alone; the
  // server's flow has the document step on, so the merged flow lacks verification methods).
  'flows/missing.yaml': `id: ${MISSING}\nstatus: draft\n`,
  'flows/busy.yaml': `id: ${BUSY}\nstatus: paused\n`,
  'flows/rejected.yaml': `id: ${REJECTED}\nstatus: draft\ndocuments:\n  attemptLimit: 2\n  verificationMethods: []\n`,
  'secret.txt': `${SECRET}\n`,
};
const DOCUMENT_STEP_ON = { steps: { document: 'mandatory' }, documents: { verificationMethods: ['SCAN_PROMPT'], documentTypes: [{ country: 'France', configurations: [{ active: true, documentCategory: 'passport' }] }] } };

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo(FILES);
});
afterAll(() => repo.cleanup());
afterEach(() => killAllStarted());

/**
 * The bin for a run with NODE_DEBUG (Node reads it at start-up, and the debug output goes to the
 * process's own stderr: only a process of its own shows it), else this process.
 */
function runnerFor(env: Record<string, string | undefined>): CliRunner {
  return env.NODE_DEBUG ? runBin : runCli;
}

/** The two ways to hand over the token. */
const SOURCES = {
  env: { args: [] as string[], env: { FLOWKEEPER_TOKEN: SECRET } },
  file: { args: ['--token-file', 'secret.txt'], env: { FLOWKEEPER_TOKEN: undefined } },
} as const;

/** A sync run plus the report file it wrote, if any, as named places to search. */
async function syncPlaces(name: string, apiUrl: string, source: keyof typeof SOURCES, extra: readonly string[], output?: string, env: Record<string, string> = {}): Promise<{ run: CliRun; places: Record<string, string> }> {
  const { args, env: tokenEnv } = SOURCES[source];
  const runEnv = { ...tokenEnv, FLOWKEEPER_API_URL: undefined, ...env };
  const run = await runnerFor(runEnv)(['sync', '--api-url', apiUrl, '--rate', '200/100ms', ...args, ...extra, ...(output ? ['-o', output] : [])], {
    cwd: repo.dir,
    env: runEnv,
  });
  const places: Record<string, string> = { [`${name} stdout`]: run.stdout, [`${name} stderr`]: run.stderr };
  if (output) places[`${name} ${output}`] = await readFile(path.join(repo.dir, output), 'utf8');
  return { run, places };
}

describe('the token under a fault storm', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({
      host: '127.0.0.1',
      tokens: [SECRET],
      rateLimit: false,
      flows: [...IDS.map((id) => ({ id, flow: {} })), { id: BUSY, flow: {}, activeUsers: true }, { id: REJECTED, flow: DOCUMENT_STEP_ON }],
    });
  });
  afterAll(() => sandbox.close());

  it('is in no stream or report, in any format, from the environment or --token-file, with NODE_DEBUG on or off', async () => {
    sandbox.faults.inject(faultStorm(778, 120, 0.45).specs);
    const runs = await Promise.all(
      [
        syncPlaces('env/json', sandbox.url, 'env', ['--format', 'json'], 'storm-env.json'),
        syncPlaces('env/markdown', sandbox.url, 'env', ['--format', 'markdown'], 'storm-env.md'),
        syncPlaces('env/stylish+NODE_DEBUG', sandbox.url, 'env', [], undefined, { NODE_DEBUG }),
        syncPlaces('file/json+NODE_DEBUG', sandbox.url, 'file', ['--format', 'json'], 'storm-file.json', { NODE_DEBUG }),
        syncPlaces('file/stylish', sandbox.url, 'file', ['--format', 'stylish'], 'storm-file.txt'),
      ],
    );
    sandbox.faults.clear();
    for (const { run } of runs) expect(run.code).toBe(1);
    const all = Object.assign({}, ...runs.map((r) => r.places)) as Record<string, string>;
    expect(leaks(SECRET, all)).toEqual([]);
    // The failure paths were taken (in some run at least, whatever the storm did to the others):
    // the 422 with its details placed in the file, the 404 and the 409, and many faults.
    const stderrs = runs.map((r) => r.run.stderr).join('\n');
    expect(stderrs).toContain(`failed flows/rejected.yaml (${REJECTED}): HTTP 422`);
    expect(stderrs).toContain(`failed flows/missing.yaml (${MISSING}): could not read the flow before sending it, so nothing was sent: the server has no flow with this id (404)`);
    expect(stderrs).toContain(`failed flows/busy.yaml (${BUSY}): HTTP 409`);
    expect(Object.values(all).join('\n')).toMatch(/flows\/rejected\.yaml:\d+:\d+/);
    // How many faults the runs meet depends on how they interleave; enough to exercise the paths.
    expect(sandbox.log.entries().filter((e) => e.fault !== undefined && e.fault !== 'delay').length).toBeGreaterThanOrEqual(10);
    // NODE_DEBUG did speak: the check covered its output.
    expect(all['env/stylish+NODE_DEBUG stderr']).toMatch(/^(FETCH|UNDICI|NET) \d+:/m);
  });
});

/**
 * A misbehaving API on 127.0.0.1 that puts the token it was sent back into everything it can,
 * in every form: message, code, details, and the WWW-Authenticate and X-Echo headers. `okEcho`
 * answers GET with an empty flow and PUT with a 200 whose flow holds the token instead.
 */
function echoingApi(okEcho: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const forms = SECRET_FORMS.map((form) => form.of(token));
      // The read before each write passes with an empty flow, so that the write is sent.
      if (okEcho && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: {} }));
        return;
      }
      if (okEcho && req.method === 'PUT') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { status: token, version: forms[3], signUpForm: { fullNameStyle: forms[1] } } }));
        return;
      }
      const status = [503, 422, 400, 401, 404][count++ % 5]!;
      res.writeHead(status, {
        'content-type': 'application/json',
        // Retry at once: the echo is in the other headers, and the test need not wait.
        'retry-after': '0',
        'www-authenticate': `Bearer realm="${forms[3]}"`,
        'x-echo': forms[5]!,
      });
      res.end(
        JSON.stringify({
          message: `token ${forms.join(' | ')} refused`,
          code: `Code-${forms[1]}`,
          status,
          details: forms.map((form, i) => ({ field: i % 2 ? `signUpForm.${form}` : form, message: `${form} is not allowed` })),
        }),
      );
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('an API that echoes the token back', () => {
  /** A flow of each shape, and the three that fail anyway. */
  const ECHO_FLOWS = ['flows/flow-00[0-4].*', 'flows/missing.yaml', 'flows/busy.yaml', 'flows/rejected.yaml', '--concurrency', '1'];
  it('in messages, codes, details and headers of its errors: sync (every format) and plan --api-url show none of it', async () => {
    const api = await echoingApi(false);
    try {
      const planned = runCli(['plan', '--api-url', api.url, '--format', 'json'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: SECRET } });
      const runs = await Promise.all([
        syncPlaces('echo/json', api.url, 'env', [...ECHO_FLOWS, '--format', 'json'], 'echo.json'),
        syncPlaces('echo/markdown+NODE_DEBUG', api.url, 'env', [...ECHO_FLOWS, '--format', 'markdown'], 'echo.md', { NODE_DEBUG }),
        syncPlaces('echo/file', api.url, 'file', ECHO_FLOWS),
      ]);
      for (const { run } of runs) expect(run.code).toBe(1);
      const plan = await planned;
      const places = Object.assign({ 'plan stdout': plan.stdout, 'plan stderr': plan.stderr }, ...runs.map((r) => r.places)) as Record<string, string>;
      expect(leaks(SECRET, places)).toEqual([]);
      // The echo did reach the reports, redacted: the check is looking at the right text.
      expect(places['echo/json echo.json']).toContain('[REDACTED]');
      // A 401 among the echoes stops plan --api-url: its message, on stderr, quotes the echo redacted.
      expect(plan.stdout + plan.stderr).toContain('[REDACTED]');
    } finally {
      await api.close();
    }
  });

  // A 200 whose flow holds the token (an API or proxy echoing the Authorization header into the
  // body) makes the sync report "did not converge: … the server holds …": the value it quotes is
  // redacted in the report and in the progress line.
  it('in the flow of a 200: the "did not converge" message must not show it', async () => {
    const api = await echoingApi(true);
    try {
      const { run, places } = await syncPlaces('ok-echo', api.url, 'env', ['flows/flow-00[0-2].*', '--format', 'json'], 'ok-echo.json');
      expect(run.code).toBe(1);
      expect(places['ok-echo ok-echo.json']).toContain('did not converge');
      expect(leaks(SECRET, places)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('an API URL with user:password@', () => {
  /** As the brief has it, encoded, without a user, and one that does not parse (the port is out of range). */
  const URLS = [`https://user:${PASSWORD}@127.0.0.1:1`, `https://user:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/base`, `https://:${PASSWORD}@127.0.0.1:1`, `https://user:${PASSWORD}@127.0.0.1:99999`];

  /** Every way to show the URL, each spelled out once with the first URL; the others go through sync alone. */
  const VARIANTS: ReadonlyArray<{ name: string; args: (url: string, output: string) => string[]; env?: (url: string) => Record<string, string | undefined>; writes?: boolean }> = [
    { name: 'sync json -o', args: (url, output) => ['sync', '--api-url', url, '--format', 'json', '-o', `${output}.json`], writes: true },
    { name: 'sync markdown -o', args: (url, output) => ['sync', '--api-url', url, '--format', 'markdown', '-o', `${output}.md`], writes: true },
    { name: 'sync stylish', args: (url) => ['sync', '--api-url', url] },
    { name: 'sync --dry-run, no token', args: (url) => ['sync', '--api-url', url, '--dry-run'], env: () => ({ FLOWKEEPER_TOKEN: undefined }) },
    { name: 'plan --api-url', args: (url) => ['plan', '--api-url', url, '--format', 'markdown'] },
    { name: 'FLOWKEEPER_API_URL, NODE_DEBUG', args: () => ['sync', '--format', 'json'], env: (url) => ({ FLOWKEEPER_API_URL: url, NODE_DEBUG }) },
  ];

  it('is refused (exit 2) before anything is read or sent, and the password shows in no form: sync in every format, dry run, plan, FLOWKEEPER_API_URL', async () => {
    const jobs = [...VARIANTS.map((variant) => [URLS[0]!, variant] as const), ...URLS.slice(1).map((url) => [url, VARIANTS[0]!] as const)];
    const runs = await Promise.all(
      jobs.map(async ([url, variant], index) => {
        const output = `creds-${index}`;
        const env = { FLOWKEEPER_TOKEN: SECRET, FLOWKEEPER_API_URL: undefined, ...variant.env?.(url) };
        const run = await runnerFor(env)(variant.args(url, output), { cwd: repo.dir, env });
        return { place: `${variant.name} ${url}`, run, wrote: variant.writes ? existsSync(path.join(repo.dir, `${output}.json`)) || existsSync(path.join(repo.dir, `${output}.md`)) : false };
      }),
    );
    const places = Object.fromEntries(runs.map(({ place, run }) => [place, run.stdout + run.stderr]));
    expect(runs.map(({ place, run }) => [place, run.code])).toEqual(runs.map(({ place }) => [place, 2]));
    expect(leaks(PASSWORD, places)).toEqual([]);
    expect(leaks(encodeURIComponent(PASSWORD), places)).toEqual([]);
    expect(leaks(SECRET, places)).toEqual([]);
    for (const [place, text] of Object.entries(places)) expect([place, text]).toEqual([place, expect.stringMatching(/(--api-url|FLOWKEEPER_API_URL) "https:\/\/\*\*\*@127\.0\.0\.1:(1|99999)/)]);
    // Refused before sending: no report was written that could hold anything.
    expect(runs.filter((r) => r.wrote).map((r) => r.place)).toEqual([]);
  });

  // BUG: when the URL does not parse, redactUrl falls back to /(\/\/)[^/?#]*@/, which stops at
  // the first "/", "?" or "#": a password holding one of them, as typed (not URL-encoded), is
  // printed whole: `flowkeeper sync --api-url 'https://user:pa/ss@127.0.0.1:1'` says
  // `apiUrl "https://user:pa/ss@127.0.0.1:1" is not a valid URL`. Remove `.failing` once fixed.
  it('a password with an unencoded "/", "?" or "#" is redacted as well', async () => {
    const places: Record<string, string> = {};
    for (const password of ['pw/9Hq3Vz', 'pw?9Hq3Vz', 'pw#9Hq3Vz']) {
      const run = await runCli(['sync', '--api-url', `https://user:${password}@127.0.0.1:1`], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: SECRET } });
      expect(run.code).toBe(2);
      places[password] = run.stdout + run.stderr;
    }
    expect(Object.entries(places).filter(([password, text]) => text.includes(password.slice(3)))).toEqual([]);
  });
});

describe('flowkeeper sandbox with FLOWKEEPER_TOKEN', () => {
  it('never prints the token: banner, right and wrong requests, control endpoints, SIGTERM, with NODE_DEBUG=http,net', async () => {
    const sandbox = await startSandboxProcess(repo.dir, ['--port', '0', '--create', 'flows', '--control', '--rate', '100/1s'], { FLOWKEEPER_TOKEN: `  ${SECRET}\n`, NODE_DEBUG: 'http,net' });
    expect(sandbox.stdout()).toContain('token: the one in FLOWKEEPER_TOKEN');
    const statuses = [
      (await call(sandbox, 'GET', `/v3/project-flows/${IDS[0]}`, { token: SECRET })).status,
      (await call(sandbox, 'PUT', `/v3/project-flows/${IDS[0]}`, { token: SECRET, body: { status: 'paused', signUpForm: { fullNameStyle: SECRET } } })).status,
      (await call(sandbox, 'PUT', `/v3/project-flows/${IDS[0]}`, { token: `${SECRET}x`, body: { status: 'paused' } })).status,
      (await call(sandbox, 'GET', `/v3/project-flows/${encodeURIComponent(SECRET)}`, { token: SECRET })).status,
      (await call(sandbox, 'GET', '/__sandbox/log', { token: SECRET })).status,
      (await call(sandbox, 'POST', '/__sandbox/faults', { token: SECRET, body: { kind: 'status', status: 503, retryAfter: SECRET } })).status,
      (await call(sandbox, 'GET', `/v3/project-flows/${IDS[1]}`, { token: SECRET })).status,
      (await call(sandbox, 'GET', '/__sandbox/log', { token: null })).status,
    ];
    expect(statuses).toEqual([200, 422, 401, 400, 200, 200, 503, 401]);
    sandbox.child.kill('SIGTERM');
    expect(await sandbox.exited).toEqual({ code: 0, signal: null });
    expect(sandbox.stdout()).toContain('flowkeeper sandbox stopped');
    expect(sandbox.stderr()).toMatch(/^(HTTP|NET) \d+:/m);
    expect(leaks(SECRET, { stdout: sandbox.stdout(), stderr: sandbox.stderr() })).toEqual([]);
  });

  it('nor when it cannot start: a data file that is not JSON, a port in use, a token with a space', async () => {
    await repo.write({ 'broken.json': `{"flows": [${JSON.stringify(SECRET)}` });
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = String((busy.address() as AddressInfo).port);
    try {
      const runs = await Promise.all([
        runCli(['sandbox', '--data', 'broken.json'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: SECRET } }),
        runCli(['sandbox', '--port', port, '--create', 'flows'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: SECRET } }),
        runCli(['sandbox', '--port', '0'], { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: `${SECRET} ${SECRET}` } }),
      ]);
      expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
      expect(runs[0]!.stderr).toContain('is not valid JSON');
      expect(runs[1]!.stderr).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE): the port is in use`);
      expect(runs[2]!.stderr).toContain('visible ASCII');
      expect(leaks(SECRET, Object.fromEntries(runs.flatMap((r, i) => [[`run ${i} stdout`, r.stdout], [`run ${i} stderr`, r.stderr]])))).toEqual([]);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

/**
 * The environment of the git processes the CLI starts, seen by git itself: a real git, run
 * through a script that writes down its arguments and environment first. The allowlist itself,
 * name by name, is test/git/git-env.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { leaksIn } from '../helpers/leaks.js';
import { CLI, cliEnv, runCli } from '../helpers/run-cli.js';
import { TOKEN } from '../helpers/sandbox.js';
import { activeFlow, flowId, STANDARD_BASE } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

/**
 * What git may be given, as the issue states it: the program's path, the home folder and
 * git's configuration folder, a temporary folder, the locale, and git's own GIT_* variables;
 * and what a POSIX shell sets by itself (the recording script runs in one).
 */
const MAY_REACH_GIT = /^(PATH|HOME|XDG_CONFIG_HOME|TMPDIR|LANG|LANGUAGE|LC_[A-Z_]+|GIT_[A-Z0-9_]+|PWD|OLDPWD|SHLVL|_)$/;

describe('git children of the CLI', () => {
  const ID = flowId(0x90);
  let repo: TempRepo;
  let wrappers: TempRepo;

  beforeAll(async () => {
    repo = await tempRepo({ 'flows/bases/standard.yaml': STANDARD_BASE, 'flows/retail.yaml': activeFlow(ID) }, { git: true });
    repo.commit('flows');
    await repo.write({ 'flows/retail.yaml': activeFlow(ID, 'version: 2\n') });
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    wrappers = await tempRepo();
    await wrappers.write({ 'bin/git': `#!/bin/sh\n{ printf '%s\\0' "$*"; env -0; } > "${wrappers.dir}/calls/$$"\nexec "${realGit}" "$@"\n`, 'calls/.keep': '' });
    chmodSync(path.join(wrappers.dir, 'bin/git'), 0o755);
  });
  afterAll(async () => {
    await repo.cleanup();
    await wrappers.cleanup();
  });

  // Every git child got the CLI's whole environment: the token in FLOWKEEPER_TOKEN and the
  // action's INPUT_API-TOKEN reached git, and NODE_DEBUG=child_process printed them on stderr.
  it('git-children-get-no-token: plan --base HEAD runs git (execFile and cat-file --batch) without FLOWKEEPER_*, INPUT_* or anything else, and NODE_DEBUG=child_process shows no token', async () => {
    const run = await runCli(['plan', '--base', 'HEAD'], {
      cwd: repo.dir,
      env: {
        PATH: `${path.join(wrappers.dir, 'bin')}${path.delimiter}${process.env.PATH}`,
        FLOWKEEPER_TOKEN: TOKEN,
        FLOWKEEPER_API_URL: 'https://api.example.invalid',
        'INPUT_API-TOKEN': TOKEN,
        UNRELATED_SECRET: TOKEN,
        NODE_DEBUG: 'child_process',
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('version: (absent) → 2');
    const calls = readdirSync(path.join(wrappers.dir, 'calls'))
      .filter((name) => name !== '.keep')
      .map((name) => {
        const [args, ...variables] = readFileSync(path.join(wrappers.dir, 'calls', name), 'utf8').split('\0').filter(Boolean);
        return { args: args!, names: variables.map((v) => v.slice(0, v.indexOf('='))) };
      });
    expect(calls.map((c) => c.args)).toEqual(expect.arrayContaining(['rev-parse --show-toplevel', 'cat-file --batch']));
    for (const call of calls) {
      expect([call.args, call.names.filter((name) => !MAY_REACH_GIT.test(name))]).toEqual([call.args, []]);
      expect([call.args, call.names]).toEqual([call.args, expect.arrayContaining(['PATH', 'HOME'])]);
    }
    // NODE_DEBUG did print each child's options, its environment among them; no token is there.
    expect(run.stderr).toMatch(/^CHILD_PROCESS \d+: spawn/m);
    expect(leaksIn(TOKEN, run.stdout + run.stderr)).toEqual([]);
  });

  // plan and sync start git's blob reader early, while the working tree is read: when reading
  // the working tree failed, that git process stayed open and the CLI never exited.
  it.each([
    ['plan', 'nosuch', '--base', 'HEAD'],
    ['sync', 'nosuch', '--base', 'HEAD', '--api-url', 'http://127.0.0.1:9', '--dry-run'],
  ])('plan-hangs-when-the-working-tree-fails: %s with a path that matches nothing exits 2 at once, its git process closed', async (...args) => {
    // Killed after 30 s, so that a hang fails here instead of keeping jest waiting.
    const run = await new Promise<{ code: number | string | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI, ...args], { cwd: repo.dir, env: cliEnv({ FLOWKEEPER_TOKEN: TOKEN }), timeout: 30_000, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number | string }).code ?? error.signal ?? null) : 0, stderr });
      });
    });
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('nosuch: no such file or folder') });
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this test run belongs to. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built CLI as `npx flowkeeper` runs it: the package's bin (the bundle in lib/bin/). */
export const CLI = path.join(REPO, (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: { flowkeeper: string } }).bin.flowkeeper);
/** The same CLI as tsc compiled it, module by module, before bundling. */
export const CLI_MODULES = path.join(REPO, 'lib/cli/main.js');

/** What a finished process left behind. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a child process, the way a user does, and waits for it. GITHUB_ACTIONS
 * is unset unless `env` sets it, so that a suite run by GitHub Actions sees the output a user
 * sees (under it, the CLI escapes workflow commands).
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined>; input?: string }): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, ...options.env };
    const child = execFile(process.execPath, [CLI, ...args], { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}

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
 * The environment of a CLI run in the tests: this process's, without colour (NO_COLOR set,
 * FORCE_COLOR removed), then `overrides`, where undefined removes a variable.
 */
export function cliEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, ...overrides };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** A way to run the CLI: the bin in a child process (here), or in this process (run-cli-in-process.ts). */
export type CliRunner = (args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined> }) => Promise<CliRun>;

/**
 * Runs the built CLI as a child process, the way a user does, and waits for it. For what only a
 * process shows (the bundle, its exit, signals, NODE_DEBUG) and a few end-to-end tests; the
 * others run the CLI in this process (run-cli-in-process.ts).
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined>; input?: string }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: options.cwd, env: cliEnv(options.env), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { isLoopbackHost } from '../../src/api/api-url.js';
import { runnerCommands, type ParsedCommand } from '../formatters/workflow-command-parser.js';
import { REPO } from './run-cli.js';

/** The bundled action, as `runs.main` in action.yml names it. */
export const DIST = path.join(REPO, 'dist/index.js');

/**
 * dist/ copied out of the repository, as a runner checks an action out: no node_modules above
 * it, so a library the bundle left out fails here as it would on GitHub (it once did: `yaml`
 * was required at run time). One copy per content of dist/, reused by every run.
 */
export function standaloneDist(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(path.join(REPO, 'dist')).sort()) hash.update(name).update(readFileSync(path.join(REPO, 'dist', name)));
  const dir = path.join(os.tmpdir(), `flowkeeper-dist-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(dir)) {
    // Copied aside and renamed into place: test files running at once never see half a copy.
    const partial = `${dir}.${process.pid}.partial`;
    cpSync(path.join(REPO, 'dist'), partial, { recursive: true });
    try {
      renameSync(partial, dir);
    } catch {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return path.join(dir, 'index.js');
}

/** The Node that runs the tests (the project's Node 20) and the runner's Node 24 (`runs.using: node24`). */
export const NODES = [
  { name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath },
  { name: 'node 24', path: path.join(REPO, 'node_modules/node/bin/node') },
] as const;

/** The token `github-token` gets by default, like `${{ github.token }}` on a runner. */
export const GITHUB_TOKEN = 'ghs_stubGitHubToken0123456789abcdef';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}
const ACTION = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as ActionYml;

/** One run of the action, as a runner would start it. */
export interface ActionRunOptions {
  /** Inputs by their action.yml names; the others get action.yml's defaults, as on a runner. */
  inputs?: Record<string, string>;
  event: { name: string; payload: object };
  /** GITHUB_WORKSPACE and the working directory: a git repository of flow files. */
  workspace: string;
  /** The loopback stand-in for GitHub's REST API; required so nothing can reach api.github.com. */
  github: { url: string };
  /** owner/name; default the payload's repository. */
  repository?: string;
  /** Extra variables (RUNNER_DEBUG…); undefined removes one. */
  env?: Record<string, string | undefined>;
  /** The node binary; default the one running the tests. */
  node?: string;
}

/** What a finished run left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout's lines that the runner would read as workflow commands. */
  commands: ParsedCommand[];
  /** The outputs written to GITHUB_OUTPUT, parsed from its `name<<delimiter` blocks. */
  outputs: Record<string, string>;
  /** The job summary written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The JSON report's text, when the `report` output named a file. */
  report?: string;
  /** Every file the run left in its own folders (outputs, summary, report, anything else), by name. */
  files: Record<string, string>;
}

function assertLoopback(url: string, what: string): void {
  if (!URL.canParse(url) || !isLoopbackHost(new URL(url).hostname)) throw new Error(`${what} ${url} is not a loopback address; tests never talk to the network`);
}

/** The environment variable the runner sets for an input: `INPUT_` and the name upper-cased, spaces as `_`, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads GITHUB_OUTPUT as the runner does: `name<<DELIMITER`, the value's lines, `DELIMITER`
 * (what `core.setOutput` writes), or `name=value` on one line.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} has no closing delimiter`);
      outputs[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

async function readTree(dir: string, prefix = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, await readTree(full, `${prefix}${entry.name}/`));
    else if (entry.isFile()) files[`${prefix}${entry.name}`] = await readFile(full, 'utf8');
  }
  return files;
}

/**
 * Runs dist/index.js (a copy outside the repository) as a child process the way the runner does: inputs as INPUT_* variables
 * (with action.yml's defaults), the event in a file, fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files and RUNNER_TEMP, GITHUB_API_URL at the loopback stub, and none of the developer's own
 * variables. Returns everything the run left behind, then removes its folders.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-action-'));
  const temp = path.join(runDir, 'runner-temp');
  const home = path.join(runDir, 'home');
  const outputFile = path.join(temp, '_runner_file_commands', 'set_output');
  const summaryFile = path.join(temp, '_runner_file_commands', 'step_summary');
  const eventFile = path.join(runDir, 'event.json');
  await mkdir(path.dirname(outputFile), { recursive: true });
  await mkdir(home);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event.payload));

  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(ACTION.inputs)) {
    const fallback = input.default === '${{ github.token }}' ? GITHUB_TOKEN : (input.default ?? '');
    inputs[inputVariable(name)] = options.inputs?.[name] ?? fallback;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[inputVariable(name)] = value;
  const payloadRepo = (options.event.payload as { repository?: { full_name?: string } }).repository?.full_name;

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.repository ?? payloadRepo ?? 'octo-org/flows',
    GITHUB_API_URL: options.github.url,
    GITHUB_GRAPHQL_URL: `${options.github.url}/graphql`,
    GITHUB_SERVER_URL: options.github.url,
    ...inputs,
    ...options.env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  try {
    // Checked on the final environment, so no option can point a request off this machine.
    assertLoopback(env.GITHUB_API_URL ?? '', 'GITHUB_API_URL');
    if (env[inputVariable('api-url')]) assertLoopback(env[inputVariable('api-url')]!, 'input api-url');
  } catch (error) {
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }

  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(options.node ?? process.execPath, [standaloneDist()], { cwd: options.workspace, env, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err });
    });
  });
  try {
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    const summary = await readFile(summaryFile, 'utf8');
    const files = await readTree(temp);
    const reportName = outputs.report && path.relative(temp, outputs.report);
    const report = reportName && !reportName.startsWith('..') ? files[reportName] : undefined;
    const commands = runnerCommands(stdout);
    return { code, stdout, stderr, commands, outputs, summary, files, ...(report !== undefined ? { report } : {}) };
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}

/** The workflow commands the runner would obey in a log, in order (see the parser's runnerCommands). */
export { runnerCommands };

/** The annotations of one kind (`error`, `warning`, `notice`) a run emitted. */
export function annotations(run: ActionRun, kind: 'error' | 'warning' | 'notice'): ParsedCommand[] {
  return run.commands.filter((c) => c.command === kind);
}

/** Every file under `dir` except `.git`, for checking that a run wrote nothing it should not. */
export function workspaceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).includes('.git'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

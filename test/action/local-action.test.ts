import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseWorkflowCommand, type ParsedCommand } from '../formatters/workflow-command-parser.js';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { inputVariable } from '../helpers/run-action.js';
import { REPO } from '../helpers/run-cli.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { pushPayload } from '../helpers/webhook-payloads.js';

// GitHub's local runner, @github/local-action, started as the README's development section
// starts it: it replaces @actions/core and @actions/github with its own stubs, imports the
// action's main module and calls run() once. A main that ran itself on import would run twice
// here, and every output, annotation and summary would come twice.

const LOCAL_ACTION = path.join(REPO, 'node_modules/@github/local-action/bin/local-action.js');
const RETAIL = '65f1a2b3c4d5e6f7a8b9c0d1';
const KIOSK = '65f1a2b3c4d5e6f7a8b9c0d5';
/** The one warning of a run without GITHUB_OUTPUT (local-action sets none). */
const OUTPUT_NOT_SET = expect.objectContaining({ command: 'warning', properties: {}, data: expect.stringContaining('flowkeeper: GITHUB_OUTPUT is not set') });

/** What one run of local-action left behind. */
interface LocalRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every `::set-output` line local-action's core.setOutput printed, in order, as [name, value]. */
  outputs: Array<[string, string]>;
  /** The error, warning and notice lines (annotations and setFailed), in order. */
  annotations: ParsedCommand[];
  /** The job summary file, as core.summary.write() left it. */
  summary: string;
  /** RUNNER_TEMP of the run (removed after it). */
  runnerTemp: string;
  /** The JSON report the action wrote in RUNNER_TEMP. */
  report: string;
}

let github: GitHubStub;
const repos: TempRepo[] = [];
beforeAll(async () => {
  github = await startGitHubStub();
});
afterAll(async () => {
  await github.close();
  await Promise.all(repos.map((repo) => repo.cleanup()));
});

/**
 * Runs `local-action run <this repository> <entrypoint> <dotenv file>` as a developer does, from
 * the repository (local-action runs `npm ls` and `npm exec tsx` there). What the action reads goes
 * in the dotenv file: inputs, GITHUB_WORKSPACE (the temporary repository), RUNNER_TEMP,
 * GITHUB_STEP_SUMMARY and the event. GITHUB_API_URL goes in the environment instead: local-action's
 * Octokit reads it on start, before it loads the dotenv file.
 */
async function runLocalAction(entrypoint: string, options: { workspace: string; inputs: Record<string, string>; payload: object }): Promise<LocalRun> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-local-action-'));
  try {
    const temp = path.join(runDir, 'runner-temp');
    const summaryFile = path.join(runDir, 'summary.md');
    const eventFile = path.join(runDir, 'event.json');
    const dotenvFile = path.join(runDir, '.env.local');
    await writeFile(eventFile, JSON.stringify(options.payload));
    const variables: Record<string, string> = {
      GITHUB_WORKSPACE: options.workspace,
      RUNNER_TEMP: temp,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo-org/flows',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [inputVariable(name), value])),
    };
    await writeFile(dotenvFile, Object.entries(variables).map(([key, value]) => `${key}=${value}\n`).join(''));
    await mkdir(temp);

    const env = {
      PATH: process.env.PATH,
      HOME: runDir,
      LANG: 'C.UTF-8',
      GIT_CONFIG_NOSYSTEM: '1',
      FORCE_COLOR: '0',
      // npm starts local-action's TypeScript runner; it must not ask the registry for a newer npm.
      npm_config_update_notifier: 'false',
      GITHUB_API_URL: github.url,
    };
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [LOCAL_ACTION, 'run', REPO, entrypoint, dotenvFile], { cwd: REPO, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err });
      });
    });
    const commands = stdout.split('\n').flatMap((line) => parseWorkflowCommand(line) ?? []);
    const outputs = commands.filter((c) => c.command === 'set-output').map((c): [string, string] => [c.properties.name!, c.data]);
    const annotations = commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
    const summary = await readFile(summaryFile, 'utf8').catch(() => '');
    const report = await readFile(path.join(temp, 'flowkeeper-report.json'), 'utf8').catch(() => '');
    return { code, stdout, stderr, outputs, annotations, summary, runnerTemp: temp, report };
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}

describe('@github/local-action runs the action once', () => {
  it('compiled main (lib/action/main.js), mode validate, a flow file with errors: each annotation, output and the failure once', async () => {
    const { repo, commits } = await committedRepo({ ...exampleFlows(), ...actionFixture('invalid') });
    repos.push(repo);
    const run = await runLocalAction('lib/action/main.js', {
      workspace: repo.dir,
      inputs: { mode: 'validate', comment: 'false' },
      payload: pushPayload({ before: '0000000000000000000000000000000000000000', after: commits[0]! }),
    });
    expect(run.stderr).toBe('');
    // local-action's setFailed records the failure and prints it; its own exit code stays 0.
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^ +Running Action$/gm)).toHaveLength(1);
    expect(run.annotations).toEqual([
      { command: 'error', properties: { title: 'flowkeeper: range', file: 'flows/checkout.yaml', line: '5', endLine: '5', col: '13', endColumn: '17' }, data: 'liveness.minScore is 0.95; expected a number from 0.52 to 0.9' },
      { command: 'error', properties: { title: 'flowkeeper: unknown-key', file: 'flows/checkout.yaml', line: '6', endLine: '6', col: '3', endColumn: '11' }, data: 'liveness.minScroe is not a known field; did you mean minScore?' },
      expect.objectContaining({ command: 'warning', properties: expect.objectContaining({ title: 'flowkeeper: insecure-url', file: 'flows/fine.yaml', line: '5' }) }),
      // local-action prints the outputs itself; no GITHUB_OUTPUT file is there for a next step.
      OUTPUT_NOT_SET,
      { command: 'error', properties: {}, data: 'flowkeeper: 2 errors in 1 flow file' },
    ]);
    expect(run.outputs).toEqual([
      ['valid', 'false'],
      ['error-count', '2'],
      ['warning-count', '1'],
      ['changed', '[]'],
      ['synced', '[]'],
      ['deleted', '[]'],
      ['failed', '[]'],
      ['drifted', '[]'],
      ['report', path.join(run.runnerTemp, 'flowkeeper-report.json')],
    ]);
    expect(run.summary.match(/^## flowkeeper$/gm)).toHaveLength(1);
    expect(run.summary.match(/^### Errors and warnings$/gm)).toHaveLength(1);
    // The warning is in another file than the errors: each count names its own files.
    expect(run.summary).toContain('❌ **2 errors in 1 of 7 files, 1 warning in 1 file**');
    expect(run.summary.match(/^\| ❌ \|/gm)).toHaveLength(2);
    expect(JSON.parse(run.report).validation.summary).toEqual({ files: 7, valid: 6, invalid: 1, errors: 2, warnings: 1 });
    expect(github.requests).toEqual([]);
  }, 150_000);

  it('TypeScript main (src/action/main.ts, through tsx), mode plan on a push: the changed flows, the summary and each output once', async () => {
    const { repo, commits } = await committedRepo(exampleFlows(), actionFixture('plan-change'));
    repos.push(repo);
    const [base, head] = commits as [string, string];
    const run = await runLocalAction('src/action/main.ts', {
      workspace: repo.dir,
      inputs: { mode: 'plan', comment: 'false' },
      payload: pushPayload({ before: base, after: head }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^ +Running Action$/gm)).toHaveLength(1);
    expect(run.annotations).toEqual([OUTPUT_NOT_SET]);
    expect(run.outputs.map(([name]) => name)).toEqual(['valid', 'error-count', 'warning-count', 'changed', 'synced', 'deleted', 'failed', 'drifted', 'report']);
    const outputs = Object.fromEntries(run.outputs);
    expect(outputs).toMatchObject({ valid: 'true', 'error-count': '0', 'warning-count': '0', synced: '[]', failed: '[]' });
    expect(JSON.parse(outputs.changed!).sort()).toEqual([RETAIL, KIOSK].sort());
    expect(run.summary.match(/^## flowkeeper$/gm)).toHaveLength(1);
    expect(run.summary).toContain(`compared with \`${base}\``);
    // A new flow is one line, its fields folded under it.
    expect(run.summary).toMatch(/^<details><summary>➕ adds <code>flows\/kiosk\.yaml<\/code> .*: new flow, \d+ fields<\/summary>$/m);
    expect(JSON.parse(run.report).plan.flows.filter((f: { change: string }) => f.change !== 'unchanged')).toHaveLength(2);
    expect(github.requests).toEqual([]);
  }, 150_000);
});

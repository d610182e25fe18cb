import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runnerCommands } from '../formatters/workflow-command-parser.js';
import { exampleFlows } from '../helpers/flow-repo.js';
import { inputVariable, parseOutputFile, standaloneDist } from '../helpers/run-action.js';
import { REPO } from '../helpers/run-cli.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// The action where GitHub's runner is not: a local run (`node dist/index.js`), act, another CI.
// None of GITHUB_STEP_SUMMARY, GITHUB_OUTPUT or GITHUB_REPOSITORY is set, and the run must still
// report, warn once about what it cannot write, and end by its own verdict. It once ended every
// such run with `::error::Unable to find environment variable for $GITHUB_STEP_SUMMARY`, exit 1.
//
// Run both as compiled (lib/action/index.js, from `npm run build`) and as bundled (dist/, as the
// runner starts it; it holds this behaviour once dist/ is rebuilt).

const ENTRIES = [
  ['lib/action/index.js', path.join(REPO, 'lib/action/index.js')],
  ['dist/index.js', 'dist'],
] as const;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let temp: string;
let clean: TempRepo;
let broken: TempRepo;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-outside-'));
  clean = await tempRepo(exampleFlows(), { git: true });
  clean.commit('flows');
  broken = await tempRepo({ ...exampleFlows(), 'flows/broken.yaml': 'id: broken\ndocuments: [\n' }, { git: true });
  broken.commit('flows');
});
afterAll(async () => {
  await Promise.all([clean.cleanup(), broken.cleanup(), rm(temp, { recursive: true, force: true })]);
});

/** Starts the action with nothing of a runner but what `env` adds: no GITHUB_* variable at all. */
function runOutside(entry: string, workspace: string, env: Record<string, string> = {}): Promise<Run> {
  const script = entry === 'dist' ? standaloneDist() : entry;
  const environment = { PATH: process.env.PATH, HOME: temp, LANG: 'C.UTF-8', GIT_CONFIG_NOSYSTEM: '1', RUNNER_TEMP: temp, [inputVariable('files')]: 'flows', ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { cwd: workspace, env: environment, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function commands(run: Run, kind: string) {
  return runnerCommands(run.stdout).filter((c) => c.command === kind);
}

describe.each(ENTRIES)('%s outside GitHub', (_name, entry) => {
  it('no-step-summary-outside-github-warns-once-and-goes-on: valid files pass, one warning names what is missing', async () => {
    const run = await runOutside(entry, clean.dir);
    expect(commands(run, 'error')).toEqual([]);
    expect(run.stdout).not.toContain('Unable to find environment variable');
    const warnings = commands(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toContain('GITHUB_STEP_SUMMARY and GITHUB_OUTPUT are not set');
    expect(warnings[0]!.data).toContain(path.join(temp, 'flowkeeper-report.json'));
    expect(run.stdout).toContain('5 files valid');
    // Without GITHUB_OUTPUT, @actions/core prints the outputs to the log.
    expect(run.stdout).toMatch(/^::set-output name=valid::true$/m);
    expect(JSON.parse(await readFile(path.join(temp, 'flowkeeper-report.json'), 'utf8'))).toMatchObject({ validation: { summary: { errors: 0 } } });
    expect(run.code).toBe(0);
  });

  it('broken files fail the run by their errors, not by the missing summary', async () => {
    const run = await runOutside(entry, broken.dir);
    expect(run.stdout).not.toContain('Unable to find environment variable');
    expect(commands(run, 'warning').filter((w) => w.data.includes('not set'))).toHaveLength(1);
    const errors = commands(run, 'error');
    expect(errors.some((e) => e.properties.file === 'flows/broken.yaml')).toBe(true);
    expect(errors.at(-1)!.data).toMatch(/^flowkeeper: /);
    expect(run.code).toBe(1);
  });

  it('with GITHUB_OUTPUT but no summary file: the outputs go to the file, the warning names only the summary', async () => {
    const outputFile = path.join(temp, `output-${path.basename(entry)}`);
    await writeFile(outputFile, '');
    const run = await runOutside(entry, clean.dir, { GITHUB_OUTPUT: outputFile });
    const warnings = commands(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toContain('GITHUB_STEP_SUMMARY is not set');
    expect(warnings[0]!.data).not.toContain('GITHUB_OUTPUT');
    expect(parseOutputFile(await readFile(outputFile, 'utf8'))).toMatchObject({ valid: 'true', 'error-count': '0' });
    expect(run.code).toBe(0);
  });
});

it('lib/action is built (npm run build)', () => {
  expect(existsSync(ENTRIES[0][1])).toBe(true);
});

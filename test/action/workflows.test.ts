import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { EventInfo } from '../../src/action/event.js';
import { getInputs } from '../../src/action/inputs.js';
import { REPO } from '../helpers/run-cli.js';

// The example workflows and this repository's CI, read as GitHub reads them: the facts that
// keep them safe (triggers, permissions, concurrency, full history) and inputs the action accepts.

interface Step {
  uses?: string;
  id?: string;
  if?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const read = (file: string) => parse(readFileSync(path.join(REPO, file), 'utf8')) as Workflow;
const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> };

const PULL_REQUEST = read('examples/workflows/pull-request.yml');
const SYNC = read('examples/workflows/sync.yml');
const DRIFT = read('examples/workflows/drift.yml');
const SYNC_ENVIRONMENTS = read('examples/workflows/sync-environments.yml');
const CI = read('.github/workflows/ci.yml');

const isFlowkeeper = (step: Step) => step.uses === './' || /^flowkeeper\/flowkeeper@/.test(step.uses ?? '');
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const flowkeeperSteps = (workflow: Workflow) => steps(workflow).filter(isFlowkeeper);
/** A step's `with`, as the runner hands it over: every value a string. */
const inputsOf = (step: Step) => Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]));

const PR_EVENT: EventInfo = { name: 'pull_request', owner: 'o', repo: 'r', pullRequest: 1, baseSha: 'a'.repeat(40), fromFork: false };
const PUSH_EVENT: EventInfo = { name: 'push', owner: 'o', repo: 'r', baseSha: 'b'.repeat(40), fromFork: false };
const SCHEDULE_EVENT: EventInfo = { name: 'schedule', owner: 'o', repo: 'r', fromFork: false };

describe.each([
  ['examples/workflows/pull-request.yml', PULL_REQUEST, PR_EVENT],
  ['examples/workflows/sync.yml', SYNC, PUSH_EVENT],
  ['examples/workflows/drift.yml', DRIFT, SCHEDULE_EVENT],
  ['examples/workflows/sync-environments.yml', SYNC_ENVIRONMENTS, PUSH_EVENT],
  ['.github/workflows/ci.yml', CI, PR_EVENT],
] as const)('%s', (_file, workflow, event) => {
  it('never runs on pull_request_target', () => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });

  it("passes only inputs action.yml declares, with values the action's input parser accepts", () => {
    expect(flowkeeperSteps(workflow).length).toBeGreaterThan(0);
    for (const step of flowkeeperSteps(workflow)) {
      const inputs = inputsOf(step);
      expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(Object.keys(inputs)));
      // github-token comes from action.yml's default (github.token) unless the step sets it.
      expect(() => getInputs((name) => inputs[name] ?? (name === 'github-token' ? 'ghs_default' : ''), event)).not.toThrow();
    }
  });

  it('checks out the full history wherever it plans or syncs', () => {
    // drift compares with the server, not with a commit: the checked-out files are enough.
    const comparing = Object.values(workflow.jobs).filter((job) => job.steps.some((step) => isFlowkeeper(step) && step.with?.mode !== 'validate' && step.with?.mode !== 'drift'));
    if (workflow === DRIFT) return expect(comparing).toEqual([]);
    expect(comparing.length).toBeGreaterThan(0);
    for (const job of comparing) expect(job.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('uses modes action.yml describes', () => {
    for (const step of flowkeeperSteps(workflow)) expect(action.inputs.mode?.description).toContain(`${String(step.with?.mode)} (`);
  });
});

describe('examples/workflows/pull-request.yml', () => {
  it('runs on pull_request with the least permissions: contents read, pull-requests write', () => {
    expect(Object.keys(PULL_REQUEST.on)).toEqual(['pull_request']);
    expect(PULL_REQUEST.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(Object.values(PULL_REQUEST.jobs).every((job) => job.permissions === undefined)).toBe(true);
  });

  it('saves the reviewed plan as an artifact for the sync after merge', () => {
    const [step] = flowkeeperSteps(PULL_REQUEST);
    expect(step!.with!['plan-file']).toBe('${{ runner.temp }}/flowkeeper-plan.json');
    const upload = steps(PULL_REQUEST).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'flowkeeper-plan', path: '${{ runner.temp }}/flowkeeper-plan.json', 'if-no-files-found': 'ignore' });
  });

  it('uploads the JSON report, where the comment and the summary say the rest of a long report is', () => {
    const upload = steps(PULL_REQUEST).find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'flowkeeper-report');
    expect(upload?.with).toMatchObject({ path: '${{ steps.flowkeeper.outputs.report }}', 'if-no-files-found': 'ignore' });
    expect(upload?.if).toContain('!cancelled()');
    expect(flowkeeperSteps(PULL_REQUEST)[0]!.id).toBe('flowkeeper');
  });

  it('plans and comments, and needs no secret', () => {
    expect(flowkeeperSteps(PULL_REQUEST).map((step) => [step.with?.mode, step.with?.comment])).toEqual([['plan', true]]);
    expect(readFileSync(path.join(REPO, 'examples/workflows/pull-request.yml'), 'utf8')).not.toMatch(/secrets\./);
  });
});

describe('examples/workflows/sync.yml', () => {
  it('runs on push to the default branch only', () => {
    expect(Object.keys(SYNC.on)).toEqual(['push']);
    expect((SYNC.on.push as { branches: string[] }).branches).toEqual(['main']);
  });

  it('one sync at a time, never cancelled half-way', () => {
    expect(SYNC.concurrency).toEqual({ group: 'flowkeeper-sync', 'cancel-in-progress': false });
  });

  it('syncs only changed flows, with the API settings from secrets, and reads the repository only', () => {
    const [step, ...others] = flowkeeperSteps(SYNC);
    expect(others).toEqual([]);
    expect(step!.with).toMatchObject({ mode: 'sync', 'only-changed': true });
    expect(step!.with!['api-url']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(step!.with!['api-token']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(SYNC.permissions).toEqual({ contents: 'read' });
  });

  it('applies the reviewed plan of the pull request when there is one, with read-only access to find it', () => {
    const [step] = flowkeeperSteps(SYNC);
    expect(step!.with!['plan-file']).toBe('${{ runner.temp }}/reviewed/flowkeeper-plan.json');
    expect(Object.values(SYNC.jobs).map((job) => job.permissions)).toEqual([{ contents: 'read', actions: 'read', 'pull-requests': 'read' }]);
    const download = steps(SYNC).find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ name: 'flowkeeper-plan', path: '${{ runner.temp }}/reviewed' });
  });
});

describe('examples/workflows/sync-environments.yml', () => {
  type EnvironmentJob = Job & { environment?: string; needs?: string | string[] };
  const jobs = SYNC_ENVIRONMENTS.jobs as Record<string, EnvironmentJob>;

  it('runs on push to the default branch only, one sync at a time, reading the repository only', () => {
    expect(Object.keys(SYNC_ENVIRONMENTS.on)).toEqual(['push']);
    expect(SYNC_ENVIRONMENTS.concurrency).toEqual({ group: 'flowkeeper-sync', 'cancel-in-progress': false });
    expect(SYNC_ENVIRONMENTS.permissions).toEqual({ contents: 'read' });
  });

  it('has a sync job per environment, each under the GitHub environment of its name, with that environment\'s own secret and no api-url', () => {
    const seen = Object.values(jobs).map((job) => {
      const [step, ...others] = job.steps.filter(isFlowkeeper);
      expect(others).toEqual([]);
      expect(step!.with).toMatchObject({ mode: 'sync', 'only-changed': true });
      expect(job.environment).toBe(step!.with!.environment);
      expect(step!.with!['api-url']).toBeUndefined();
      return [job.environment, step!.with!['api-token']];
    });
    expect(seen).toEqual([
      ['staging', '${{ secrets.FLOWKEEPER_STAGING_TOKEN }}'],
      ['production', '${{ secrets.FLOWKEEPER_PRODUCTION_TOKEN }}'],
    ]);
  });

  it('syncs production only after staging', () => {
    expect(jobs['sync-production']!.needs).toBe('sync-staging');
  });
});

describe('examples/workflows/drift.yml', () => {
  it('runs on a schedule and on demand only, with contents read and issues write', () => {
    expect(Object.keys(DRIFT.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(DRIFT.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(Object.values(DRIFT.jobs).every((job) => job.permissions === undefined)).toBe(true);
  });

  it('checks drift with the API settings from secrets and keeps the issue', () => {
    const [step, ...others] = flowkeeperSteps(DRIFT);
    expect(others).toEqual([]);
    expect(step!.with).toMatchObject({ mode: 'drift', 'drift-issue': true });
    expect(step!.with!['api-url']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(step!.with!['api-token']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
  });
});

describe('.github/workflows/ci.yml', () => {
  it('tests on push and pull requests under Node 20, 22 and 24 with npm ci && npm test', () => {
    expect(Object.keys(CI.on).sort()).toEqual(['pull_request', 'push']);
    expect(steps(CI).find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect((CI.jobs.test as Job & { strategy?: { matrix?: { node?: unknown } } }).strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(steps(CI).map((step) => step.run)).toContain('npm ci && npm test');
  });

  it('runs this checkout of the action (uses: ./) on examples/ in modes validate and plan', () => {
    const own = steps(CI).filter((step) => step.uses === './');
    expect(own.map((step) => step.with?.mode)).toEqual(['validate', 'plan']);
    for (const step of own) {
      expect(step.with?.files).toBe('examples/flows');
      expect(existsSync(path.join(REPO, String(step.with?.files)))).toBe(true);
    }
    expect(CI.permissions).toEqual({ contents: 'read' });
  });
});

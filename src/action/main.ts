import os from 'node:os';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { DEFAULT_CONCURRENCY, DEFAULT_RATE } from '../api/pacing.js';
import { createRedactor } from '../api/redact.js';
import { plan } from '../app/plan.js';
import { sync } from '../app/sync.js';
import { validate } from '../app/validate.js';
import { repositoryRoot } from '../git/run-git.js';
import type { RunReport } from '../reports/types.js';
import { DEFAULT_GUARD } from '../sync/guard.js';
import { VERSION } from '../version.js';
import type { IssueCommentsApi } from './comment.js';
import { readEvent } from './event.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { ACTION_NAMES } from './names.js';
import { publish } from './publish.js';

/** Runs the use case the mode names, with the inputs as its settings. */
async function runMode(inputs: ActionInputs, workspace: string): Promise<RunReport> {
  const source = { patterns: inputs.files, cwd: workspace, root: (await repositoryRoot(workspace)) ?? workspace, names: ACTION_NAMES };
  const limits = inputs.maxWarnings === undefined ? {} : { maxWarnings: inputs.maxWarnings };
  const base = { ...(inputs.baseRef === undefined ? {} : { ref: inputs.baseRef }), mergeBaseByDefault: true };
  if (inputs.mode === 'validate') return validate({ ...source, ...limits });
  // A runner's clone is often shallow: a base it lacks is a note on the plan, not a failure.
  if (inputs.mode === 'plan') return plan({ ...source, ...limits, base, missingBase: 'note' });
  return sync({
    ...source,
    ...limits,
    base,
    onlyChanged: inputs.onlyChanged,
    apiUrl: inputs.apiUrl,
    token: inputs.apiToken,
    dryRun: inputs.dryRun,
    force: inputs.force,
    onFailure: inputs.onFailure,
    rate: DEFAULT_RATE,
    concurrency: DEFAULT_CONCURRENCY,
    guard: DEFAULT_GUARD,
  });
}

/**
 * The action's entry: resolves the inputs once, runs the use case, publishes the report. The only
 * place that catches; every failure ends the step with a message and never with the token in it.
 * Importing this module does nothing: `index.ts` calls `run()`, as a test or GitHub's local
 * runner may.
 */
export async function run(): Promise<void> {
  // Masked before anything else can print it, even an input error.
  const apiToken = core.getInput('api-token');
  if (apiToken) core.setSecret(apiToken);
  const redact = createRedactor([apiToken]);
  try {
    const event = readEvent(github.context);
    const inputs = getInputs((name) => core.getInput(name), event);
    const report = await runMode(inputs, process.env.GITHUB_WORKSPACE || process.cwd());
    const octokit = inputs.githubToken ? github.getOctokit(inputs.githubToken) : undefined;
    const comments: IssueCommentsApi | undefined = octokit && { ...octokit.rest.issues, getAuthenticated: () => octokit.rest.users.getAuthenticated() };
    await publish(report, inputs, event, {
      core,
      ...(comments ? { comments } : {}),
      reportDir: process.env.RUNNER_TEMP || os.tmpdir(),
      context: { color: false, version: VERSION },
    });
    if (report.failure) core.setFailed(`flowkeeper: ${report.failure.message}`);
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  }
}

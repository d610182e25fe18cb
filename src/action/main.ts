import os from 'node:os';
import * as core from '@actions/core';
import { DEFAULT_CONCURRENCY, DEFAULT_RATE } from '../api/pacing.js';
import { createRedactor } from '../api/redact.js';
import { syncProgressLine } from '../formatters/sync-progress.js';
import { repositoryRoot } from '../git/run-git.js';
import type { RunReport } from '../reports/types.js';
import { DEFAULT_GUARD } from '../sync/guard.js';
import { VERSION } from '../version.js';
import { actionContext } from './context.js';
import { publishDriftIssue } from './drift-issue.js';
import { readEvent } from './event.js';
import { lazyGitHubApi } from './github-api.js';
import { getInputs, InputError, type ActionInputs } from './inputs.js';
import { actionEnvironment } from './environment.js';
import { logSafely, publish, runnerFiles, type CoreLike } from './publish.js';

/** Runs the use case the mode names, with the inputs as its settings. */
async function runMode(inputs: ActionInputs, workspace: string, core: CoreLike, stop: AbortSignal | undefined): Promise<RunReport> {
  const root = (await repositoryRoot(workspace)) ?? workspace;
  // flowkeeper.yaml: the environment input's files, URL and guard; without it, every environment.
  const environment = await actionEnvironment(inputs, workspace, root);
  const source = { patterns: environment.patterns, cwd: workspace, root, names: environment.names };
  const limits = inputs.maxWarnings === undefined ? {} : { maxWarnings: inputs.maxWarnings };
  const base = { ...(inputs.baseRef === undefined ? {} : { ref: inputs.baseRef }), mergeBaseByDefault: true };
  const every = environment.everyEnvironment ? environment.config : undefined;
  // Each mode loads only its own use case: validate, the most frequent run, starts fastest.
  if (inputs.mode === 'validate') {
    if (every) return (await import('../app/environments.js')).validateEnvironments({ cwd: workspace, root, names: environment.names, ...limits }, every);
    return (await import('../app/validate.js')).validate({ ...source, ...limits });
  }
  // A runner's clone is often shallow: a base it lacks is a note on the plan, not a failure.
  if (inputs.mode === 'plan') {
    if (every && inputs.planFile !== undefined) throw new InputError('input plan-file with flowkeeper.yaml: a plan file is for one environment; set the environment input');
    const report = every
      ? await (await import('../app/environments.js')).planEnvironments({ cwd: workspace, root, names: environment.names, ...limits, base, missingBase: 'note' }, every)
      : await (await import('../app/plan.js')).plan({ ...source, ...limits, base, missingBase: 'note' });
    if (inputs.planFile === undefined) return report;
    const { savePlanFile } = await import('../app/plan-outcome.js');
    const saved = await savePlanFile(report, inputs.planFile, workspace, `the plan-file ${inputs.planFile}`, VERSION);
    return { ...report, notes: [...report.notes, saved.note] };
  }
  // With an environment, its own URL: the api-url input, if given, was checked to be the same.
  const apiUrl = environment.selected ? environment.selected.apiUrl : inputs.apiUrl;
  const token = environment.selected ? environment.selected.token : inputs.apiToken;
  if (inputs.mode === 'drift') return (await import('../app/drift.js')).drift({ ...source, ...limits, apiUrl, token, failOnDrift: inputs.failOnDrift });
  const planFile = inputs.planFile;
  const { sync } = await import('../app/sync.js');
  const { syncReviewedPlanOrReplan } = await import('../app/apply-plan.js');
  const syncing: typeof sync = planFile === undefined ? sync : (settings, reporter) => syncReviewedPlanOrReplan({ ...settings, planFile }, reporter);
  return syncing({
    ...source,
    ...limits,
    base,
    onlyChanged: inputs.onlyChanged,
    apiUrl,
    token,
    dryRun: inputs.dryRun,
    force: inputs.force,
    allowDelete: inputs.allowDelete,
    readFirst: !inputs.blind,
    onFailure: inputs.onFailure,
    rate: DEFAULT_RATE,
    concurrency: DEFAULT_CONCURRENCY,
    timeoutMs: inputs.timeoutMs,
    ...(stop ? { stop } : {}),
    guard: { ...DEFAULT_GUARD, ...(environment.selected?.environment.maxChangeShare === undefined ? {} : { maxChangeShare: environment.selected.environment.maxChangeShare }) },
  }, {
    // A line per flow as it ends, so a long sync shows where it is; stop-commands keeps a file
    // name or a server's message from being read as a workflow command.
    syncProgress: (progress) => logSafely(core, [syncProgressLine(progress)]),
  });
}

/**
 * The action's entry: resolves the inputs once, runs the use case, publishes the report. The only
 * place that catches; every failure ends the step with a message and never with the token in it.
 * Importing this module does nothing: `index.ts` calls `run()`, as a test or GitHub's local
 * runner may. `stop` (a cancelled job's SIGINT or SIGTERM) ends a sync early, reported.
 */
export async function run(stop?: AbortSignal): Promise<void> {
  // Masked before anything else can print it, even an input error.
  const apiToken = core.getInput('api-token');
  if (apiToken) core.setSecret(apiToken);
  const redact = createRedactor([apiToken]);
  try {
    const context = actionContext(process.env);
    const event = readEvent(context);
    const inputs = getInputs((name) => core.getInput(name), event);
    const report = await runMode(inputs, process.env.GITHUB_WORKSPACE || process.cwd(), core, stop);
    const github = inputs.githubToken ? lazyGitHubApi(inputs.githubToken) : undefined;
    await publish(report, inputs, event, {
      core,
      runner: runnerFiles(process.env),
      ...(github ? { comments: github } : {}),
      reportDir: process.env.RUNNER_TEMP || os.tmpdir(),
      context: { color: false, version: VERSION },
    });
    if (github && inputs.driftIssue) {
      const runUrl = context.runId ? `${context.serverUrl}/${event.owner}/${event.repo}/actions/runs/${context.runId}` : undefined;
      await publishDriftIssue(github, { owner: event.owner, repo: event.repo }, report, { core, context: { color: false, version: VERSION }, ...(runUrl ? { runUrl } : {}) });
    }
    if (report.failure) core.setFailed(`flowkeeper: ${report.failure.message}`);
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  }
}

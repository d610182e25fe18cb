import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import { countOf } from '../count-of.js';
import { driftStylish } from '../formatters/drift-stylish.js';
import { COMMENT_BUDGET, SUMMARY_BUDGET } from '../formatters/report-budget.js';
import { reportMarkdown } from '../formatters/run-markdown.js';
import { syncStylish } from '../formatters/sync-stylish.js';
import { planStylish, validateStylish } from '../formatters/stylish.js';
import type { FormatContext, RunReport } from '../reports/types.js';
import { annotationProperties, pickAnnotations } from './annotations.js';
import { COMMENT_MARKER, upsertComment, type IssueCommentsApi } from './comment.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';

// The job summary's and the comment's limits (1 MiB, 65,536 characters), and how each is
// measured, are in COMMENT_BUDGET and SUMMARY_BUDGET.
/** The JSON report's name in the report folder (RUNNER_TEMP). */
const REPORT_NAME = 'flowkeeper-report.json';

/** The parts of `@actions/core` publishing uses, so tests can pass a recorder. */
export interface CoreLike {
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: unknown): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

/**
 * Which of the runner's files this run has. A GitHub runner sets both; a local run, act or
 * another CI may set neither, and `@actions/core` fails a summary written without its file.
 */
export interface RunnerFiles {
  /** GITHUB_STEP_SUMMARY is set: the job summary can be written. */
  summary: boolean;
  /** GITHUB_OUTPUT is set: outputs go to its file (without it, core prints them to the log). */
  outputs: boolean;
}

/** The runner's files as the environment names them. */
export function runnerFiles(env: Readonly<Record<string, string | undefined>>): RunnerFiles {
  return { summary: Boolean(env.GITHUB_STEP_SUMMARY), outputs: Boolean(env.GITHUB_OUTPUT) };
}

/** Where publishing writes and which API it comments through. */
export interface PublishDeps {
  core: CoreLike;
  /** Which runner files exist; default both, as on a GitHub runner. */
  runner?: RunnerFiles;
  /** Builds the comments API from the GitHub token; absent when there is no token. */
  comments?: IssueCommentsApi;
  /** Folder for the JSON report (RUNNER_TEMP). */
  reportDir: string;
  context: FormatContext;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Prints report text to the log with workflow commands stopped. File names and values from flow
 * files can start a line (a base at the repository root named `::error::x.yaml`), and the runner
 * obeys any line that starts with `::`. The resume token is random, so no file can know it.
 */
export function logSafely(core: CoreLike, texts: readonly string[]): void {
  const resume = randomUUID();
  core.info(`::stop-commands::${resume}`);
  for (const text of texts) core.info(text);
  core.info(`::${resume}::`);
}

function isClean(result: RunReport): boolean {
  const { summary } = result.validation;
  const changes = result.plan?.report.flows.some((f) => f.change !== 'unchanged') ?? false;
  return summary.errors === 0 && summary.warnings === 0 && !changes && (result.sync?.summary.failed ?? 0) === 0;
}


/**
 * Reports a run everywhere GitHub users look: the full log, annotations within GitHub's limits,
 * the job summary, one pull-request comment kept up to date, the outputs and a JSON report.
 * Throws when reporting fails, so a run never goes green with its errors hidden.
 */
export async function publish(report: RunReport, inputs: ActionInputs, event: EventInfo, deps: PublishDeps): Promise<void> {
  const { core, context } = deps;
  // The report is the use case's value: what publishing adds (the annotation note) goes on a copy.
  const result: RunReport = { ...report, notes: [...report.notes] };
  logSafely(core, [
    validateStylish(result.validation, context),
    ...(result.plan ? [planStylish(result.plan.report, context)] : []),
    ...(result.sync ? [syncStylish(result.sync, context)] : []),
    ...(result.drift ? [driftStylish(result.drift, context)] : []),
  ]);

  const picked = pickAnnotations(result.validation);
  for (const d of picked.errors) core.error(d.message, annotationProperties(d));
  for (const d of picked.warnings) core.warning(d.message, annotationProperties(d));
  if (picked.hiddenErrors + picked.hiddenWarnings > 0) {
    // Not "listed below": the comment lists at most a hundred, and a budget may hold fewer.
    result.notes.push(`GitHub shows 10 annotations of each kind per step: ${countOf(picked.hiddenErrors, 'more error')} and ${countOf(picked.hiddenWarnings, 'more warning')} are not annotated; the job log and the JSON report list every one.`);
  }

  // Outside GitHub the run goes on without what is missing, said once: the report is in the
  // log above and in the JSON report either way.
  const runner = deps.runner ?? { summary: true, outputs: true };
  const missing = [...(runner.summary ? [] : ['GITHUB_STEP_SUMMARY']), ...(runner.outputs ? [] : ['GITHUB_OUTPUT'])];
  if (missing.length > 0) {
    const effects = [...(runner.summary ? [] : ['no job summary is written']), ...(runner.outputs ? [] : ['the outputs are printed to the log as set-output commands'])];
    core.warning(`flowkeeper: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (not a GitHub runner?): ${effects.join(', and ')}; the report is in the log and in ${path.join(deps.reportDir, REPORT_NAME)}.`);
  }
  if (runner.summary) await core.summary.addRaw(reportMarkdown(result, context, SUMMARY_BUDGET), true).write();

  // Outputs and the report first: they do not depend on the comment, and a later step may
  // read them even when the comment fails the run.
  const reportPath = path.join(deps.reportDir, REPORT_NAME);
  await writeFile(reportPath, `${JSON.stringify({ validation: result.validation, plan: result.plan?.report ?? null, sync: result.sync ?? null, ...(result.drift ? { drift: result.drift } : {}), ...(result.environments ? { environments: result.environments.map((e) => ({ name: e.name, apiUrl: e.apiUrl, validation: e.validation, plan: e.plan?.report ?? null })) } : {}), notes: result.notes }, null, 2)}\n`);
  const { summary } = result.validation;
  core.setOutput('valid', String(summary.errors === 0));
  core.setOutput('error-count', String(summary.errors));
  core.setOutput('warning-count', String(summary.warnings));
  core.setOutput('changed', JSON.stringify((result.plan?.report.flows ?? []).filter((f) => f.change !== 'unchanged').map((f) => f.id)));
  core.setOutput('synced', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'updated').map((f) => f.id)));
  core.setOutput('deleted', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'deleted').map((f) => f.id)));
  core.setOutput('failed', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'failed' || f.outcome === 'unknown' || f.outcome === 'rollback-failed').map((f) => f.id)));
  core.setOutput('drifted', JSON.stringify(result.drift?.drifted ?? []));
  core.setOutput('report', reportPath);

  if (inputs.comment && event.pullRequest !== undefined) {
    if (event.fromFork) {
      core.notice('flowkeeper: this pull request comes from a fork, whose token cannot comment; the results are in the job summary and the annotations.');
    } else if (!deps.comments) {
      core.notice('flowkeeper: no github-token, so no pull-request comment; the results are in the job summary.');
    } else {
      const body = reportMarkdown(result, context, COMMENT_BUDGET, COMMENT_MARKER);
      try {
        const outcome = await upsertComment(deps.comments, { owner: event.owner, repo: event.repo, pullRequest: event.pullRequest }, body, isClean(result));
        core.info(`flowkeeper: pull-request comment ${outcome}`);
      } catch (error) {
        const status = statusOf(error);
        // A read-only token (forks, restricted permissions) is not the check's failure.
        if (status !== 403 && status !== 404) throw error;
        core.notice(`flowkeeper: the token may not comment on this pull request (HTTP ${status}); the results are in the job summary and the annotations.`);
      }
    }
  }
}

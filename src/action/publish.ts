import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import { countOf } from '../count-of.js';
import { driftStylish } from '../formatters/drift-stylish.js';
import { reportMarkdown } from '../formatters/run-markdown.js';
import { syncStylish } from '../formatters/sync-stylish.js';
import { planStylish, validateStylish } from '../formatters/stylish.js';
import type { FormatContext, RunReport } from '../reports/types.js';
import { pickAnnotations } from './annotations.js';
import { COMMENT_MARKER, upsertComment, type IssueCommentsApi } from './comment.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';

/** GitHub refuses a job summary over 1 MiB; stay well below. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub refuses a comment over 65,536 characters. */
const COMMENT_LIMIT = 65_000;

/** The parts of `@actions/core` publishing uses, so tests can pass a recorder. */
export interface CoreLike {
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: unknown): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

/** Where publishing writes and which API it comments through. */
export interface PublishDeps {
  core: CoreLike;
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
  for (const d of picked.errors) core.error(d.message, { title: `flowkeeper: ${d.rule}`, file: d.file, startLine: d.line ?? 1, startColumn: d.column ?? 1 });
  for (const d of picked.warnings) core.warning(d.message, { title: `flowkeeper: ${d.rule}`, file: d.file, startLine: d.line ?? 1, startColumn: d.column ?? 1 });
  if (picked.hiddenErrors + picked.hiddenWarnings > 0) {
    result.notes.push(`GitHub shows 10 annotations of each kind per step: ${countOf(picked.hiddenErrors, 'more error', 'more errors')} and ${countOf(picked.hiddenWarnings, 'more warning', 'more warnings')} are listed below and in the log.`);
  }

  await core.summary.addRaw(reportMarkdown(result, context, SUMMARY_LIMIT), true).write();

  // Outputs and the report first: they do not depend on the comment, and a later step may
  // read them even when the comment fails the run.
  const reportPath = path.join(deps.reportDir, 'flowkeeper-report.json');
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
      const body = reportMarkdown(result, context, COMMENT_LIMIT, COMMENT_MARKER);
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

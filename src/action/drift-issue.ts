import { ISSUE_BUDGET } from '../formatters/report-budget.js';
import { reportMarkdown } from '../formatters/run-markdown.js';
import { FlowkeeperError } from '../errors.js';
import type { FormatContext, RunReport } from '../reports/types.js';
import { ownLogin } from './comment.js';
import type { CoreLike } from './publish.js';

/** Finds the action's own drift issue among the open issues. */
export const DRIFT_ISSUE_MARKER = '<!-- flowkeeper:drift-issue -->';

/** The title of the issue the action opens. */
export const DRIFT_ISSUE_TITLE = 'flowkeeper: project flows on the server differ from the repository';


/** An issue as GitHub lists it; pull requests come in the same list, with `pull_request` set. */
interface ListedIssue {
  number: number;
  body?: string | null;
  user?: { login?: string } | null;
  pull_request?: unknown;
}

/** The few REST calls the drift issue needs; `@actions/github`'s octokit provides them. */
export interface DriftIssuesApi {
  listForRepo(params: { owner: string; repo: string; state: 'open'; per_page: number; page: number }): Promise<{ data: ListedIssue[] }>;
  /** Who the token belongs to; GitHub refuses this (403) to the workflow's own token. */
  getAuthenticated(): Promise<{ data: { login: string } }>;
  create(params: { owner: string; repo: string; title: string; body: string }): Promise<{ data: { number: number } }>;
  update(params: { owner: string; repo: string; issue_number: number; body?: string; state?: 'closed'; state_reason?: 'completed' }): Promise<unknown>;
  createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<unknown>;
}

/** The repository the issue lives in. */
export interface IssueTarget {
  owner: string;
  repo: string;
}

/** What the run found, as far as the issue is concerned. */
export interface DriftState {
  /** Some flow on the server differs from its file. */
  drifted: boolean;
  /** Every flow was compared: no file errors, no flow the API would not show. */
  complete: boolean;
}

/** What happened to the issue, and which one. */
export type DriftIssueOutcome = { action: 'created' | 'updated' | 'closed'; number: number } | { action: 'none' };

async function findOwnIssue(api: DriftIssuesApi, target: IssueTarget): Promise<number | undefined> {
  // Anyone can write the marker into an issue; only one this token opened is ours to edit or close.
  const login = await ownLogin(api);
  for (let page = 1; page <= 50; page++) {
    const { data } = await api.listForRepo({ owner: target.owner, repo: target.repo, state: 'open', per_page: 100, page });
    const found = data.find((issue) => issue.pull_request === undefined && issue.user?.login === login && issue.body?.includes(DRIFT_ISSUE_MARKER));
    if (found) return found.number;
    if (data.length < 100) return undefined;
  }
  return undefined;
}

/**
 * Keeps one open drift issue, written by this token: opened when drift appears and none is open,
 * its body replaced while drift persists (or while some flow could not be compared, since drift
 * is then not ruled out), closed with a comment once every flow was compared and none drifted.
 */
export async function keepDriftIssue(api: DriftIssuesApi, target: IssueTarget, state: DriftState, body: string): Promise<DriftIssueOutcome> {
  const existing = await findOwnIssue(api, target);
  if (existing === undefined) {
    if (!state.drifted) return { action: 'none' };
    const { data } = await api.create({ ...target, title: DRIFT_ISSUE_TITLE, body });
    return { action: 'created', number: data.number };
  }
  if (state.drifted || !state.complete) {
    await api.update({ ...target, issue_number: existing, body });
    return { action: 'updated', number: existing };
  }
  await api.createComment({ ...target, issue_number: existing, body: '✅ No drift any more: the API holds what every flow file says. Closing.' });
  await api.update({ ...target, issue_number: existing, state: 'closed', state_reason: 'completed' });
  return { action: 'closed', number: existing };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Publishes a drift run's report to its issue (see {@link keepDriftIssue}) and logs what it did.
 * A token that may not write issues fails the step with the permission it needs: the user asked
 * for the issue, so going green without it would hide the drift.
 */
export async function publishDriftIssue(api: DriftIssuesApi, target: IssueTarget, report: RunReport, deps: { core: CoreLike; context: FormatContext; runUrl?: string }): Promise<DriftIssueOutcome> {
  if (!report.drift) return { action: 'none' };
  const complete = report.drift.unreadable.length === 0 && report.validation.summary.errors === 0;
  const footer = deps.runUrl === undefined ? '' : `\n[The run that wrote this](${deps.runUrl})\n`;
  const body = reportMarkdown(report, deps.context, { ...ISSUE_BUDGET, limit: ISSUE_BUDGET.limit - footer.length }, DRIFT_ISSUE_MARKER) + footer;
  try {
    const outcome = await keepDriftIssue(api, target, { drifted: report.drift.drifted.length > 0, complete }, body);
    deps.core.info(outcome.action === 'none' ? 'flowkeeper: no drift issue to keep' : `flowkeeper: drift issue #${outcome.number} ${outcome.action}`);
    return outcome;
  } catch (error) {
    const status = statusOf(error);
    if (status !== 403 && status !== 404) throw error;
    throw new FlowkeeperError('github-permission', `the drift issue could not be kept: GitHub answered HTTP ${status}. drift-issue: true needs a github-token with issues: write (permissions: issues: write in the workflow)`, { cause: error });
  }
}

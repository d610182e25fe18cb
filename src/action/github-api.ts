import type { IssueCommentsApi } from './comment.js';
import type { DriftIssuesApi } from './drift-issue.js';

/** The REST calls the action makes to GitHub: the pull-request comment and the drift issue. */
export type GitHubApi = IssueCommentsApi & DriftIssuesApi;

/**
 * GitHub's API through `@actions/github`'s Octokit, loaded on the first call: a run that never
 * comments (a push, a validate on a clean tree) does not pay for loading it.
 */
export function lazyGitHubApi(token: string): GitHubApi {
  let loading: Promise<Awaited<ReturnType<typeof octokitOf>>> | undefined;
  const octokit = () => (loading ??= octokitOf(token));
  return {
    listComments: async (params) => (await octokit()).rest.issues.listComments(params),
    createComment: async (params) => (await octokit()).rest.issues.createComment(params),
    updateComment: async (params) => (await octokit()).rest.issues.updateComment(params),
    getAuthenticated: async () => (await octokit()).rest.users.getAuthenticated(),
    listForRepo: async (params) => (await octokit()).rest.issues.listForRepo(params),
    create: async (params) => (await octokit()).rest.issues.create(params),
    update: async (params) => (await octokit()).rest.issues.update(params),
  };
}

async function octokitOf(token: string) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token);
}

/** Finds the action's own pull-request comment among the others. */
export const COMMENT_MARKER = '<!-- flowkeeper:pr-comment -->';

/** The few REST calls the comment needs; `@actions/github`'s octokit provides them. */
export interface IssueCommentsApi {
  listComments(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{
    data: Array<{ id: number; body?: string | null; user?: { login?: string } | null }>;
  }>;
  /** Who the token belongs to; GitHub refuses this (403) to the workflow's own token. */
  getAuthenticated(): Promise<{ data: { login: string } }>;
  createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<unknown>;
  updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>;
}

/** Where the comment goes. */
export interface CommentTarget {
  owner: string;
  repo: string;
  pullRequest: number;
}

/** What happened to the comment. */
export type CommentOutcome = 'created' | 'updated' | 'resolved' | 'none';

/** The login the workflow's own token (`GITHUB_TOKEN`) comments as. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * The login this token comments as: the user of a personal token, else (the workflow's token,
 * which may not ask) `github-actions[bot]`.
 */
export async function ownLogin(api: Pick<IssueCommentsApi, 'getAuthenticated'>): Promise<string> {
  try {
    return (await api.getAuthenticated()).data.login;
  } catch {
    return WORKFLOW_TOKEN_LOGIN;
  }
}

async function findOwnComment(api: IssueCommentsApi, target: CommentTarget): Promise<number | undefined> {
  // Anyone can write the marker into a comment; only one this token wrote is ours to edit.
  const login = await ownLogin(api);
  for (let page = 1; page <= 50; page++) {
    const { data } = await api.listComments({ owner: target.owner, repo: target.repo, issue_number: target.pullRequest, per_page: 100, page });
    const found = data.find((comment) => comment.user?.login === login && comment.body?.includes(COMMENT_MARKER));
    if (found) return found.id;
    if (data.length < 100) return undefined;
  }
  return undefined;
}

/**
 * Keeps one flowkeeper comment per pull request, found by its hidden marker among the comments
 * this token wrote, and edited in place: never a new comment per run, never someone else's. When the run is clean, an existing comment is marked resolved
 * and none is created.
 */
export async function upsertComment(api: IssueCommentsApi, target: CommentTarget, body: string, clean: boolean): Promise<CommentOutcome> {
  const existing = await findOwnComment(api, target);
  if (clean) {
    if (existing === undefined) return 'none';
    await api.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body: `${COMMENT_MARKER}\n## flowkeeper\n\n✅ Resolved: every flow file is valid and nothing changes.\n` });
    return 'resolved';
  }
  if (existing === undefined) {
    await api.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullRequest, body });
    return 'created';
  }
  await api.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body });
  return 'updated';
}

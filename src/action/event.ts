/** What the action needs to know about the event that started the workflow. */
export interface EventInfo {
  name: string;
  owner: string;
  repo: string;
  /** The pull request's number, on pull_request and pull_request_target events. */
  pullRequest?: number;
  /** The pull request's base commit, or the push's `before` (absent for a new branch). */
  baseSha?: string;
  /** A pull request from a fork: its token is read-only. */
  fromFork: boolean;
}

/** The parts of `@actions/github`'s context the action reads. */
export interface ContextLike {
  eventName: string;
  repo: { owner: string; repo: string };
  payload: Record<string, unknown>;
}

const ZERO_SHA = /^0+$/;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** Reads the event from the workflow context (GITHUB_EVENT_PATH, GITHUB_EVENT_NAME). */
export function readEvent(context: ContextLike): EventInfo {
  const { payload } = context;
  const pr = field(payload, 'pull_request');
  const before = field(payload, 'before');
  const prNumber = field(pr, 'number');
  const baseSha = pr !== undefined ? field(pr, 'base', 'sha') : typeof before === 'string' && !ZERO_SHA.test(before) ? before : undefined;
  const headRepo = field(pr, 'head', 'repo', 'full_name');
  const baseRepo = field(pr, 'base', 'repo', 'full_name');
  return {
    name: context.eventName,
    owner: context.repo.owner,
    repo: context.repo.repo,
    ...(typeof prNumber === 'number' ? { pullRequest: prNumber } : {}),
    ...(typeof baseSha === 'string' ? { baseSha } : {}),
    // A fork that was deleted leaves head.repo null; its pull request's token is read-only all the same.
    fromFork: pr !== undefined && typeof baseRepo === 'string' && headRepo !== baseRepo,
  };
}

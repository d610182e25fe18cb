import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received, as it arrived. */
export interface GitHubRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A pull-request comment the stub holds. */
export interface StubComment {
  id: number;
  issue: number;
  body: string;
  /** Who wrote it; the workflow's token writes as github-actions[bot]. */
  author: string;
}

/** An issue the stub holds (numbered from 1, apart from the comments' pull requests). */
export interface StubIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string | null;
  /** Who opened it; the workflow's token writes as github-actions[bot]. */
  author: string;
}

/** How the stub answers. */
export interface GitHubStubOptions {
  /** Comments already on the pull requests, oldest first. */
  comments?: ReadonlyArray<{ issue: number; body: string; author?: string }>;
  /** Issues already in the repository, oldest first (numbered 1, 2, …). */
  issues?: ReadonlyArray<{ title: string; body: string; author?: string; state?: 'open' | 'closed' }>;
  /**
   * Writes (POST and PATCH of comments) answered with this status instead, as GitHub does for a
   * fork's read-only token (403 "Resource not accessible by integration").
   */
  denyWrites?: 403 | 404;
}

/** A running stand-in for GitHub's REST API on 127.0.0.1. */
export interface GitHubStub {
  /** `http://127.0.0.1:PORT`, for GITHUB_API_URL. */
  url: string;
  /** Every request, in order of arrival. */
  requests: GitHubRequest[];
  /** The comments as they stand, by id. */
  comments: Map<number, StubComment>;
  /** The issues as they stand, by number. */
  issues: Map<number, StubIssue>;
  /** Requests other than the comment listing (POST, PATCH, anything unknown). */
  writes(): GitHubRequest[];
  close(): Promise<void>;
}

/** The login GitHub gives the workflow's own token, the one the stub's writes are made as. */
const BOT = 'github-actions[bot]';
const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
const ISSUES = /^\/repos\/([^/]+)\/([^/]+)\/issues$/;
const ISSUE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function commentJson(comment: StubComment, base: string): Record<string, unknown> {
  return { id: comment.id, node_id: `IC_${comment.id}`, url: `${base}/repos/o/r/issues/comments/${comment.id}`, body: comment.body, user: { login: comment.author, type: comment.author.endsWith('[bot]') ? 'Bot' : 'User' } };
}

function issueJson(issue: StubIssue, base: string): Record<string, unknown> {
  return {
    id: 500_000 + issue.number,
    number: issue.number,
    url: `${base}/repos/o/r/issues/${issue.number}`,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason ?? null,
    user: { login: issue.author, type: issue.author.endsWith('[bot]') ? 'Bot' : 'User' },
  };
}

/** The next and last pages of a listing, as GitHub's Link header gives them. */
function linkHeader(base: string, pathname: string, perPage: number, page: number, total: number, extra = ''): Record<string, string> {
  const last = Math.max(1, Math.ceil(total / perPage));
  return page < last ? { link: `<${base}${pathname}?${extra}per_page=${perPage}&page=${page + 1}>; rel="next", <${base}${pathname}?${extra}per_page=${perPage}&page=${last}>; rel="last"` } : {};
}

/**
 * Starts an HTTP server on 127.0.0.1 that answers the three issue-comment endpoints the action
 * uses like GitHub does (listing paginated with `per_page`/`page` and a Link header) and
 * `GET /user` as GitHub answers the workflow's token (403), and the issue endpoints the drift
 * issue uses (list with `state` and pagination, create, update body or state), records every request, and answers
 * 404 to anything else, so an unexpected call shows up as a failure.
 */
export async function startGitHubStub(options: GitHubStubOptions = {}): Promise<GitHubStub> {
  const requests: GitHubRequest[] = [];
  const comments = new Map<number, StubComment>();
  let nextId = 1000;
  for (const seed of options.comments ?? []) {
    comments.set(nextId, { id: nextId, issue: seed.issue, body: seed.body, author: seed.author ?? BOT });
    nextId++;
  }
  const issues = new Map<number, StubIssue>();
  for (const seed of options.issues ?? []) {
    const number = issues.size + 1;
    issues.set(number, { number, title: seed.title, body: seed.body, state: seed.state ?? 'open', author: seed.author ?? BOT });
  }
  let base = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub.invalid');
    const body = await readBody(req);
    const request: GitHubRequest = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
    requests.push(request);
    const listOrCreate = LIST_OR_CREATE.exec(url.pathname);
    const update = UPDATE.exec(url.pathname);
    const denied = () => send(res, options.denyWrites!, { message: options.denyWrites === 403 ? 'Resource not accessible by integration' : 'Not Found', documentation_url: 'https://docs.github.com/rest', status: String(options.denyWrites) });

    if (listOrCreate && req.method === 'GET') {
      const issue = Number(listOrCreate[3]);
      const perPage = Math.min(100, Number(request.query.per_page ?? 30));
      const page = Math.max(1, Number(request.query.page ?? 1));
      const all = [...comments.values()].filter((c) => c.issue === issue);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link: Record<string, string> = page < last ? { link: `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
      return send(res, 200, slice.map((c) => commentJson(c, base)), link);
    }
    if (listOrCreate && req.method === 'POST') {
      if (options.denyWrites) return denied();
      const comment = { id: nextId++, issue: Number(listOrCreate[3]), body: (JSON.parse(body) as { body: string }).body, author: BOT };
      comments.set(comment.id, comment);
      return send(res, 201, commentJson(comment, base));
    }
    if (update && req.method === 'PATCH') {
      if (options.denyWrites) return denied();
      const comment = comments.get(Number(update[3]));
      if (!comment) return send(res, 404, { message: 'Not Found', status: '404' });
      comment.body = (JSON.parse(body) as { body: string }).body;
      return send(res, 200, commentJson(comment, base));
    }
    const issuesPath = ISSUES.exec(url.pathname);
    const issuePath = ISSUE.exec(url.pathname);
    if (issuesPath && req.method === 'GET') {
      const state = request.query.state ?? 'open';
      const perPage = Math.min(100, Number(request.query.per_page ?? 30));
      const page = Math.max(1, Number(request.query.page ?? 1));
      // GitHub lists the newest first.
      const all = [...issues.values()].filter((i) => state === 'all' || i.state === state).reverse();
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map((i) => issueJson(i, base)), linkHeader(base, url.pathname, perPage, page, all.length, `state=${state}&`));
    }
    if (issuesPath && req.method === 'POST') {
      if (options.denyWrites) return denied();
      const { title, body: text } = JSON.parse(body) as { title: string; body?: string };
      const issue: StubIssue = { number: issues.size + 1, title, body: text ?? '', state: 'open', author: BOT };
      issues.set(issue.number, issue);
      return send(res, 201, issueJson(issue, base));
    }
    if (issuePath && req.method === 'PATCH') {
      if (options.denyWrites) return denied();
      const issue = issues.get(Number(issuePath[3]));
      if (!issue) return send(res, 404, { message: 'Not Found', status: '404' });
      const patch = JSON.parse(body) as { body?: string; state?: 'open' | 'closed'; state_reason?: string };
      if (patch.body !== undefined) issue.body = patch.body;
      if (patch.state !== undefined) issue.state = patch.state;
      if (patch.state_reason !== undefined) issue.stateReason = patch.state_reason;
      return send(res, 200, issueJson(issue, base));
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      // What GitHub answers the workflow's own token, which is not a user.
      return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
    }
    return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { message: 'stub error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments,
    issues,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

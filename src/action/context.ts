import { existsSync, readFileSync } from 'node:fs';
import type { ContextLike } from './event.js';

/** The workflow's context as the action reads it: the event, the repository and the run. */
export interface ActionContext extends ContextLike {
  /** The run's id; NaN outside GitHub. */
  runId: number;
  serverUrl: string;
}

/**
 * Reads the workflow's context from the runner's variables, as `@actions/github`'s `Context`
 * does, without loading that package (and Octokit with it) on runs that never call GitHub's
 * API. Outside GitHub, where the variables are missing, the event is empty and the repository
 * unknown (`''`), rather than a crash.
 */
export function actionContext(env: NodeJS.ProcessEnv): ActionContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath && existsSync(eventPath)) payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: repositoryOf(env.GITHUB_REPOSITORY, payload),
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
}

function repositoryOf(variable: string | undefined, payload: Record<string, unknown>): { owner: string; repo: string } {
  if (variable) {
    const [owner = '', repo = ''] = variable.split('/');
    return { owner, repo };
  }
  const repository = payload.repository as { owner?: { login?: unknown }; name?: unknown } | undefined;
  const owner = repository?.owner?.login;
  const name = repository?.name;
  return typeof owner === 'string' && typeof name === 'string' ? { owner, repo: name } : { owner: '', repo: '' };
}

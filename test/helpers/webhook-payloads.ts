import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, any>>;
}

let definitions: WebhookDefinition[] | undefined;

// GitHub's own example payloads: the package's `main` is one JSON array of
// `{ name, actions, examples }`, one entry per event (see its index.d.ts).
function examples(name: string): Array<Record<string, any>> {
  definitions ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8')) as WebhookDefinition[];
  const found = definitions.find((d) => d.name === name);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} event`);
  return found.examples;
}

/** The repository GitHub's examples come from; GITHUB_REPOSITORY on their runs. */
export const EXAMPLE_REPOSITORY = 'Codertocat/Hello-World';

/**
 * GitHub's `pull_request.opened` example with its made-up commits replaced by real ones of the
 * test repository; `fork` makes the head repository someone else's, as for a fork's pull request.
 */
export function pullRequestPayload(options: { baseSha: string; headSha: string; fork?: boolean; number?: number }): Record<string, any> {
  const example = examples('pull_request').find((e) => e.action === 'opened' && e.pull_request?.head?.repo);
  if (!example) throw new Error('no pull_request.opened example with a head repository');
  const payload = structuredClone(example);
  const pr = payload.pull_request;
  if (options.number !== undefined) {
    payload.number = options.number;
    pr.number = options.number;
  }
  pr.base.sha = options.baseSha;
  pr.head.sha = options.headSha;
  if (options.fork) {
    pr.head.repo = { ...pr.head.repo, full_name: 'forker/Hello-World', name: 'Hello-World', owner: { ...pr.head.repo.owner, login: 'forker' }, fork: true };
    pr.head.label = 'forker:changes';
  }
  return payload;
}

/** GitHub's example of a push to a branch, with `before` and `after` as real commits. */
export function pushPayload(options: { before: string; after: string; ref?: string }): Record<string, any> {
  const example = examples('push').find((e) => typeof e.ref === 'string' && e.ref.startsWith('refs/heads/'));
  if (!example) throw new Error('no push example for a branch');
  const payload = structuredClone(example);
  payload.ref = options.ref ?? 'refs/heads/main';
  payload.before = options.before;
  payload.after = options.after;
  if (payload.head_commit) payload.head_commit.id = options.after;
  return payload;
}

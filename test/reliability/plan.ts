/**
 * What the reliability suite tries, as data: the fault kinds of the sync storms, the settings of
 * the runs, the properties and their run counts, the secret forms looked for. The tests import
 * it, and reliability-report.test.ts renders it into test/RELIABILITY.md, so the document says
 * what the tests do and cannot drift from them.
 */
import type { FaultSpec } from '../../src/sandbox/index.js';
import { httpDate } from '../../src/sandbox/index.js';
import { MAX_BODY_DEPTH, MAX_BODY_VALUES, MAX_DETAILS, MAX_ERRORS_COUNTED } from '../../src/sandbox/request-limits.js';

/** One kind of trouble a storm injects, and what the client must do with it. */
export interface FaultKind {
  /** Short name, as the report table shows it. */
  name: string;
  /** What the sandbox does. */
  does: string;
  /** What the sync must do with it. */
  expect: 'retried' | 'never retried' | 'retried once the wait allows, else given up at once' | 'answered normally';
  /** Relative frequency within a storm. */
  weight: number;
  /** The faults to queue, built when the storm is (HTTP dates are relative to that moment). */
  make: (random: () => number) => FaultSpec[];
}

const HOUR = 3_600_000;

/** Every fault kind a storm draws from. Weights are relative; the seed fixes the draw. */
export const FAULT_KINDS: readonly FaultKind[] = [
  { name: 'reset', does: 'cuts the connection before answering', expect: 'retried', weight: 6, make: () => [{ kind: 'drop' }] },
  ...[500, 502, 503, 504].map(
    (status): FaultKind => ({ name: `${status}`, does: `answers ${status} without Retry-After`, expect: 'retried', weight: 3, make: () => [{ kind: 'status', status }] }),
  ),
  { name: '503 storm', does: 'answers 503 (Retry-After: 0) to 6 requests in a row', expect: 'retried', weight: 1, make: () => [{ kind: 'status', status: 503, retryAfter: '0', count: 6 }] },
  { name: '429 Retry-After: 0', does: 'answers 429 asking to retry at once', expect: 'retried', weight: 3, make: () => [{ kind: 'status', status: 429, retryAfter: '0' }] },
  { name: '429 Retry-After: 1', does: 'answers 429 asking for a one-second pause', expect: 'retried', weight: 1, make: () => [{ kind: 'status', status: 429, retryAfter: '1' }] },
  { name: '503 Retry-After: 1', does: 'answers 503 asking for a one-second pause', expect: 'retried', weight: 1, make: () => [{ kind: 'status', status: 503, retryAfter: '1' }] },
  {
    name: '429 Retry-After: HTTP date in the past',
    does: 'answers 429 with a date an hour ago (retry now)',
    expect: 'retried',
    weight: 2,
    make: () => [{ kind: 'status', status: 429, retryAfter: httpDate(Date.now() - HOUR) }],
  },
  {
    name: '429 Retry-After: HTTP date an hour ahead',
    does: 'answers 429 with a date past any retry budget',
    expect: 'retried once the wait allows, else given up at once',
    weight: 1,
    make: () => [{ kind: 'status', status: 429, retryAfter: httpDate(Date.now() + HOUR) }],
  },
  {
    name: '503 Retry-After: 3600',
    does: 'answers 503 asking for an hour, past any retry budget',
    expect: 'retried once the wait allows, else given up at once',
    weight: 1,
    make: () => [{ kind: 'status', status: 503, retryAfter: '3600' }],
  },
  {
    name: 'Retry-After garbage',
    does: 'answers 429 or 502 with an unreadable Retry-After (backoff applies)',
    expect: 'retried',
    weight: 2,
    make: (random) => [{ kind: 'status', status: random() < 0.5 ? 429 : 502, retryAfter: ['soon', '-5', '1e3', 'Thu, 99 Foo 2024', '∞'][Math.floor(random() * 5)]! }],
  },
  { name: '429 without Retry-After', does: 'answers 429 with no Retry-After (backoff applies)', expect: 'retried', weight: 2, make: () => [{ kind: 'status', status: 429 }] },
  {
    name: 'short delay',
    does: 'holds the request 5–60 ms, then answers normally',
    expect: 'answered normally',
    weight: 4,
    make: (random) => [{ kind: 'delay', ms: 5 + Math.floor(random() * 56) }],
  },
  ...[400, 404, 409, 422].map(
    (status): FaultKind => ({ name: `${status}`, does: `answers ${status}`, expect: 'never retried', weight: 1, make: () => [{ kind: 'status', status }] }),
  ),
  // A refused token ends the whole run, which would end a storm too: these are tested on their
  // own (test/cli/sync-statuses.test.ts) and never drawn in one.
  ...[401, 403].map(
    (status): FaultKind => ({ name: `${status}`, does: `answers ${status}`, expect: 'never retried; stops the run, no further request', weight: 0, make: () => [{ kind: 'status', status }] }),
  ),
];

/** Statuses that must never be sent twice for the same flow in one run. */
export const NEVER_RETRIED = [400, 401, 403, 404, 409, 422] as const;
/** Statuses (0: no answer) after which another attempt may follow. */
export const RETRYABLE = [0, 429, 500, 502, 503, 504] as const;

/** The 200-flow sync under faults (sync-faults.test.ts). */
export const SYNC_STORM = {
  seed: 20251125,
  flows: 200,
  /** Share of requests that meet a fault; the others pass untouched. */
  faultShare: 0.35,
  /** Queue length: more than the run can consume, so the storm lasts to the end. */
  length: 700,
  /** The same limit on the client's --rate and the sandbox's limiter. */
  rate: { requests: 25, windowMs: 250 },
  /** The in-process run's client: a small retry budget so that give-ups happen. */
  retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 80, budgetMs: 1500 },
  timeoutMs: 10_000,
  concurrency: 4,
  /** The CLI run meets a second, shorter storm under the CLI's own (default) retry policy. */
  cliSeed: 20251126,
  cliLength: 120,
  cliFaultShare: 0.25,
} as const;

/** The sandbox killed mid-sync (sandbox-crash.test.ts). */
export const CRASH = {
  flows: 16,
  /** Slow, so that flows are still to send when the sandbox dies. */
  rate: '4/1s',
  concurrency: 2,
  /** Flows reported updated before the sandbox holds every further request and gets SIGKILL. */
  killAfterUpdated: 4,
  /** The default --on-failure continue run: fewer flows, so that the retries against a dead API stay short. */
  continueFlows: 6,
} as const;

/** One fast-check property, with its fixed seed and run count. */
export interface PropertyPlan {
  name: string;
  file: string;
  seed: number;
  runs: number;
}

/** Every property of the suite. */
export const PROPERTIES = {
  sandboxAgreesWithEngine: {
    name: 'the sandbox’s 200/422 and details agree with mergeAndValidate(b, p), and a 200 stores its flow',
    file: 'test/reliability/properties-sandbox.test.ts',
    seed: 90210,
    runs: 400,
  },
  sandboxRefusesNonObjects: {
    name: 'a body that is not an object gets 400 from the sandbox, and from the engine one type error at "" besides those of the baseline',
    file: 'test/reliability/properties-sandbox.test.ts',
    seed: 90211,
    runs: 60,
  },
  yamlRoundTrip: {
    name: 'a YAML flow file printed back by yaml.stringify resolves to the same flow and body',
    file: 'test/reliability/properties-yaml-round-trip.test.ts',
    seed: 31337,
    runs: 400,
  },
  yamlReadsWhatYamlWrites: {
    name: 'flowkeeper reads every value yaml.stringify writes, in every style, as that value',
    file: 'test/reliability/properties-yaml-round-trip.test.ts',
    seed: 31338,
    runs: 1200,
  },
  syncEndsInANamedState: {
    name: 'after a sync under random faults, failure modes and interrupts, every flow holds what it held before or its new body, and the report says which',
    file: 'test/reliability/properties-sync.test.ts',
    seed: 61306,
    runs: 2000,
  },
} as const satisfies Record<string, PropertyPlan>;

/** Every spelling of a whole secret the suite looks for (besides any 12 of its characters in a row: see test/helpers/leaks.ts). */
export { SECRET_FORMS } from '../helpers/leaks.js';

/** The places the secret tests read. */
export const SECRET_PLACES = [
  'sync stdout and stderr, token from FLOWKEEPER_TOKEN and from --token-file',
  'sync reports written with -o in json, markdown and stylish',
  'sync under a fault storm, and against an API that echoes the token back in every form',
  'sync, plan and dry runs with --api-url https://user:password@127.0.0.1:1 (the password, in every form)',
  'flowkeeper sandbox stdout and stderr, from start to SIGTERM, with requests right and wrong',
  'all of the above with NODE_DEBUG=undici,fetch,http,net,tls',
  'sync against an API that echoes pieces of the token (message, code, details), and a 200 whose flows hold it at every offset (test/cli/sync-secrets.test.ts)',
  'plan --api-url and sync with the token pasted into the API URL\'s path, in every format',
  'the environment of every git child of the CLI, and NODE_DEBUG=child_process (test/cli/git-children.test.ts)',
] as const;

/** What must hold, as the report states it. */
export const INVARIANTS = [
  'Every flow of a sync ends updated, failed with a reason, or (after --on-failure stop) not attempted; none is lost.',
  'A flow reported updated is held by the sandbox exactly as `flowkeeper print` resolves it; a failed one was never written.',
  'The exit code is non-zero exactly when a flow failed; a run without faults converges; a run with --base HEAD after it sends nothing.',
  'No window of the sandbox’s own request log holds more requests than the configured rate; the sandbox’s limiter never has to refuse.',
  '400, 401, 403, 404, 409 and 422 are never sent twice for a flow; 429, 5xx and resets are retried within the attempts and the budget, or the reason says why not.',
  'When the API dies mid-run (kill -9), the sync exits 1 and claims no flow the sandbox did not write.',
  'The token (and a password in --api-url) appears in no stream or report in any of its forms, nor any 12 of its characters in a row; no git child gets it in its environment.',
  'The sandbox’s 200/422 decision and details are those of mergeAndValidate on the same baseline and body.',
  'One sandbox per data file: a second one refuses to start (exit 2, naming the holder’s pid); after kill -9 the next one takes the stale lock over and removes the temporary files left behind.',
  `A PUT body nested more than ${MAX_BODY_DEPTH} levels deep or holding more than ${MAX_BODY_VALUES} values gets a 400 naming the limit, never a 500; a 422 lists the engine’s first ${MAX_DETAILS} details and says how many errors there are (up to ${MAX_ERRORS_COUNTED}).`,
  'A YAML flow file and its yaml.stringify print-back resolve to the same flow and PUT body.',
] as const;

/** Tests marked `it.failing`: each a bug found by this suite, to be unmarked once fixed. The report test checks this list against the files. */
export const KNOWN_BUGS: ReadonlyArray<{ test: string; file: string; bug: string }> = [];

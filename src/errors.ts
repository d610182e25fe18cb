/**
 * How a run ends, as the edges report it: `ok` and `findings` are verdicts on the flows,
 * `failure` is an operation that could not finish, `usage` a wrong command line or input.
 */
export type ExitKind = 'ok' | 'findings' | 'failure' | 'usage';

/** The process exit code of each kind: 0 success, 1 findings or a failed operation, 2 usage. */
export const EXIT_CODES: Readonly<Record<ExitKind, number>> = { ok: 0, findings: 1, failure: 1, usage: 2 };

/**
 * An error the program cannot go on from. `code` is stable and `exit` says how the run ends; the
 * edges (CLI, action) read both and turn them into an exit code or a failed step. Data problems
 * are never thrown: they are diagnostics.
 */
export class FlowkeeperError extends Error {
  /** How a run that stops on this error ends. */
  readonly exit: ExitKind;

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; exit?: ExitKind },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exit = options?.exit ?? 'failure';
  }
}

/** The command line or an input was wrong: exit code 2. */
export class UsageError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? 'usage', message, { ...(options?.cause === undefined ? {} : { cause: options.cause }), exit: 'usage' });
  }
}

/** The exit code a run that stopped on `error` ends with: the error's own kind, else 1. */
export function exitCodeOfError(error: unknown): number {
  return EXIT_CODES[error instanceof FlowkeeperError ? error.exit : 'failure'];
}

/**
 * A reviewed plan no longer describes the repository (a flow file changed, appeared or went away
 * since it was made): nothing of it is sent. `reasons` names each flow and the digest.
 */
export class StalePlanError extends FlowkeeperError {
  constructor(
    readonly file: string,
    readonly reasons: readonly string[],
  ) {
    super('stale-plan', `the plan ${file} is stale, so nothing was sent: ${reasons.join('; ')}. Make the plan again (flowkeeper plan --out) and review it.`, { exit: 'failure' });
  }
}

/** The API refused the token (401, 403): nothing can be read or written with it, so the run stops. */
export class ApiAuthError extends FlowkeeperError {
  constructor(message: string) {
    super('api-auth', message, { exit: 'failure' });
  }
}

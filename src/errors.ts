/**
 * An error the program cannot go on from. `code` is stable; the edges (CLI, action) turn it
 * into an exit code or a failed step. Data problems are never thrown: they are diagnostics.
 */
export class FlowkeeperError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The command line or an input was wrong: exit code 2. */
export class UsageError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
  }
}

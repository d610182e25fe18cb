import type { ApiErrorDetail, FlowFailure } from './result.js';

/**
 * Errors that stop the program. Problems the API reports (a 422, a 404, a dead network) are
 * results, not exceptions; these classes are for configuration and programmer errors, and for
 * the CLI's edge to turn a failed result into an exit code.
 */

/** The base of every error flowkeeper throws on purpose: `code` is a stable machine-readable id. */
export class FlowkeeperError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The client was set up wrongly: an insecure or malformed API URL, a missing or malformed token. */
export class ApiConfigError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('API_CONFIG', message, options);
  }
}

/** A flow id that is not a 24-hex ObjectId; raised before any request is made. */
export class InvalidFlowIdError extends FlowkeeperError {
  /** The offending id, cut short, so a huge or hostile value cannot flood a message. */
  readonly id: string;

  constructor(id: string) {
    const shown = id.length > 40 ? `${id.slice(0, 39)}…` : id;
    super('INVALID_FLOW_ID', `flow id ${JSON.stringify(shown)} is not valid; expected 24 hexadecimal characters (a MongoDB ObjectId)`);
    this.id = shown;
  }
}

/**
 * A request the API refused or that never got an answer, for an edge that turns a failed
 * result into an exception (see {@link ApiError.fromFailure}). `status` is 0 for network failures.
 */
export class ApiError extends FlowkeeperError {
  readonly status: number;
  readonly attempts: number;
  readonly details: readonly ApiErrorDetail[];

  constructor(status: number, code: string, message: string, attempts: number, options?: { cause?: unknown; details?: readonly ApiErrorDetail[] }) {
    super(code, message, options);
    this.status = status;
    this.attempts = attempts;
    this.details = options?.details ?? [];
  }

  /** The error for a failed result; its text is the result's, already redacted. */
  static fromFailure(failure: FlowFailure): ApiError {
    const where = failure.status === 0 ? (failure.reason ?? 'network') : `HTTP ${failure.status}`;
    const tries = failure.attempts === 1 ? '1 attempt' : `${failure.attempts} attempts`;
    return new ApiError(failure.status, failure.code, `${failure.message} (${where}, ${tries})`, failure.attempts, failure.details ? { details: failure.details } : undefined);
  }
}

/** Raised by the sandbox for a bad option or an unreadable data file. */
export class SandboxConfigError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('SANDBOX_CONFIG', message, options);
  }
}

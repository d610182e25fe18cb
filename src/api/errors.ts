import { FlowkeeperError } from '../errors.js';
import type { ApiErrorDetail, FlowFailure } from './result.js';

/**
 * Errors the client throws. Problems the API reports (a 422, a 404, a dead network) are results,
 * not exceptions; these are for configuration and programmer errors, and for an edge that wants
 * to turn a failed result into an exit code. All extend the program-wide {@link FlowkeeperError}.
 */
export { FlowkeeperError };

/** The client was set up wrongly: an insecure or malformed API URL, a malformed token, bad numbers. */
export class ApiConfigError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('api-config', message, { ...options, exit: 'usage' });
  }
}

/** A flow id that is not a 24-hex ObjectId; raised before any request is made. */
export class InvalidFlowIdError extends FlowkeeperError {
  /** The offending id, cut short, so a huge or hostile value cannot flood a message. */
  readonly id: string;

  constructor(id: string) {
    const shown = id.length > 40 ? `${id.slice(0, 39)}…` : id;
    super('invalid-flow-id', `flow id ${JSON.stringify(shown)} is not valid; expected 24 hexadecimal characters (a MongoDB ObjectId)`);
    this.id = shown;
  }
}

/** An update body that is not a JSON object; raised before any request is made. */
export class InvalidBodyError extends FlowkeeperError {
  constructor(message: string) {
    super('invalid-body', message);
  }
}

/**
 * A request the API refused or that never got an answer, for an edge that turns a failed
 * result into an exception. `status` is 0 for network failures; `apiCode` is the server's
 * `code` (which says "Forbidden" on a 401, so branch on `status`).
 */
export class ApiError extends FlowkeeperError {
  readonly status: number;
  readonly apiCode: string;
  readonly attempts: number;
  readonly details: readonly ApiErrorDetail[];
  readonly reason: string | undefined;

  /** Builds the error from a failed result; its text is the result's, already redacted. */
  constructor(failure: FlowFailure) {
    const where = failure.status === 0 ? (failure.reason ?? 'network') : `HTTP ${failure.status}`;
    const tries = failure.attempts === 1 ? '1 attempt' : `${failure.attempts} attempts`;
    super('api', `${failure.message} (${where}, ${tries})`);
    this.status = failure.status;
    this.apiCode = failure.code;
    this.attempts = failure.attempts;
    this.details = failure.details ?? [];
    this.reason = failure.reason;
  }
}

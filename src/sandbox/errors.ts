import { FlowkeeperError } from '../errors.js';

/** A sandbox option, seed or data file is wrong, or a control request asked for a malformed fault. */
export class SandboxConfigError extends FlowkeeperError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('sandbox-config', message, { ...options, exit: 'usage' });
  }
}

import { CommanderError } from 'commander';
import { ApiConfigError } from '../api/errors.js';
import { createRedactor } from '../api/redact.js';
import { FlowkeeperError, UsageError } from '../errors.js';
import { PathNotFoundError } from '../files/discover.js';
import { SandboxConfigError } from '../sandbox/errors.js';
import type { CliIO } from './io.js';
import { buildProgram, exitCodeOfCommanderError } from './program.js';

/** Exit codes: 0 success, 1 findings or a failed operation, 2 usage. */
function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
  const usage = [UsageError, PathNotFoundError, ApiConfigError, SandboxConfigError];
  return usage.some((type) => error instanceof type) ? 2 : 1;
}

/**
 * Runs the CLI with the given arguments and world; resolves with the exit code. The only place
 * that catches: everything below throws typed errors or returns data. `signal` stops
 * long-running commands such as the sandbox.
 */
export async function runCli(argv: readonly string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  }, signal);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      const message = error instanceof FlowkeeperError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
      // Last line of defence: whatever went wrong, the token in the environment is not shown.
      const redact = createRedactor([io.env.FLOWKEEPER_TOKEN ?? ''].filter(Boolean));
      io.stderr.write(`flowkeeper: ${redact(message)}\n`);
    }
    return exitCodeOf(error);
  }
}

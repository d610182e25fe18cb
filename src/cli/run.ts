import { CommanderError } from 'commander';
import { FlowkeeperError, UsageError } from '../errors.js';
import { PathNotFoundError } from '../files/discover.js';
import type { CliIO } from './io.js';
import { buildProgram, exitCodeOfCommanderError } from './program.js';

/** Exit codes: 0 success, 1 findings or a failed operation, 2 usage. */
function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
  if (error instanceof UsageError || error instanceof PathNotFoundError) return 2;
  return 1;
}

/**
 * Runs the CLI with the given arguments and world; resolves with the exit code. The only place
 * that catches: everything below throws typed errors or returns data.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      const message = error instanceof FlowkeeperError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
      io.stderr.write(`flowkeeper: ${message}\n`);
    }
    return exitCodeOf(error);
  }
}


import { CommanderError } from 'commander';
import { createRedactor } from '../api/redact.js';
import { exitCodeOfError, FlowkeeperError } from '../errors.js';
import type { CliIO } from './io.js';
import { mistypedCommand } from './mistyped-command.js';
import { buildProgram, exitCodeOfCommanderError } from './program.js';
import { guardWorkflowCommands } from './workflow-command-guard.js';

/**
 * Runs the CLI with the given arguments and world; resolves with the exit code. The only place
 * that catches: everything below throws typed errors, each with its exit kind, or returns data.
 * `signal` stops long-running commands such as the sandbox. Under GitHub Actions
 * (`GITHUB_ACTIONS=true`) nothing written can run as a workflow command (see
 * src/cli/workflow-command-guard.ts).
 */
export async function runCli(argv: readonly string[], given: CliIO, signal?: AbortSignal): Promise<number> {
  // The runner obeys workflow commands in any line of a step's output, whatever wrote it: under
  // GitHub Actions both streams make them inert (the annotations of --format github aside).
  const io = given.env.GITHUB_ACTIONS === 'true' ? { ...given, stdout: guardWorkflowCommands(given.stdout), stderr: guardWorkflowCommands(given.stderr) } : given;
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  }, signal);
  try {
    // Worded as commander words a mistyped option, with the same exit code (a usage error).
    const guess = mistypedCommand(argv, program, io.cwd);
    if (guess !== undefined) program.error(`error: unknown command '${argv[0]}'\n(Did you mean ${guess}?)`, { code: 'commander.unknownCommand' });
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
    const message = error instanceof FlowkeeperError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    // Last line of defence: whatever went wrong, the token in the environment is not shown.
    const redact = createRedactor([io.env.FLOWKEEPER_TOKEN]);
    io.stderr.write(`flowkeeper: ${redact(message)}\n`);
    return exitCodeOfError(error);
  }
}

import type { Command } from 'commander';
import { DEFAULT_RATE } from '../../api/pacing.js';
import type { CliIO } from '../io.js';
import { parseHost, parsePort, rateOption } from '../options.js';
import type { SandboxCliOptions } from './sandbox-run.js';

/** `flowkeeper sandbox`: a local server of the documented endpoint, for trying configs. */
export function registerSandbox(program: Command, io: CliIO, setExit: (code: number) => void, signal: AbortSignal): void {
  program
    .command('sandbox')
    .description('Run a local stand-in for PUT/GET /v3/project-flows/{id}, as documented, on 127.0.0.1.')
    .option('--port <n>', 'port to listen on; 0 picks a free one', parsePort('--port'), 0)
    .option('--host <address>', 'address to bind: an IP address or a host name', parseHost('--host'), '127.0.0.1')
    .option('--seed <dir>', 'start with the flows of these flow files, as written')
    .option('--create <dir>', 'start with one flow per id found in these flow files, at its defaults')
    .option('--data <file>', 'keep the flows in this JSON file (written atomically after each change; locked while the sandbox runs)')
    .addOption(rateOption('rate limit per token', DEFAULT_RATE))
    .option('--control', 'enable the /__sandbox/faults and /__sandbox/log endpoints (for tests)')
    .addHelpText('after', `
The token is $FLOWKEEPER_TOKEN if set (at least 16 characters, as for sync), else a random one
that is printed.

Examples:
  $ flowkeeper sandbox --create examples/flows
  $ export FLOWKEEPER_TOKEN=$(openssl rand -hex 16)   # sync and plan --api-url read it too
  $ flowkeeper sandbox --port 8080 --seed flows --data sandbox.json`)
    .action(async (options: SandboxCliOptions) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const { runSandbox } = await import('./sandbox-run.js');
      await runSandbox(io, options, signal);
      setExit(0);
    });
}

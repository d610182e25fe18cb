import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_RATE, type RateLimit } from '../../api/pacing.js';
import { flowsInWorkingTree } from '../../plan/flow-sets.js';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import type { SeedFlow } from '../../sandbox/store.js';
import { resolveRoot, type CliIO } from '../io.js';
import { parseRate } from '../options.js';
import { wholeNumber } from '../io.js';

interface SandboxCliOptions {
  port: number;
  host: string;
  seed?: string;
  create?: string;
  data?: string;
  rate: RateLimit;
  control?: boolean;
}

/** Seeds from a folder of flow files: as the files describe the flows, or at their defaults. */
async function seedsFrom(io: CliIO, folder: string, asWritten: boolean): Promise<SeedFlow[]> {
  const root = await resolveRoot(io, undefined);
  const { flows } = await flowsInWorkingTree([folder], io.cwd, root);
  return flows.map((flow) => ({ id: flow.id, flow: asWritten ? (flow.body as Record<string, unknown>) : {} }));
}

/**
 * Starts the sandbox and resolves once it has stopped (on SIGINT or SIGTERM). `onReady` gets the
 * running handle, for tests and for the `npm start` demo.
 */
export async function runSandbox(io: CliIO, options: SandboxCliOptions, signal: AbortSignal): Promise<void> {
  const flows = [
    ...(options.seed ? await seedsFrom(io, options.seed, true) : []),
    ...(options.create ? await seedsFrom(io, options.create, false) : []),
  ];
  const token = io.env.FLOWKEEPER_TOKEN?.trim() || undefined;
  const sandbox: SandboxHandle = await startSandbox({
    port: options.port,
    host: options.host,
    ...(token ? { tokens: token } : {}),
    rateLimit: options.rate,
    flows,
    ...(options.data ? { dataFile: path.resolve(io.cwd, options.data) } : {}),
    control: options.control === true,
  });
  io.stdout.write(`flowkeeper sandbox listening on ${sandbox.url}\n`);
  io.stdout.write(`  ${flows.length} flow(s); ${options.rate.requests} requests per ${options.rate.windowMs} ms per token\n`);
  // A token the user chose is theirs and stays unprinted; a generated one is only good here.
  io.stdout.write(token ? '  token: the one in FLOWKEEPER_TOKEN\n' : `  token: ${sandbox.token}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await sandbox.close();
  io.stdout.write('flowkeeper sandbox stopped\n');
}

/** `flowkeeper sandbox`: a local server of the documented endpoint, for trying configs. */
export function registerSandbox(program: Command, io: CliIO, setExit: (code: number) => void, signal: AbortSignal): void {
  program
    .command('sandbox')
    .description('Run a local stand-in for PUT/GET /v3/project-flows/{id}, as documented, on 127.0.0.1.')
    .option('--port <n>', 'port to listen on; 0 picks a free one', wholeNumber('--port'), 0)
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--seed <dir>', 'start with the flows of these flow files, as written')
    .option('--create <dir>', 'start with one flow per id found in these flow files, at its defaults')
    .option('--data <file>', 'keep the flows in this JSON file (written atomically after each change)')
    .option('--rate <requests/window>', 'rate limit per token', parseRate('--rate'), DEFAULT_RATE)
    .option('--control', 'enable the /__sandbox/faults and /__sandbox/log endpoints (for tests)')
    .addHelpText('after', `
The token is $FLOWKEEPER_TOKEN if set, else a random one that is printed.

Examples:
  $ flowkeeper sandbox --create examples/flows
  $ FLOWKEEPER_TOKEN=dev flowkeeper sandbox --port 8080 --seed flows --data sandbox.json`)
    .action(async (options: SandboxCliOptions) => {
      await runSandbox(io, options, signal);
      setExit(0);
    });
}

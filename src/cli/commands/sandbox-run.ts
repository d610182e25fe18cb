import path from 'node:path';
import type { RateLimit } from '../../api/pacing.js';
import { flowsInWorkingTree } from '../../app/flow-sets.js';
import { UsageError } from '../../errors.js';
import { countOf } from '../../count-of.js';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { SEED_PROJECT, seedNameFromFile } from '../../sandbox/seed-names.js';
import type { SeedFlow } from '../../sandbox/store.js';
import { tokenProblem } from '../../token-rules.js';
import { resolveRoot, type CliIO } from '../io.js';

/** Options of `flowkeeper sandbox`, as commander parsed them. */
export interface SandboxCliOptions {
  port: number;
  host: string;
  seed?: string;
  create?: string;
  data?: string;
  rate: RateLimit;
  control?: boolean;
}

/**
 * Seeds from a folder of flow files: as the files describe the flows, or at their defaults;
 * each named after its file and filed under {@link SEED_PROJECT}, as flow files carry neither.
 */
async function seedsFrom(io: CliIO, folder: string, asWritten: boolean): Promise<SeedFlow[]> {
  const root = await resolveRoot(io, undefined);
  const { flows } = await flowsInWorkingTree({ patterns: [folder], cwd: io.cwd, root });
  return flows.map((flow) => ({ id: flow.id, project: SEED_PROJECT.id, name: seedNameFromFile(flow.path), flow: asWritten ? (flow.body as Record<string, unknown>) : {} }));
}

/**
 * Starts the sandbox, says where it listens, and resolves once `signal` stops it (SIGINT or
 * SIGTERM in the bin).
 */
export async function runSandbox(io: CliIO, options: SandboxCliOptions, signal: AbortSignal): Promise<void> {
  const token = io.env.FLOWKEEPER_TOKEN?.trim() || undefined;
  // Checked before anything is read, and here rather than by the sandbox alone, so that the
  // message names the variable the user set.
  const problem = token === undefined ? undefined : tokenProblem(token, 'FLOWKEEPER_TOKEN');
  if (problem !== undefined) throw new UsageError(`${problem}; unset it to have the sandbox make one up`);
  const flows = [
    ...(options.seed ? await seedsFrom(io, options.seed, true) : []),
    ...(options.create ? await seedsFrom(io, options.create, false) : []),
  ];
  const sandbox: SandboxHandle = await startSandbox({
    port: options.port,
    host: options.host,
    ...(token ? { tokens: token } : {}),
    rateLimit: options.rate,
    flows,
    ...(flows.length > 0 ? { projects: [SEED_PROJECT] } : {}),
    ...(options.data ? { dataFile: path.resolve(io.cwd, options.data) } : {}),
    control: options.control === true,
  });
  io.stdout.write(`flowkeeper sandbox listening on ${sandbox.url}\n`);
  io.stdout.write(`  ${countOf(flows.length, 'flow')}; ${countOf(options.rate.requests, 'request')} per ${options.rate.windowMs} ms per token\n`);
  if (flows.length > 0) io.stdout.write(`  project ${SEED_PROJECT.id} lists them (flowkeeper import --project ${SEED_PROJECT.id})\n`);
  // A token the user chose is theirs and stays unprinted; a generated one is only good here.
  io.stdout.write(token ? '  token: the one in FLOWKEEPER_TOKEN\n' : `  token: ${sandbox.token}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await sandbox.close();
  io.stdout.write('flowkeeper sandbox stopped\n');
}

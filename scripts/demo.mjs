#!/usr/bin/env node
// `npm start`: the whole loop in one command, with no account. Starts the sandbox on a free
// loopback port with the example flows at their defaults, then validates examples/flows, plans
// against the sandbox, syncs, plans again to show that nothing is left to change, and imports the
// sandbox's project into a scratch folder.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../lib/cli/run.js';
import { startSandbox } from '../lib/sandbox/server.js';
import { flowsInWorkingTree } from '../lib/app/flow-sets.js';
import { SEED_PROJECT, seedNameFromFile } from '../lib/sandbox/seed-names.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env = { ...process.env };
const token = `demo-${randomBytes(12).toString('hex')}`;
const io = { stdout: process.stdout, stderr: process.stderr, cwd: repo, env: { ...process.env, FLOWKEEPER_TOKEN: token } };
const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (t) => `\u001b[1m${t}\u001b[22m` : (t) => t;
const say = (text) => process.stdout.write(`\n${bold(`== ${text}`)}\n\n`);

const { flows } = await flowsInWorkingTree({ patterns: ['examples/flows'], cwd: repo, root: repo });
const sandbox = await startSandbox({ tokens: token, flows: flows.map((f) => ({ id: f.id, project: SEED_PROJECT.id, name: seedNameFromFile(f.path), flow: {} })), projects: [SEED_PROJECT] });
let code = 0;
try {
  say(`Sandbox on ${sandbox.url} with ${flows.length} flows at their defaults`);
  say('flowkeeper validate examples/flows');
  code ||= await runCli(['validate', 'examples/flows'], io);
  say('flowkeeper plan examples/flows --api-url <sandbox>   (what a sync will change)');
  code ||= await runCli(['plan', 'examples/flows', '--api-url', sandbox.url], io);
  say('flowkeeper sync examples/flows --api-url <sandbox>');
  code ||= await runCli(['sync', 'examples/flows', '--api-url', sandbox.url], io);
  say('flowkeeper plan examples/flows --api-url <sandbox>   (after the sync: nothing left to change)');
  code ||= await runCli(['plan', 'examples/flows', '--api-url', sandbox.url], io);
  // Into a scratch folder: the examples stay as they are.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-demo-'));
  try {
    say(`flowkeeper import --project ${SEED_PROJECT.id} --api-url <sandbox> --dir <a scratch folder>   (the server's flows as files)`);
    code ||= await runCli(['import', '--project', SEED_PROJECT.id, '--api-url', sandbox.url, '--dir', scratch, '--root', scratch], io);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
} finally {
  await sandbox.close();
}
say(code === 0 ? 'Done: the sandbox now holds exactly what examples/ describes.' : `Stopped with exit code ${code}.`);
process.exitCode = code;

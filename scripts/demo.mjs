#!/usr/bin/env node
// `npm start`: the whole lifecycle in one command, with no account. Starts the sandbox on a free
// loopback port with the example flows at their defaults and one flow made by hand on the server,
// then: validates, plans and syncs examples/flows; syncs again (nothing to send); imports the
// hand-made flow into a scratch repository; edits it, plans and syncs it; syncs again; changes it
// on the server and detects the drift.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFlowClient } from '../lib/api/client.js';
import { flowsInWorkingTree } from '../lib/app/flow-sets.js';
import { runCli } from '../lib/cli/run.js';
import { SEED_PROJECT, seedNameFromFile } from '../lib/sandbox/seed-names.js';
import { startSandbox } from '../lib/sandbox/server.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env = { ...process.env };
const token = `demo-${randomBytes(12).toString('hex')}`;
const env = { ...process.env, FLOWKEEPER_TOKEN: token };
const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (t) => `\u001b[1m${t}\u001b[22m` : (t) => t;
const say = (text) => process.stdout.write(`\n${bold(`== ${text}`)}\n\n`);

/** A flow configured by hand in the vendor's console: it exists on the server only. */
const HAND_MADE = { id: '65f1a2b3c4d5e6f7a8b9c0ff', name: 'Hand-made onboarding', flow: { status: 'draft', liveness: { attemptLimit: 3, minScore: 0.8 } } };

const { flows } = await flowsInWorkingTree({ patterns: ['examples/flows'], cwd: repo, root: repo });
const sandbox = await startSandbox({
  tokens: token,
  flows: [...flows.map((f) => ({ id: f.id, project: SEED_PROJECT.id, name: seedNameFromFile(f.path), flow: {} })), { ...HAND_MADE, project: SEED_PROJECT.id }],
  projects: [SEED_PROJECT],
});
const scratch = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-demo-'));
/** Runs a command; `expected` lists the exit codes that are part of the story. */
let code = 0;
async function step(title, args, cwd = repo, expected = [0]) {
  say(title);
  const exit = await runCli(args, { stdout: process.stdout, stderr: process.stderr, cwd, env });
  if (!expected.includes(exit)) code ||= exit || 1;
  return exit;
}
try {
  const api = ['--api-url', sandbox.url];
  say(`Sandbox on ${sandbox.url} with ${flows.length} flows at their defaults, and one made by hand`);
  await step('flowkeeper validate examples/flows', ['validate', 'examples/flows']);
  await step('flowkeeper plan examples/flows --api-url <sandbox>   (what a sync will change)', ['plan', 'examples/flows', ...api]);
  await step('flowkeeper sync examples/flows --api-url <sandbox>', ['sync', 'examples/flows', ...api]);
  await step('flowkeeper sync examples/flows --api-url <sandbox>   (again: each flow read, none sent)', ['sync', 'examples/flows', ...api]);

  // The lifecycle of one flow, in a scratch repository: the examples stay as they are.
  const root = ['--root', scratch];
  await step(`flowkeeper import ${HAND_MADE.id} --api-url <sandbox>   (a flow that exists only on the server)`, ['import', HAND_MADE.id, ...api, ...root], scratch);
  const file = path.join(scratch, 'flows', 'hand-made-onboarding.yaml');
  const imported = await readFile(file, 'utf8');
  process.stdout.write(imported);
  await writeFile(file, imported.replace(/minScore: 0\.8\b/, 'minScore: 0.85'));
  await step('edit flows/hand-made-onboarding.yaml (liveness.minScore 0.8 → 0.85), then flowkeeper plan --api-url <sandbox>', ['plan', 'flows', ...api, ...root, '--detailed-exitcode'], scratch, [2]);
  await step('flowkeeper sync --api-url <sandbox>', ['sync', 'flows', ...api, ...root], scratch);
  await step('flowkeeper sync --api-url <sandbox>   (again: No changes.)', ['sync', 'flows', ...api, ...root], scratch);

  say('someone lowers liveness.minScore to 0.6 in the vendor console');
  const client = createFlowClient({ apiUrl: sandbox.url, token });
  try {
    const changed = await client.putFlow(HAND_MADE.id, { liveness: { attemptLimit: 3, minScore: 0.6 } });
    if (!changed.ok) throw new Error(`the sandbox refused the change: ${changed.message}`);
  } finally {
    await client.close();
  }
  await step('flowkeeper plan --api-url <sandbox> --detailed-exitcode   (the drift check: exit 2 means drift)', ['plan', 'flows', ...api, ...root, '--detailed-exitcode'], scratch, [2]);
} finally {
  await sandbox.close();
  await rm(scratch, { recursive: true, force: true });
}
say(code === 0 ? 'Done: imported, edited, synced, synced again with nothing to send, and the drift found.' : `Stopped with exit code ${code}.`);
process.exitCode = code;

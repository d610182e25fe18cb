#!/usr/bin/env node
// Builds the GitHub Action: compiles src/ (tsc), bundles lib/action/index.js with ncc into
// dist/ (or into the folder given, for `npm run check`), and regenerates the README's
// inputs/outputs tables from action.yml, so the docs cannot drift from the action.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'dist'));
const checkOnly = process.argv[2] !== undefined;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`bundle: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

run(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
// One entry serves both threads: the action on the main thread, and the check worker that
// validate starts for a large repository in a worker thread (as the CLI's bundle does).
const entry = path.join(repo, 'lib/action-entry.js');
await writeFile(
  entry,
  "// Written by scripts/bundle.mjs for ncc: the action on the main thread, the check worker in a worker thread.\nimport { isMainThread } from 'node:worker_threads';\nif (isMainThread) await import('./action/index.js');\nelse await import('./files/check-worker.js');\n",
);
try {
  run(process.execPath, [path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'lib/action-entry.js', '-o', outDir, '--license', 'licenses.txt', '--quiet', '--target', 'es2022']);
} finally {
  await rm(entry, { force: true });
}
// ncc copies the worker's entry as an asset (it follows `new URL('./check-worker.js', ...)`),
// with imports of modules that only lib/ has; point it at the bundle, which runs the worker
// when it is loaded in a worker thread.
await writeFile(path.join(outDir, 'check-worker.js'), "// Written by scripts/bundle.mjs: the bundled check worker (the bundle runs it in a worker thread).\nimport './index.js';\n");

// ---- README usage tables -------------------------------------------------------------------
const START = '<!-- action-docs:start (generated from action.yml by npm run bundle) -->';
const END = '<!-- action-docs:end -->';
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const action = parse(await readFile(path.join(repo, 'action.yml'), 'utf8'));
const table = [
  START,
  '### Inputs',
  '',
  '| input | description | default |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(([name, input]) => `| \`${name}\` | ${cell(input.description)} | ${input.default === undefined ? '' : `\`${cell(input.default)}\``} |`),
  '',
  '### Outputs',
  '',
  '| output | description |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
  END,
].join('\n');
const readmePath = path.join(repo, 'README.md');
const readme = await readFile(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < 0) {
  console.error('bundle: README.md lacks the action-docs markers');
  process.exit(1);
}
const updated = readme.slice(0, start) + table + readme.slice(end + END.length);
if (checkOnly) {
  if (updated !== readme) {
    console.error('bundle: README.md action tables are stale; run npm run bundle');
    process.exit(1);
  }
} else {
  await writeFile(readmePath, updated);
}

#!/usr/bin/env node
// Fails when anything derived and committed (src/generated/, dist/) differs from what the
// scripts produce now: regenerates into a temporary folder and compares byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

async function compareTrees(label, expectedDir, actualDir) {
  const problems = [];
  const expected = await listFiles(expectedDir);
  const actual = await listFiles(actualDir);
  for (const file of expected) {
    if (!actual.includes(file)) {
      problems.push(`${label}/${file} is missing`);
      continue;
    }
    const [a, b] = await Promise.all([readFile(path.join(expectedDir, file)), readFile(path.join(actualDir, file))]);
    if (!a.equals(b)) problems.push(`${label}/${file} is stale`);
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`${label}/${file} is not produced by the scripts`);
  return problems;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`check: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

const temp = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-check-'));
const problems = [];
try {
  run(process.execPath, ['scripts/generate.mjs', temp]);
  problems.push(...(await compareTrees('src/generated', path.join(temp, 'src/generated'), path.join(repo, 'src/generated'))));
  if (existsSync(path.join(repo, 'scripts/bundle.mjs'))) {
    run(process.execPath, ['scripts/bundle.mjs', path.join(temp, 'dist')]);
    problems.push(...(await compareTrees('dist', path.join(temp, 'dist'), path.join(repo, 'dist'))));
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.map((p) => `check: ${p}`).join('\n'));
  console.error('check: run `npm run generate` (and `npm run bundle`) and commit the result.');
  process.exit(1);
}
console.log('check: generated files are fresh');

#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.js, compiled by tsc) with ncc into lib/bin/, the package's
// `bin`. One file (plus chunks for the commands' lazy imports) instead of about eighty modules
// to resolve and load: start-up is most of a small run's time. The worker that `--jobs` starts
// is bundled beside it, in lib/bin/worker/.
//
//   node scripts/bundle-cli.mjs [outDir]     (default lib/bin; run after tsc)
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'lib/bin'));
const ncc = path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

function bundle(entry, out) {
  const result = spawnSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`bundle-cli: ncc build ${entry} failed`);
    process.exit(1);
  }
}

await rm(outDir, { recursive: true, force: true });
bundle('lib/cli/main.js', outDir);
bundle('lib/files/check-worker.js', path.join(outDir, 'worker'));
// ncc copies the worker's entry as it is (an asset found through `new URL(..., import.meta.url)`),
// with imports of modules that exist only in lib/files/; point it at the bundled worker instead.
await writeFile(path.join(outDir, 'check-worker.js'), "// Written by scripts/bundle-cli.mjs: the bundled worker of `validate --jobs`.\nimport './worker/index.js';\n");

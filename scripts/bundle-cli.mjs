#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.js, compiled by tsc) with ncc into lib/bin/, the package's
// `bin`. One file (plus chunks for the commands' lazy imports) instead of about eighty modules
// to resolve and load: start-up is most of a small run's time.
//
// The worker that `validate --jobs` starts is the same bundle: one entry serves both, the CLI on
// the main thread and the worker in a worker thread. Two bundles would each carry their own copy
// of the chunks they share (the engine and the validators, hundreds of kB), and webpack's module
// ids differ between builds, so the copies could not be shared afterwards.
//
//   node scripts/bundle-cli.mjs [outDir]     (default lib/bin; run after tsc)
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'lib/bin'));
const ncc = path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
// Written beside lib/cli and lib/files so its imports resolve, removed once bundled.
const entry = path.join(repo, 'lib/bin-entry.js');

const ENTRY = `#!/usr/bin/env node
// Written by scripts/bundle-cli.mjs for ncc: the CLI on the main thread, the check worker of
// \`validate --jobs\` in a worker thread (parallel-check starts ./check-worker.js, which imports this).
import { isMainThread } from 'node:worker_threads';
if (isMainThread) await import('./cli/main.js');
else await import('./files/check-worker.js');
`;

await rm(outDir, { recursive: true, force: true });
await writeFile(entry, ENTRY);
try {
  const result = spawnSync(process.execPath, [ncc, 'build', entry, '-o', outDir, '--quiet', '--target', 'es2022'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error('bundle-cli: ncc build lib/bin-entry.js failed');
    process.exit(1);
  }
} finally {
  await rm(entry, { force: true });
}
// ncc copies the worker's entry as it is (an asset found through `new URL('./check-worker.js',
// import.meta.url)`), with imports of modules that exist only in lib/files/; point it at the
// bundle instead, which runs the worker when it is loaded in a worker thread.
await writeFile(path.join(outDir, 'check-worker.js'), "// Written by scripts/bundle-cli.mjs: the bundled worker of `validate --jobs` (the bundle runs it in a worker thread).\nimport './index.js';\n");
// Modules keep their `//# sourceMappingURL=` lines in the bundle (ajv's runtime ships maps), naming
// files that are not beside it: a debugger or --enable-source-maps would look for them in vain.
for (const name of await readdir(outDir)) {
  if (!name.endsWith('.js')) continue;
  const file = path.join(outDir, name);
  const text = await readFile(file, 'utf8');
  const stripped = text.replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  if (stripped !== text) await writeFile(file, stripped);
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { planRepository } from '../helpers/bench-corpus.js';
import { REPO } from '../helpers/run-cli.js';

// The npm package as `npm pack` makes it and a user installs it: what it holds, what installing
// it runs and installs, and that its bin, its ES module and its CommonJS faces work, types
// included. Packed from lib/ as built (`npm run build`, which `npm test` runs first); packing
// with scripts would rebuild lib/ under the feet of the other test files.

const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
const NODE_24 = path.join(REPO, 'node_modules/node/bin/node');
/** What the library's modules import (lib/index.js, lib/parse/index.js): the only dependencies. */
const RUNTIME_DEPENDENCIES = ['ajv', 'fastest-levenshtein', 'jsonc-parser', 'yaml'];

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

let dir: string;
let pack: PackResult;
let installed: string;
let installLog: string;

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under `root`, relative, with `/` separators. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function node(args: string[], options: { cwd: string; binary?: string }): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(options.binary ?? process.execPath, args, { cwd: options.cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, LANG: 'C.UTF-8' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  for (const built of ['lib/index.js', 'lib/parse/index.js', 'lib/esm-only.cjs', 'lib/bin/index.js']) {
    if (!existsSync(path.join(REPO, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-tarball-'));
  const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  pack = (JSON.parse(packed) as PackResult[])[0]!;
  // The number a user pays, printed on every run (README, "The npm package", records one).
  console.log(`flowkeeper tarball: ${(pack.size / 1000).toFixed(0)} kB packed, ${(pack.unpackedSize / 1000).toFixed(0)} kB unpacked, ${pack.entryCount} files`);

  const project = path.join(dir, 'consumer');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // Offline: the registry is never asked; the dependencies come from npm's cache, which `npm ci`
  // filled. --foreground-scripts prints any script an install runs, so none can hide.
  const install = spawnSync('npm', ['install', '--offline', '--foreground-scripts', '--no-audit', '--no-fund', path.join(dir, pack.filename)], { cwd: project, encoding: 'utf8' });
  installLog = `${install.stdout}\n${install.stderr}`;
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${installLog}`);
  installed = path.join(project, 'node_modules/flowkeeper');
}, 180_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the tarball holds', () => {
  it('the library, its types, the bin, the schemas, README, CHANGELOG and LICENSE', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'lib/index.js', 'lib/index.d.ts', 'lib/parse/index.js', 'lib/parse/index.d.ts', 'lib/esm-only.cjs', 'lib/bin/index.js', 'lib/bin/check-worker.js', 'schema/flow.schema.json']));
    expect(readFileSync(path.join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} flowkeeper contributors\n/);
  });

  it('nothing of the action, of the CLI as modules or of source maps', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => /^lib\/(action|cli|app|api|sandbox)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('lib/bin/worker/'))).toEqual([]);
    // GitHub's toolkit is the action's: no shipped file imports it or carries its code (bundled,
    // it shows by @actions/core's file commands and its summary's error).
    const toolkit = paths.filter((p) => /\.(c|m)?js$/.test(p) && /['"]@actions\/|issueFileCommand|Unable to find environment variable for/.test(readFileSync(path.join(installed, p), 'utf8')));
    expect(toolkit).toEqual([]);
  });

  it('no source map reference to a file that is not there', () => {
    const dangling: string[] = [];
    for (const p of pack.files.map((f) => f.path).filter((f) => /\.(c|m)?js$|\.d\.c?ts$/.test(f))) {
      for (const [, target] of readFileSync(path.join(installed, p), 'utf8').matchAll(/^\/\/# sourceMappingURL=(\S+)$/gm)) {
        if (!target!.startsWith('data:') && !existsSync(path.join(installed, path.dirname(p), target!))) dangling.push(`${p} -> ${target}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('no file twice: no chunk is shipped in two places', () => {
    const byHash = new Map<string, string[]>();
    for (const f of pack.files.filter((f) => f.size > 256)) {
      const hash = sha256(path.join(installed, f.path));
      byHash.set(hash, [...(byHash.get(hash) ?? []), f.path]);
    }
    expect([...byHash.values()].filter((same) => same.length > 1)).toEqual([]);
    // Same-named chunks in two folders were copies of one module under two builds' ids.
    const chunkNames = pack.files.map((f) => f.path).filter((p) => /^lib\/bin\/.*\d+\.index\.js$/.test(p)).map((p) => path.basename(p));
    expect(chunkNames.length).toBe(new Set(chunkNames).size);
  });

  // The library's files are listed one by one in package.json's `files`; one left out shows here.
  // (The bin is one bundle, run below; its chunks quote bundled libraries' comments.)
  it('every relative import of a shipped library module or declaration resolves to a shipped file', () => {
    const shipped = new Set(pack.files.map((f) => f.path));
    const unresolved: string[] = [];
    for (const p of shipped) {
      if (!/\.(c|m)?js$|\.d\.c?ts$/.test(p) || p.startsWith('lib/bin/')) continue;
      const text = readFileSync(path.join(installed, p), 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        let target = path.posix.normalize(path.posix.join(path.posix.dirname(p), m[1]!));
        // A declaration names the module; its types sit in the .d.ts beside it.
        if (/\.d\.c?ts$/.test(p)) target = target.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts');
        if (!shipped.has(target)) unresolved.push(`${p} imports ${m[1]}`);
      }
    }
    expect(unresolved).toEqual([]);
  });
});

describe('installing the tarball', () => {
  it('runs no script: the package has no install hooks and npm ran none', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    // prepare too: npm runs it for a git or tarball dependency, and npm 11 lists it as an install
    // script awaiting approval. The build is `prepack`'s, which no install runs.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook]).toBeUndefined();
    // With --foreground-scripts npm prints `> name@version script` before any script it runs.
    expect(installLog).not.toMatch(/^> \S+@\S+ \S+/m);
    expect(installLog).not.toMatch(/install-scripts|install scripts/i);
  });

  it('installs the runtime dependencies and nothing the CLI bundle already carries', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(RUNTIME_DEPENDENCIES);
    const top = readdirSync(path.join(installed, '..')).filter((name) => !name.startsWith('.'));
    for (const bundled of ['commander', 'undici', 'picomatch', 'p-limit', '@actions']) expect(top).not.toContain(bundled);
  });
});

describe('the installed bin', () => {
  let flows: string;
  beforeAll(async () => {
    flows = path.join(dir, 'flows');
    // Enough files for `--jobs` to start workers (the CLI keeps small runs in one thread).
    for (const entry of planRepository({ files: 700, format: 'yaml', seed: 11 })) {
      const file = path.join(flows, entry.path);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, entry.text);
    }
  });

  it('runs with only the runtime dependencies installed, its worker included', () => {
    const bin = path.join(dir, 'consumer/node_modules/.bin/flowkeeper');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    const one = node([bin, 'validate', '.', '--root', '.', '--format', 'json', '--jobs', '1'], { cwd: flows });
    const two = node([bin, 'validate', '.', '--root', '.', '--format', 'json', '--jobs', '2'], { cwd: flows });
    expect(two.stderr).toBe('');
    expect(two).toEqual(one);
    expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toHaveLength(700);
  }, 120_000);
});

describe('the library from both module kinds', () => {
  let project: string;
  const ESM = `import { mergeAndValidate, type UpdateBody } from 'flowkeeper';
import { parseFlowText } from 'flowkeeper/parse';
const body: UpdateBody = { liveness: { minScore: 0.7 } };
const minScore: number = mergeAndValidate({}, body).flow.liveness.minScore;
const line: number | undefined = parseFlowText('a: 1\\n', 'yaml').locate(['a'])?.line;
console.log(JSON.stringify({ kind: 'esm', minScore, line }));
`;
  const CJS = `import { mergeAndValidate, type UpdateBody } from 'flowkeeper';
import { parseFlowText } from 'flowkeeper/parse';
const body: UpdateBody = { liveness: { minScore: 0.7 } };
const minScore: number = mergeAndValidate({}, body).flow.liveness.minScore;
const line: number | undefined = parseFlowText('a: 1\\n', 'yaml').locate(['a'])?.line;
console.log(JSON.stringify({ kind: 'cjs', minScore, line }));
`;

  beforeAll(async () => {
    project = path.join(dir, 'consumer');
    await writeFile(path.join(project, 'use.mts'), ESM);
    await writeFile(path.join(project, 'use.cts'), CJS);
    // A .cts importing is compiled to require(): what a CommonJS TypeScript project ships.
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, types: [], outDir: 'out' }, files: ['use.mts', 'use.cts'] }));
  });

  it('type-checks and compiles a .mts and a .cts consumer under tsc --strict --module nodenext', () => {
    const result = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(project, 'out/use.cjs'), 'utf8')).toMatch(/require\("flowkeeper"\)/);
  });

  it.each([
    ['this Node', process.execPath],
    ['node 24', NODE_24],
  ])('runs both on %s, require() of the ES module included', (_name, binary) => {
    for (const kind of ['esm', 'cjs'] as const) {
      const run = node([`out/use.${kind === 'esm' ? 'mjs' : 'cjs'}`], { cwd: project, binary });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({ kind, minScore: 0.7, line: 1 });
    }
  });

  it('a Node that cannot require ES modules gets a message saying how to import it, not a generic error', () => {
    // --no-experimental-require-module makes this Node what Node before 20.19 was: no require(esm),
    // no `module-sync` condition.
    for (const entry of ['flowkeeper', 'flowkeeper/parse']) {
      const run = node(['--no-experimental-require-module', '-e', `require(${JSON.stringify(entry)})`], { cwd: project });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('flowkeeper is an ES module');
      expect(run.stderr).toContain("await import('flowkeeper')");
      expect(run.stderr).not.toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    }
    // import() still works there.
    const imported = node(['--no-experimental-require-module', '-e', "import('flowkeeper').then((m) => console.log(typeof m.mergeAndValidate))"], { cwd: project });
    expect(imported.stdout.trim()).toBe('function');
  });
});

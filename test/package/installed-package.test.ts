import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');

// The package as a user gets it: packed (from lib/ as built: packing with scripts would rebuild
// lib/ under the other test files), installed into an empty project, imported by name.
describe('the installed package', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-install-'));
    execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = (await readdir(dir)).find((f) => f.endsWith('.tgz'))!;
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }, 180_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports from plain Node ESM', async () => {
    await writeFile(
      path.join(dir, 'use.mjs'),
      `import { mergeAndValidate, defaultFlow } from 'flowkeeper';
const r = mergeAndValidate({}, { steps: { document: 'mandatory' } });
console.log(JSON.stringify({ valid: r.valid, first: r.errors[0], status: defaultFlow().status }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' }));
    expect(out).toEqual({
      valid: false,
      first: {
        field: 'documents.verificationMethods',
        message: 'verificationMethods is required when documents step is not skipped',
        severity: 'error',
        rule: 'required-when',
      },
      status: 'draft',
    });
  });

  it('reads a flow file with positions through flowkeeper/parse', async () => {
    await writeFile(
      path.join(dir, 'parse.mjs'),
      `import { parseFlowText } from 'flowkeeper/parse';
const ok = parseFlowText('id: x\\ndocuments:\\n  documentTypes:\\n    - country: FR\\n', 'yaml');
const bad = parseFlowText('{"a": 1, "a": 2}', 'json');
console.log(JSON.stringify({ value: ok.value, at: ok.locate(['documents', 'documentTypes', 0, 'country']), missing: ok.locate(['nope']) ?? null, bad: bad.value ?? null, problem: bad.problems[0] }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['parse.mjs'], { cwd: dir, encoding: 'utf8' }));
    expect(out).toEqual({
      value: { id: 'x', documents: { documentTypes: [{ country: 'FR' }] } },
      at: { line: 4, column: 16 },
      missing: null,
      bad: null,
      problem: expect.objectContaining({ rule: 'parse', severity: 'error', line: 1, column: 10, endLine: 1, endColumn: 13 }),
    });
  });

  it('type-checks from a TypeScript project with NodeNext resolution', async () => {
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, files: ['use.ts'] }),
    );
    await writeFile(
      path.join(dir, 'use.ts'),
      `import { mergeAndValidate, type Flow, type UpdateBody, type Diagnostic } from 'flowkeeper';
const body: UpdateBody = { liveness: { minScore: 0.7 } };
const result = mergeAndValidate({}, body);
const flow: Flow = result.flow;
const first: Diagnostic | undefined = result.errors[0];
export const minScore: number = flow.liveness.minScore + (first ? 0 : 1);
import { parseFlowText, type ParsedFlowText, type ParseProblem } from 'flowkeeper/parse';
const parsed: ParsedFlowText = parseFlowText('a: 1\\n', 'yaml');
const problem: ParseProblem | undefined = parsed.problems[0];
export const where: number | undefined = parsed.locate(['a', 0])?.line ?? problem?.endColumn;
`,
    );
    execFileSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
    await writeFile(path.join(dir, 'bad.ts'), `import { mergeAndValidate } from 'flowkeeper';\nexport const n: number = mergeAndValidate({}, {}).flow.status;\n`);
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, files: ['bad.ts'] }),
    );
    // The types are real: assigning the status enum to a number must fail.
    const failed = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toMatch(/bad\.ts.*error TS2322/);
  });
});

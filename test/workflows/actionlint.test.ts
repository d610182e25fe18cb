import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionlint } from '../helpers/actionlint.js';
import { REPO } from '../helpers/run-cli.js';

// Every workflow, flowkeeper's own and the examples users copy, passes actionlint: expressions,
// contexts, permission scopes, known actions' inputs, job dependencies (see test/helpers/actionlint.ts).

const FOLDERS = ['.github/workflows', 'examples/workflows'];
const workflows = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(REPO, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}/${name}`),
);
const findings = actionlint(workflows.map((file) => ({ file, text: readFileSync(path.join(REPO, file), 'utf8') })));

describe('actionlint', () => {
  it('finds the workflows: CI, release and every example', () => {
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', 'examples/workflows/pull-request.yml', 'examples/workflows/sync.yml', 'examples/workflows/drift.yml']));
  });

  it.each(workflows.map((file, i) => [file, i] as const))('%s has no finding', (_file, i) => {
    expect(findings[i]!.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });

  // The linter is live: a workflow with known mistakes gets a finding for each, so an empty
  // list above means clean files and not a linter that checks nothing.
  it('reports an undefined context property, an unknown input and a misspelt permission', () => {
    const broken = [
      'on: push',
      'permissions:',
      '  id-tokn: write',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ matrix.node }}"',
      '      - uses: actions/checkout@v3',
      '        with:',
      '          fetch-dpth: 0',
      '',
    ].join('\n');
    const [found] = actionlint([{ text: broken, file: 'broken.yml' }]);
    expect(found!.map((f) => [f.line, f.kind])).toEqual([
      [3, 'permissions'],
      [8, 'expression'],
      [11, 'action'],
    ]);
  });
});

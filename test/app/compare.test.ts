import { afterEach, describe, expect, it } from '@jest/globals';
import { compareEnvironments, compareExitCode, declaresField, pairKey, pickEnvironments } from '../../src/app/compare.js';
import type { RepositoryConfig } from '../../src/config/types.js';
import { UsageError } from '../../src/errors.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// src/app/compare.ts on real temp folders: two environments with thin files over shared bases,
// and the accidents compare exists to catch (a copied base edited in one environment, two
// environments extending different bases), next to the differences they declare on purpose.

const STAGING_ID = '65f1a2b3c4d5e6f7a8b9c0e1';
const PRODUCTION_ID = '65f1a2b3c4d5e6f7a8b9c0f1';
const STAGING_ID2 = '65f1a2b3c4d5e6f7a8b9c0e2';
const PRODUCTION_ID2 = '65f1a2b3c4d5e6f7a8b9c0f2';
const STAGING_WEBHOOK = '65f1a2b3c4d5e6f7a8b9c0aa';
const PRODUCTION_WEBHOOK = '65f1a2b3c4d5e6f7a8b9c0bb';

const BASE = [
  'status: active',
  'steps:',
  '  document: skip',
  '  liveness: mandatory',
  'liveness:',
  '  minScore: 0.7',
  '  searchMode: ACCURATE',
  'integrations:',
  '  redirectUrl: https://app.example/welcome',
  '',
].join('\n');

/** A thin environment file: its id, its base, and the fields it overrides on purpose. */
function envFile(id: string, base: string, redirectUrl: string, webhook: string): string {
  return `id: ${id}\nextends: ${base}\nintegrations:\n  redirectUrl: ${redirectUrl}\n  webhook: "${webhook}"\n`;
}

const LAYOUT: Record<string, string> = {
  'flows/kyc.yaml': BASE,
  'envs/staging/kyc.yaml': envFile(STAGING_ID, '../../flows/kyc.yaml', 'https://staging.app.example/done', STAGING_WEBHOOK),
  'envs/production/kyc.yaml': envFile(PRODUCTION_ID, '../../flows/kyc.yaml', 'https://app.example/done', PRODUCTION_WEBHOOK),
};

let repo: TempRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

async function compareIn(files: Record<string, string>, staging = ['envs/staging'], production = ['envs/production']) {
  repo = await tempRepo(files);
  return compareEnvironments({ a: { name: 'staging', files: staging }, b: { name: 'production', files: production }, cwd: repo.dir, root: repo.dir });
}

describe('compare: intended and accidental differences', () => {
  it('ids and the fields the environment files declare are intended; nothing else differs: exit 0', async () => {
    const report = await compareIn(LAYOUT);
    expect(report.flows).toHaveLength(1);
    const [flow] = report.flows;
    expect(flow!.key).toBe('kyc.yaml');
    expect(flow!.a).toEqual({ path: 'envs/staging/kyc.yaml', id: STAGING_ID, bases: ['flows/kyc.yaml'] });
    expect(flow!.b).toEqual({ path: 'envs/production/kyc.yaml', id: PRODUCTION_ID, bases: ['flows/kyc.yaml'] });
    expect(flow!.intended).toEqual([
      { field: 'id', a: STAGING_ID, b: PRODUCTION_ID, weakens: false },
      { field: 'integrations.redirectUrl', a: 'https://staging.app.example/done', b: 'https://app.example/done', weakens: false },
      { field: 'integrations.webhook', a: STAGING_WEBHOOK, b: PRODUCTION_WEBHOOK, weakens: false },
    ]);
    expect(flow!.accidental).toEqual([]);
    expect(report.summary).toEqual({ paired: 1, differing: 0, intendedFields: 3, accidentalFields: 0, weakening: 0, onlyInA: 0, onlyInB: 0, invalidFiles: 0 });
    expect(compareExitCode(report)).toBe(0);
  });

  it('a copy of the shared base, edited in one environment, is an accidental difference even inside its folder', async () => {
    const report = await compareIn({
      ...LAYOUT,
      'envs/production/bases/kyc.yaml': BASE.replace('minScore: 0.7', 'minScore: 0.6'),
      'envs/production/kyc.yaml': envFile(PRODUCTION_ID, 'bases/kyc.yaml', 'https://app.example/done', PRODUCTION_WEBHOOK),
    });
    const [flow] = report.flows;
    expect(flow!.b.bases).toEqual(['envs/production/bases/kyc.yaml']);
    // A lower score lets more applicants through: weaker in production (B) than in staging (A).
    expect(flow!.accidental).toEqual([{ field: 'liveness.minScore', a: 0.7, b: 0.6, weakens: true }]);
    expect(flow!.intended.map((d) => d.field)).toEqual(['id', 'integrations.redirectUrl', 'integrations.webhook']);
    expect(report.summary).toMatchObject({ differing: 1, accidentalFields: 1, weakening: 1 });
    expect(compareExitCode(report)).toBe(2);
  });

  it('two environments extending different bases differ by accident where the bases differ', async () => {
    const report = await compareIn({
      ...LAYOUT,
      'flows/kyc-strict.yaml': BASE.replace('searchMode: ACCURATE', 'searchMode: FAST').replace('document: skip', 'document: mandatory').concat('documents:\n  verificationMethods: [SCAN_PROMPT]\n  documentTypes:\n    - country: Colombia\n      configurations:\n        - active: true\n          documentCategory: passport\n'),
      'envs/production/kyc.yaml': envFile(PRODUCTION_ID, '../../flows/kyc-strict.yaml', 'https://app.example/done', PRODUCTION_WEBHOOK),
    });
    const [flow] = report.flows;
    const fields = flow!.accidental.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['steps.document', 'liveness.searchMode']));
    expect(fields).not.toContain('integrations.redirectUrl');
    expect(flow!.accidental.find((d) => d.field === 'steps.document')).toEqual({ field: 'steps.document', a: 'skip', b: 'mandatory', weakens: false });
    expect(compareExitCode(report)).toBe(2);
  });

  it('weakening is judged from A to B: the same difference, compared the other way round, is not marked', async () => {
    const files = { ...LAYOUT, 'envs/production/kyc.yaml': `${envFile(PRODUCTION_ID, '../../flows/kyc.yaml', 'https://app.example/done', PRODUCTION_WEBHOOK)}liveness:\n  minScore: 0.55\n` };
    const forward = await compareIn(files);
    // Declared by production's own file: intended, and still marked as weaker in production.
    expect(forward.flows[0]!.intended).toContainEqual({ field: 'liveness.minScore', a: 0.7, b: 0.55, weakens: true });
    expect(forward.summary.weakening).toBe(1);
    expect(compareExitCode(forward)).toBe(0);
    await repo!.cleanup();
    const backward = await compareIn(files, ['envs/production'], ['envs/staging']);
    expect(backward.flows[0]!.intended).toContainEqual({ field: 'liveness.minScore', a: 0.55, b: 0.7, weakens: false });
    expect(backward.summary.weakening).toBe(0);
  });
});

describe('compare: pairing', () => {
  it('a flow in one environment only is listed on its side and makes the environments differ', async () => {
    const report = await compareIn({
      ...LAYOUT,
      'envs/staging/new/pilot.yaml': envFile(STAGING_ID2, '../../../flows/kyc.yaml', 'https://staging.app.example/pilot', STAGING_WEBHOOK),
      'envs/production/legacy.yaml': envFile(PRODUCTION_ID2, '../../flows/kyc.yaml', 'https://app.example/legacy', PRODUCTION_WEBHOOK),
    });
    expect(report.onlyInA).toEqual([{ key: 'new/pilot.yaml', flow: { path: 'envs/staging/new/pilot.yaml', id: STAGING_ID2, bases: ['flows/kyc.yaml'] } }]);
    expect(report.onlyInB).toEqual([{ key: 'legacy.yaml', flow: { path: 'envs/production/legacy.yaml', id: PRODUCTION_ID2, bases: ['flows/kyc.yaml'] } }]);
    expect(report.flows.map((f) => f.key)).toEqual(['kyc.yaml']);
    expect(compareExitCode(report)).toBe(2);
  });

  it('bases inside an environment folder are checked but never paired', async () => {
    const report = await compareIn({ ...LAYOUT, 'envs/staging/bases/extra.yaml': 'liveness:\n  minScore: 0.8\n' });
    expect(report.onlyInA).toEqual([]);
    expect(report.validation.files.map((f) => f.path)).toContain('envs/staging/bases/extra.yaml');
    expect(compareExitCode(report)).toBe(0);
  });

  it('files and globs pair by file name and by the path below the glob folder', async () => {
    const report = await compareIn(LAYOUT, ['envs/staging/kyc.yaml'], ['envs/production/*.yaml']);
    expect(report.flows.map((f) => [f.key, f.a.path, f.b.path])).toEqual([['kyc.yaml', 'envs/staging/kyc.yaml', 'envs/production/kyc.yaml']]);
  });

  it('a file with errors is not compared, and the run ends as validate does (1)', async () => {
    const report = await compareIn({ ...LAYOUT, 'envs/production/kyc.yaml': `${envFile(PRODUCTION_ID, '../../flows/kyc.yaml', 'https://app.example/done', PRODUCTION_WEBHOOK)}liveness:\n  minScore: 2\n` });
    expect(report.flows).toEqual([]);
    expect(report.summary.invalidFiles).toBe(1);
    expect(report.validation.files.find((f) => f.path === 'envs/production/kyc.yaml')!.errors[0]).toMatchObject({ field: 'liveness.minScore', rule: 'range', line: 7 });
    expect(compareExitCode(report)).toBe(1);
  });

  it('two files of one environment that pair alike are a usage error naming both', async () => {
    const attempt = compareIn({ ...LAYOUT, 'envs/staging-extra/kyc.yaml': envFile(STAGING_ID2, '../../flows/kyc.yaml', 'https://x.example/', STAGING_WEBHOOK) }, ['envs/staging', 'envs/staging-extra']);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow('environment "staging" has two files that pair as "kyc.yaml": "envs/staging/kyc.yaml" and "envs/staging-extra/kyc.yaml"');
  });

  it.each([
    ['envs/staging', 'envs/staging/kyc.yaml', 'kyc.yaml'],
    ['envs/staging/', 'envs/staging/a/b.yaml', 'a/b.yaml'],
    ['envs/staging/kyc.yaml', 'envs/staging/kyc.yaml', 'kyc.yaml'],
    ['envs/staging/**/*.yaml', 'envs/staging/a/b.yaml', 'a/b.yaml'],
    ['envs/*/kyc.yaml', 'envs/staging/kyc.yaml', 'staging/kyc.yaml'],
  ])('pairKey(%j) of %s is %j', (entry, file, key) => {
    expect(pairKey(entry, `/repo/${file}`, '/repo')).toBe(key);
  });
});

describe('declaresField', () => {
  it.each([
    [{ integrations: { redirectUrl: 'x' } }, 'integrations.redirectUrl', true],
    [{ integrations: { redirectUrl: 'x' } }, 'integrations.webhook', false],
    [{ integrations: { redirectUrl: 'x' } }, 'integrations', true],
    [{ documents: { documentTypes: [] } }, 'documents.documentTypes.0.country', true],
    [{}, 'liveness.minScore', false],
    [{ toString: 1 }, 'valueOf', false],
  ])('%j declares %s: %s', (layer, field, expected) => {
    expect(declaresField(layer, field)).toBe(expected);
  });
});

describe('pickEnvironments', () => {
  const config: RepositoryConfig = {
    path: '/repo/flowkeeper.yaml',
    root: '/repo',
    environments: [
      { name: 'staging', apiUrl: 'https://staging.example', tokenEnv: 'S', files: ['envs/staging'] },
      { name: 'production', apiUrl: 'https://api.example', tokenEnv: 'P', files: ['envs/production'] },
    ],
  };

  it('returns the two environments in the order named', () => {
    expect(pickEnvironments(config, ['production', 'staging'], '/repo').map((e) => e.name)).toEqual(['production', 'staging']);
  });

  it.each([
    ['prodution', 'no environment "prodution" in ../flowkeeper.yaml; expected one of "staging", "production"; did you mean "production"?'],
    ['prod', 'no environment "prod" in ../flowkeeper.yaml; expected one of "staging", "production"; did you mean "production"?'],
    ['qa', 'no environment "qa" in ../flowkeeper.yaml; expected one of "staging", "production"'],
  ])('an unknown name (%s) is a usage error with did-you-mean', (name, message) => {
    expect(() => pickEnvironments(config, ['staging', name], '/repo/envs')).toThrow(UsageError);
    expect(() => pickEnvironments(config, ['staging', name], '/repo/envs')).toThrow(message);
  });

  it('the same environment twice is a usage error', () => {
    expect(() => pickEnvironments(config, ['staging', 'staging'], '/repo')).toThrow('compare needs two different environments; got "staging" twice');
  });
});

import path from 'node:path';
import { loadRepositoryConfig } from '../../src/config/load-config.js';
import { filesOf } from '../helpers/flow-repo.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const FIXTURE = filesOf('test/fixtures/environments');

const GOOD = `# yaml-language-server: $schema=../schema/config.schema.json
environments:
  staging:
    apiUrl: https://staging.api.example
    tokenEnv: FLOWKEEPER_STAGING_TOKEN
    files: [envs/staging]
  production:
    apiUrl: https://api.example
    tokenEnv: FLOWKEEPER_PRODUCTION_TOKEN
    files: [envs/production]
    maxChangeShare: 0.1
`;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

async function load(config: string | undefined, extra: Record<string, string> = {}, cwd = '') {
  repo = await tempRepo({ ...FIXTURE, ...extra, ...(config === undefined ? {} : { 'flowkeeper.yaml': config }) }, { git: true });
  return loadRepositoryConfig({ cwd: path.join(repo.dir, cwd), root: repo.dir });
}

test('no config file: no config and no problems (everything works as without environments)', async () => {
  expect(await load(undefined)).toEqual({ config: undefined, problems: [] });
});

test('a sound config gives its environments in file order, found from a subfolder up to the root', async () => {
  const { config, problems } = await load(GOOD, {}, 'envs/staging');
  expect(problems).toEqual([]);
  expect(config).toEqual({
    path: path.join(repo.dir, 'flowkeeper.yaml'),
    root: repo.dir,
    environments: [
      { name: 'staging', apiUrl: 'https://staging.api.example', tokenEnv: 'FLOWKEEPER_STAGING_TOKEN', files: ['envs/staging'] },
      { name: 'production', apiUrl: 'https://api.example', tokenEnv: 'FLOWKEEPER_PRODUCTION_TOKEN', files: ['envs/production'], maxChangeShare: 0.1 },
    ],
  });
});

const env = (name: string, body: string) => `  ${name}:\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
const staging = env('staging', 'apiUrl: https://staging.api.example\ntokenEnv: STAGING_TOKEN\nfiles: [envs/staging]');

// Each mistake: the config, and the finding expected (line, column, rule and words of the message).
const CASES: Array<{ name: string; config: string; extra?: Record<string, string>; line: number; column: number; rule: string; message: RegExp }> = [
  { name: 'unknown top-level key, with did-you-mean', config: 'enviroments: {}\n', line: 1, column: 1, rule: 'unknown-key', message: /enviroments is not a known field; did you mean environments\?/ },
  { name: 'unknown environment key, with did-you-mean', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production]\n    maxChangeShar: 0.1\n`, line: 10, column: 5, rule: 'unknown-key', message: /maxChangeShar is not a known field; did you mean maxChangeShare\?/ },
  { name: 'wrong type', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: envs/production\n`, line: 9, column: 12, rule: 'type', message: /environments\.production\.files is "envs\/production" \(a string\); expected a list/ },
  { name: 'maxChangeShare out of range', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production]\n    maxChangeShare: 3\n`, line: 10, column: 21, rule: 'range', message: /expected a number from 0 to 1/ },
  { name: 'missing required key', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    files: [envs/production]\n`, line: 6, column: 3, rule: 'required', message: /environments\.production\.tokenEnv is required/ },
  { name: 'empty environment name', config: `environments:\n${staging}  "":\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production]\n`, line: 6, column: 3, rule: 'parse', message: /a key is empty or null; expected a field name/ },
  { name: 'environment name that is not an identifier', config: `environments:\n${staging}  prod env:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production]\n`, line: 6, column: 3, rule: 'environment-name', message: /"prod env" is not an identifier/ },
  { name: 'a token variable name that is not one', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD-TOKEN\n    files: [envs/production]\n`, line: 8, column: 15, rule: 'format', message: /tokenEnv is "PROD-TOKEN"; expected an environment variable name/ },
  { name: 'an apiUrl over plain http', config: `environments:\n${staging}  production:\n    apiUrl: http://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production]\n`, line: 7, column: 13, rule: 'api-url', message: /must use https/ },
  { name: 'two environments claiming one file', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production, envs/staging/onboarding.yaml]\n`, line: 9, column: 30, rule: 'environment-overlap', message: /claims envs\/staging\/onboarding\.yaml, which environment staging claims too/ },
  { name: 'two environments sharing a flow id', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/production, envs/copy]\n`, extra: { 'envs/copy/onboarding.yaml': 'id: 65F1A2B3C4D5E6F7A8B9C0B1\nstatus: active\n' }, line: 9, column: 30, rule: 'environment-shared-id', message: /envs\/copy\/onboarding\.yaml has the flow id "65f1a2b3c4d5e6f7a8b9c0b1", which envs\/staging\/onboarding\.yaml of environment staging has too/ },
  { name: 'a files entry that matches nothing', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [envs/prod]\n`, line: 9, column: 13, rule: 'path-not-found', message: /"envs\/prod": no such file or folder/ },
  { name: 'a files entry outside the repository', config: `environments:\n${staging}  production:\n    apiUrl: https://api.example\n    tokenEnv: PROD_TOKEN\n    files: [../elsewhere]\n`, line: 9, column: 13, rule: 'files', message: /outside the config's folder/ },
  { name: 'no environments', config: 'environments: {}\n', line: 1, column: 15, rule: 'environments', message: /environments must be a mapping of at least one environment/ },
  { name: 'malformed YAML', config: 'environments:\n  staging: [\n', line: 3, column: 1, rule: 'parse', message: /./ },
  { name: 'duplicate environment', config: `environments:\n${staging}${staging}`, line: 6, column: 3, rule: 'parse', message: /staging/ },
  { name: 'an empty file', config: '', line: 1, column: 1, rule: 'type', message: /flowkeeper\.yaml is empty; expected a mapping with environments/ },
];

test.each(CASES)('config mistake: $name gets a positioned finding', async ({ config, extra, line, column, rule, message }) => {
  const loaded = await load(config, extra);
  expect(loaded.config).toBeUndefined();
  expect(loaded.problems).toHaveLength(1);
  const [file] = loaded.problems;
  expect(file!.path).toBe('flowkeeper.yaml');
  expect(file!.valid).toBe(false);
  const found = file!.errors.find((d) => d.rule === rule);
  expect({ errors: file!.errors, found }).toEqual(expect.objectContaining({ found: expect.objectContaining({ file: 'flowkeeper.yaml', line, column, message: expect.stringMatching(message) }) }));
});

test('a FIFO among an environment\'s files is not read for its id (the check would hang on it)', async () => {
  const { execFileSync } = await import('node:child_process');
  repo = await tempRepo({ ...FIXTURE, 'flowkeeper.yaml': GOOD }, { git: true });
  execFileSync('mkfifo', [path.join(repo.dir, 'envs/staging/pipe.yaml')]);
  const loaded = await loadRepositoryConfig({ cwd: repo.dir, root: repo.dir });
  expect(loaded.problems).toEqual([]);
  expect(loaded.config?.environments.map((e) => e.name)).toEqual(['staging', 'production']);
});

test('a flowkeeper.yaml that is a FIFO is refused with a finding, not read', async () => {
  const { execFileSync } = await import('node:child_process');
  repo = await tempRepo(FIXTURE, { git: true });
  execFileSync('mkfifo', [path.join(repo.dir, 'flowkeeper.yaml')]);
  const loaded = await loadRepositoryConfig({ cwd: repo.dir, root: repo.dir });
  expect(loaded.config).toBeUndefined();
  expect(loaded.problems[0]!.errors).toEqual([expect.objectContaining({ file: 'flowkeeper.yaml', line: 1, column: 1, message: expect.stringMatching(/FIFO/) })]);
});

import { reportOrder, selectEnvironment } from '../../src/config/select-environment.js';
import type { RepositoryConfig } from '../../src/config/types.js';
import { UsageError } from '../../src/errors.js';

const CONFIG: RepositoryConfig = {
  path: '/repo/flowkeeper.yaml',
  root: '/repo',
  environments: [
    { name: 'staging', apiUrl: 'https://staging.api.example', tokenEnv: 'STAGING_TOKEN', files: ['envs/staging'] },
    { name: 'production', apiUrl: 'https://api.example/base', tokenEnv: 'PRODUCTION_TOKEN', files: ['envs/production', 'envs/*.yaml'], maxChangeShare: 0.1 },
  ],
};
const NAMES = { env: '--env', apiUrl: '--api-url' };

function select(name: string, apiUrl?: string, paths: string[] = [], cwd = '/repo') {
  const asked: string[] = [];
  const tokens: Record<string, string> = { STAGING_TOKEN: ' staging-token-0123456789 ', PRODUCTION_TOKEN: 'production-token-0123456789', FLOWKEEPER_TOKEN: 'general-token-0123456789' };
  const selected = selectEnvironment(CONFIG, { name, ...(apiUrl === undefined ? {} : { apiUrl }), paths }, cwd, (variable) => {
    asked.push(variable);
    return tokens[variable];
  }, NAMES);
  return { selected, asked };
}

test('the environment\'s URL, its token (trimmed) asked of its own variable alone, and its files relative to the working directory', () => {
  const { selected, asked } = select('production', undefined, [], '/repo/envs');
  expect(asked).toEqual(['PRODUCTION_TOKEN']);
  expect(selected).toEqual({ environment: CONFIG.environments[1], apiUrl: 'https://api.example/base', token: 'production-token-0123456789', patterns: ['production', '*.yaml'] });
  expect(select('staging').selected.token).toBe('staging-token-0123456789');
});

test('paths given win over the environment\'s files', () => {
  expect(select('staging', undefined, ['envs/staging/one.yaml']).selected.patterns).toEqual(['envs/staging/one.yaml']);
});

test.each([
  ['the same URL', 'https://api.example/base', true],
  ['the same URL with a trailing slash', 'https://api.example/base/', true],
  ['another environment\'s URL', 'https://staging.api.example', false],
  ['another path on the same host', 'https://api.example/other', false],
  ['not a URL', 'api.example', false],
])('--api-url beside --env: %s', (_name, apiUrl, accepted) => {
  if (accepted) expect(select('production', apiUrl).selected.apiUrl).toBe('https://api.example/base');
  else expect(() => select('production', apiUrl)).toThrow(/--api-url is not the API URL of environment production \(https:\/\/api\.example\/base\); its token goes to that URL only/);
});

test('a refused --api-url reads no token at all', () => {
  const asked: string[] = [];
  expect(() => selectEnvironment(CONFIG, { name: 'staging', apiUrl: 'https://api.example/base', paths: [] }, '/repo', (v) => {
    asked.push(v);
    return undefined;
  }, NAMES)).toThrow(UsageError);
  expect(asked).toEqual([]);
});

test.each([
  ['prodution', /--env "prodution": no such environment in flowkeeper\.yaml; did you mean production\? \(expected one of staging, production\)/],
  ['qa', /--env "qa": no such environment in flowkeeper\.yaml \(expected one of staging, production\)/],
])('an unknown environment %s is a usage error', (name, message) => {
  expect(() => select(name)).toThrow(UsageError);
  expect(() => select(name)).toThrow(message);
});

test('an empty token variable gives no token (the run then says which variable to set)', () => {
  const selected = selectEnvironment(CONFIG, { name: 'staging', paths: [] }, '/repo', () => '   ', NAMES);
  expect(selected.token).toBeUndefined();
});

test('reports list production (or prod) first, then the others in file order', () => {
  const names = (list: string[]) => reportOrder(list.map((name) => ({ name, apiUrl: 'https://x', tokenEnv: 'T', files: ['f'] }))).map((e) => e.name);
  expect(names(['staging', 'production', 'dev'])).toEqual(['production', 'staging', 'dev']);
  expect(names(['dev', 'prod'])).toEqual(['prod', 'dev']);
  expect(names(['qa', 'dev'])).toEqual(['qa', 'dev']);
});

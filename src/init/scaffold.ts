import { UsageError } from '../errors.js';
import { ENVIRONMENT_NAME } from '../config/load-config.js';
import { BASE_FLOW, environmentFlow, exampleFlow, sharedExampleFlow } from './flow-templates.js';
import { configFile, GITIGNORE, PRE_COMMIT_CONFIG, placeholderApiUrl, tokenEnvOf, type ConfigEnvironment } from './repository-templates.js';
import {
  DRIFT_WORKFLOW,
  driftWorkflowForEnvironments,
  PULL_REQUEST_WORKFLOW,
  pullRequestWorkflowForEnvironments,
  SYNC_WORKFLOW,
  syncWorkflowForEnvironments,
} from './workflow-templates.js';

/** One file `flowkeeper init` writes: its path (relative, `/` separators) and its text. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/**
 * The environments of `--env NAME ...`, checked: each an identifier (a letter, then letters,
 * digits, `_` or `-`), none given twice, and no two sharing a token variable (`a-b` and `a_b`
 * would both read FLOWKEEPER_A_B_TOKEN).
 */
export function scaffoldEnvironments(names: readonly string[]): ConfigEnvironment[] {
  const byToken = new Map<string, string>();
  return names.map((name) => {
    if (!ENVIRONMENT_NAME.test(name)) {
      throw new UsageError(`--env ${JSON.stringify(name)} is not an environment name; expected a letter, then letters, digits, _ or - (such as staging or production)`);
    }
    const tokenEnv = tokenEnvOf(name);
    const other = byToken.get(tokenEnv);
    if (other === name) throw new UsageError(`--env ${JSON.stringify(name)} is given twice; expected each environment once`);
    if (other !== undefined) throw new UsageError(`--env ${JSON.stringify(name)} and --env ${JSON.stringify(other)} would share the token variable ${tokenEnv}; expected names that differ in more than - and _`);
    byToken.set(tokenEnv, name);
    return { name, apiUrl: placeholderApiUrl(name), tokenEnv, folder: `envs/${name}` };
  });
}

/**
 * Every file of a new repository, in the order init reports them. Without environments: flows/
 * with a base and a flow, and the example workflows. With them: flowkeeper.yaml, flows/ with the
 * shared definitions, a thin file per environment under envs/, and workflows per environment.
 */
export function scaffoldFiles(environmentNames: readonly string[]): ScaffoldFile[] {
  const environments = scaffoldEnvironments(environmentNames);
  const common = [
    { path: '.gitignore', text: GITIGNORE },
    { path: '.pre-commit-config.yaml', text: PRE_COMMIT_CONFIG },
  ];
  if (environments.length === 0) {
    return [
      { path: 'flows/bases/standard.yaml', text: BASE_FLOW },
      { path: 'flows/example-flow.yaml', text: exampleFlow() },
      { path: '.github/workflows/flowkeeper-pull-request.yml', text: PULL_REQUEST_WORKFLOW },
      { path: '.github/workflows/flowkeeper-sync.yml', text: SYNC_WORKFLOW },
      { path: '.github/workflows/flowkeeper-drift.yml', text: DRIFT_WORKFLOW },
      ...common,
    ];
  }
  const secrets = environments.map((environment) => ({ name: environment.name, secret: environment.tokenEnv }));
  return [
    { path: 'flowkeeper.yaml', text: configFile(environments) },
    { path: 'flows/bases/standard.yaml', text: BASE_FLOW },
    { path: 'flows/example-flow.yaml', text: sharedExampleFlow() },
    ...environments.map((environment, index) => ({ path: `${environment.folder}/example-flow.yaml`, text: environmentFlow(environment.name, index) })),
    { path: '.github/workflows/flowkeeper-pull-request.yml', text: pullRequestWorkflowForEnvironments() },
    { path: '.github/workflows/flowkeeper-sync.yml', text: syncWorkflowForEnvironments(secrets) },
    { path: '.github/workflows/flowkeeper-drift.yml', text: driftWorkflowForEnvironments(secrets) },
    ...common,
  ];
}

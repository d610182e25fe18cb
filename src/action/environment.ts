import { loadRepositoryConfig } from '../config/load-config.js';
import { ConfigProblemsError } from '../config/config-error.js';
import { selectEnvironment, type SelectedEnvironment } from '../config/select-environment.js';
import type { RepositoryConfig } from '../config/types.js';
import type { SettingNames } from '../app/settings.js';
import { InputError, type ActionInputs } from './inputs.js';
import { ACTION_NAMES } from './names.js';

/** What the repository config says for this step. */
export interface ActionEnvironment {
  config: RepositoryConfig | undefined;
  selected?: SelectedEnvironment;
  /** The patterns to read: the files input, else the environment's files, else flows/. */
  patterns: string[];
  /** Whether the run covers every environment (a config, no environment input, no files input). */
  everyEnvironment: boolean;
  names: SettingNames;
}

/**
 * Reads the repository config and selects the environment input's environment. The token is
 * the api-token input: the workflow passes the environment's own secret, so it is handed over
 * only for that environment (never read from the runner's variables), and goes only to the
 * environment's apiUrl; an api-url input that differs is refused. sync and drift write or read
 * with one token: with a config they need the environment input.
 */
export async function actionEnvironment(inputs: ActionInputs, workspace: string, root: string): Promise<ActionEnvironment> {
  const { config, problems } = await loadRepositoryConfig({ cwd: workspace, root });
  if (problems.length > 0) throw new ConfigProblemsError(problems);
  if (config === undefined) {
    if (inputs.environment !== undefined) throw new InputError(`input environment is ${JSON.stringify(inputs.environment)}, but there is no flowkeeper.yaml between the workspace and the repository root, so there are no environments`);
    return { config, patterns: inputs.files, everyEnvironment: false, names: ACTION_NAMES };
  }
  if (inputs.environment === undefined) {
    if (inputs.mode === 'sync' || inputs.mode === 'drift') {
      throw new InputError(`mode ${inputs.mode} without the environment input: ${config.path} defines environments (${config.environments.map((e) => e.name).join(', ')}); one run talks to one environment, with its own token. Set environment, and api-token to that environment's secret`);
    }
    return { config, patterns: inputs.files, everyEnvironment: !inputs.filesGiven, names: ACTION_NAMES };
  }
  const selected = selectEnvironment(
    config,
    { name: inputs.environment, ...(inputs.apiUrl === undefined ? {} : { apiUrl: inputs.apiUrl }), paths: inputs.filesGiven ? inputs.files : [] },
    workspace,
    () => inputs.apiToken,
    { env: 'the environment input', apiUrl: 'the api-url input' },
  );
  const name = selected.environment.name;
  return {
    config,
    selected,
    patterns: selected.patterns,
    everyEnvironment: false,
    names: { ...ACTION_NAMES, apiUrl: `apiUrl of environment ${name} in flowkeeper.yaml`, token: `the api-token input (the secret of environment ${name})`, credentials: `the api-token input and the apiUrl of environment ${name}` },
  };
}

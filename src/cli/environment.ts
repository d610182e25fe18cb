import type { SettingNames } from '../app/settings.js';
import { UsageError } from '../errors.js';
import type { SelectedEnvironment } from '../config/select-environment.js';
import type { RepositoryConfig } from '../config/types.js';
import type { CliIO } from './io.js';
import { CLI_NAMES } from './names.js';

/** What the repository config says for one command line. */
export interface CliEnvironment {
  /** The repository config; undefined without flowkeeper.yaml. */
  config: RepositoryConfig | undefined;
  /** With --env: the environment's files, API URL and token. */
  selected?: SelectedEnvironment;
  /** How messages name the settings: with --env, the environment's token variable and URL. */
  names: SettingNames;
}

/** The options every command reads the config with. */
export interface EnvironmentOptions {
  env?: string;
  apiUrl?: string;
  tokenFile?: string;
}

/**
 * Reads the repository config and, with `--env`, selects the environment. A config with
 * problems stops the command (exit 2, every finding listed). With --env the token comes from
 * the environment's variable alone: --token-file is refused (nothing would tie its token to the
 * environment's URL), and FLOWKEEPER_TOKEN and other environments' variables are never read.
 */
export async function cliEnvironment(io: CliIO, root: string, options: EnvironmentOptions, paths: readonly string[]): Promise<CliEnvironment> {
  // Without a config file the checks of one (its schema, the YAML reader) need not load: a run
  // answered from the cache reads no other file.
  const { findConfig } = await import('../config/find-config.js');
  const found = await findConfig(io.cwd, root);
  if (options.env === undefined && found === undefined) return { config: undefined, names: namesOfUrl(io, options) };
  const [{ loadRepositoryConfig }, { ConfigProblemsError }] = await Promise.all([import('../config/load-config.js'), import('../config/config-error.js')]);
  const { config, problems } = await loadRepositoryConfig({ cwd: io.cwd, root, ...(found === undefined ? {} : { found }) });
  if (problems.length > 0) throw new ConfigProblemsError(problems);
  if (options.env === undefined) return { config, names: namesOfUrl(io, options) };
  if (config === undefined) throw new UsageError(`--env ${JSON.stringify(options.env)}: no flowkeeper.yaml between the working directory and the repository root, so there are no environments`);
  if (options.tokenFile !== undefined) throw new UsageError(`--token-file with --env: the token of an environment comes from the variable its tokenEnv names in ${config.path}`);
  const { selectEnvironment } = await import('../config/select-environment.js');
  const selected = selectEnvironment(config, { name: options.env, ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }), paths }, io.cwd, (variable) => io.env[variable], { env: '--env', apiUrl: '--api-url' });
  const { name, tokenEnv } = selected.environment;
  return {
    config,
    selected,
    names: {
      ...CLI_NAMES,
      apiUrl: `apiUrl of environment ${name} in flowkeeper.yaml`,
      token: `${tokenEnv} (the token variable of environment ${name})`,
      credentials: `${tokenEnv} and the apiUrl of environment ${name} in flowkeeper.yaml`,
    },
  };
}

/**
 * The CLI's names, with the API URL named by where it came from: `--api-url` when given, else
 * FLOWKEEPER_API_URL (which sync and import read), so a bad URL is not called by the flows'
 * `apiUrl` field name, nor by both places when only one was used.
 */
function namesOfUrl(io: CliIO, options: EnvironmentOptions): SettingNames {
  if (options.apiUrl !== undefined) return { ...CLI_NAMES, apiUrl: '--api-url' };
  if (io.env.FLOWKEEPER_API_URL) return { ...CLI_NAMES, apiUrl: 'FLOWKEEPER_API_URL' };
  return CLI_NAMES;
}

/** The paths a command reads: those given, else the environment's files, else flows/. */
export function pathsOf(given: readonly string[], environment: CliEnvironment): string[] {
  if (given.length > 0) return [...given];
  return environment.selected?.patterns ?? ['flows/'];
}

/** Whether the run covers every environment of the config: a config, no --env, and no paths given. */
export function coversEveryEnvironment(given: readonly string[], environment: CliEnvironment): environment is CliEnvironment & { config: RepositoryConfig } {
  return environment.config !== undefined && environment.selected === undefined && given.length === 0;
}

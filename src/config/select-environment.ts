import nodePath from 'node:path';
import { parseApiUrl } from '../api/api-url.js';
import { closest } from '../engine/suggest.js';
import { UsageError } from '../errors.js';
import type { EnvironmentConfig, RepositoryConfig } from './types.js';

/** How an edge spells the settings an environment is chosen and checked with. */
export interface EnvironmentNames {
  /** The setting that names the environment: `--env` (CLI), `the environment input` (action). */
  env: string;
  /** The setting that gives an API URL: `--api-url`, `the api-url input`. */
  apiUrl: string;
}

/** What a run asks of the config, as given. */
export interface EnvironmentRequest {
  /** The environment's name, as given to `--env` or the environment input. */
  name: string;
  /** An API URL given beside it; refused unless it is the environment's own. */
  apiUrl?: string;
  /** The paths given; none: the environment's files. */
  paths: readonly string[];
}

/** One environment's settings for a run: where its flows are, where they go, with which token. */
export interface SelectedEnvironment {
  environment: EnvironmentConfig;
  /** The environment's own API URL: the only place its token goes. */
  apiUrl: string;
  /** The environment's token, undefined when its source holds none. */
  token: string | undefined;
  /** Files, folders or globs relative to the working directory. */
  patterns: string[];
}

/**
 * Where a token comes from: called with the variable the environment's `tokenEnv` names, and
 * with no other. The CLI reads that variable; the action answers with its api-token input.
 */
export type TokenSource = (tokenEnv: string) => string | undefined;

/** Two API URLs name one place when they parse to the same address (a trailing slash aside). */
function sameApiUrl(a: string, b: string): boolean {
  try {
    const strip = (url: URL) => url.href.replace(/\/+$/, '');
    return strip(parseApiUrl(a)) === strip(parseApiUrl(b));
  } catch {
    return false;
  }
}

/** An environment's `files`, relative to the working directory (they are written relative to the config's folder). */
export function environmentPatterns(config: RepositoryConfig, environment: EnvironmentConfig, cwd: string): string[] {
  return environment.files.map((pattern) => nodePath.relative(cwd, nodePath.resolve(config.root, pattern)).split(nodePath.sep).join('/') || '.');
}

/** The environment of that name; an unknown name is a usage error naming the closest one. */
export function findEnvironment(config: RepositoryConfig, name: string, names: EnvironmentNames): EnvironmentConfig {
  const environment = config.environments.find((e) => e.name === name);
  if (environment !== undefined) return environment;
  const known = config.environments.map((e) => e.name);
  const hint = closest(name, known);
  throw new UsageError(`${names.env} ${JSON.stringify(name)}: no such environment in ${nodePath.basename(config.path)}${hint ? `; did you mean ${hint}?` : ''} (expected one of ${known.join(', ')})`);
}

/**
 * The settings of a run for one environment: its files (unless paths are given), its API URL,
 * and its token. The token guards hold here: an API URL given beside the environment must be
 * the environment's own (a token goes nowhere else), and the token is asked of `token` for this
 * environment's variable only, so a run never reads another environment's token nor the
 * general FLOWKEEPER_TOKEN.
 */
export function selectEnvironment(config: RepositoryConfig, request: EnvironmentRequest, cwd: string, token: TokenSource, names: EnvironmentNames): SelectedEnvironment {
  const environment = findEnvironment(config, request.name, names);
  if (request.apiUrl !== undefined && !sameApiUrl(request.apiUrl, environment.apiUrl)) {
    throw new UsageError(`${names.apiUrl} is not the API URL of environment ${environment.name} (${environment.apiUrl}); its token goes to that URL only: leave out ${names.apiUrl}, or use the environment it belongs to`);
  }
  const value = token(environment.tokenEnv)?.trim();
  return {
    environment,
    apiUrl: environment.apiUrl,
    token: value ? value : undefined,
    patterns: request.paths.length > 0 ? [...request.paths] : environmentPatterns(config, environment, cwd),
  };
}

/**
 * The environment order reports use: an environment named `production` or `prod` first (what a
 * reviewer must see), then the others as the config lists them.
 */
export function reportOrder(environments: readonly EnvironmentConfig[]): EnvironmentConfig[] {
  const isProduction = (e: EnvironmentConfig) => /^prod(uction)?$/i.test(e.name);
  return [...environments.filter(isProduction), ...environments.filter((e) => !isProduction(e))];
}
